import "server-only";
import { bulkQuery } from "../pools";
import { rowsOf, runReadSnapshot, type Tx } from "../tx";

/**
 * A plan's imported source (megabytes for a large plan) and what export needs of it, read in
 * pieces: one megabytes-long column is one row, which node-postgres decodes in one go on the
 * event loop.
 */

export type SourcePieces = { sourcePieces: string[] | null; storedPieces: string[] | null; sourceEncoding: string };

/** What an export checks first: the version, and the source's fingerprint (null: no source). */
export type SourceHead = { version: number; key: string | null; hasStored: boolean; bom: boolean; encoding: string };

// md5 of a megabyte of source is a few ms in PostgreSQL; the stored description is not hashed: it
// is written with the source and only with it (import, re-import).
const SOURCE_KEY = `CASE WHEN source_markdown IS NULL THEN NULL ELSE md5(source_markdown) || ':' || source_bom || ':' || source_encoding END`;

export async function readSourceHead(workspaceId: string, planId: string): Promise<SourceHead | null> {
  const rows = await bulkQuery<SourceHead>(
    `SELECT version, ${SOURCE_KEY} AS key, source_baseline IS NOT NULL AS "hasStored", source_bom AS bom, source_encoding AS encoding
       FROM plans WHERE id = $1 AND workspace_id = $2`,
    [planId, workspaceId],
  );
  return rows[0] ?? null;
}

/** The source and its stored description as text, with their fingerprint, read in one snapshot in pieces. */
export async function readSourceTexts(
  workspaceId: string,
  planId: string,
): Promise<{ key: string; source: string; stored: string } | null> {
  const ids = [planId, workspaceId];
  return runReadSnapshot(async (tx) => {
    const [head] = await rowsOf<{ key: string | null; hasStored: boolean }>(
      tx,
      `SELECT ${SOURCE_KEY} AS key, source_baseline IS NOT NULL AS "hasStored" FROM plans WHERE id = $1 AND workspace_id = $2`,
      ids,
    );
    if (!head?.key || !head.hasStored) return null;
    const source = decodePieces(await rowsOf<{ piece: Buffer }>(tx, piecesSql("source_markdown"), ids)).join("");
    const stored = decodePieces(await rowsOf<{ piece: Buffer }>(tx, piecesSql("source_baseline::text"), ids)).join("");
    return { key: head.key, source, stored };
  });
}

/** The source text alone (a plan imported before its description was stored), or null. */
export async function readSourceMarkdown(workspaceId: string, planId: string): Promise<string | null> {
  const [row] = await bulkQuery<{ text: string | null }>(
    "SELECT source_markdown AS text FROM plans WHERE id = $1 AND workspace_id = $2",
    [planId, workspaceId],
  );
  return row?.text ?? null;
}

/** The source and the stored source in pieces, in the caller's snapshot (with the plan's rows). */
export async function readPieces(tx: Tx, workspaceId: string, planId: string): Promise<SourcePieces> {
  const ids = [planId, workspaceId];
  const source = decodePieces(await rowsOf<{ piece: Buffer }>(tx, piecesSql("source_markdown"), ids));
  const stored = decodePieces(await rowsOf<{ piece: Buffer }>(tx, piecesSql("source_baseline::text"), ids));
  const [meta] = await rowsOf<{ hasSource: boolean; hasStored: boolean; encoding: string }>(tx, PIECES_META_SQL, ids);
  return {
    sourcePieces: meta?.hasSource ? source : null,
    storedPieces: meta?.hasStored ? stored : null,
    sourceEncoding: meta?.encoding ?? "utf-8",
  };
}

const PIECE_BYTES = 65_536;

/**
 * A text column of the plan as rows of PIECE_BYTES bytes of its UTF-8, MATERIALIZED once: by
 * characters (`substr` on text) every piece walks the text from its start, and as a plain
 * subquery the value is computed again per piece; for `source_baseline::text` (4 MB) that was 3 s
 * instead of 0.1 s. A piece may end inside a character: decodePieces joins them up.
 */
const piecesSql = (column: string) =>
  `WITH t AS MATERIALIZED (SELECT convert_to(${column}, 'UTF8') AS v FROM plans WHERE id = $1 AND workspace_id = $2)
   SELECT substring(t.v FROM i FOR ${PIECE_BYTES}) AS piece FROM t, generate_series(1, octet_length(t.v), ${PIECE_BYTES}) i
    ORDER BY i`;

/** The pieces of piecesSql as text pieces (a character split between two pieces goes whole into the first). */
function decodePieces(rows: Array<{ piece: Buffer }>): string[] {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  return rows.map((r, i) => decoder.decode(r.piece, { stream: i < rows.length - 1 }));
}

const PIECES_META_SQL = `SELECT source_markdown IS NOT NULL AS "hasSource", source_baseline IS NOT NULL AS "hasStored", source_encoding AS encoding
   FROM plans WHERE id = $1 AND workspace_id = $2`;
