import "server-only";
import { bulkInsertSql, type Columns, type Table } from "../columns";
import { rowsOf, type Tx } from "../tx";
import { IMPORT_TABLES, type ImportTable } from "./tables";

/**
 * Storing a parse: a new plan (an import) and a re-import's new source. An import is one
 * node-postgres transaction of plain SQL with string parameters (runBulkTransaction): through
 * Prisma the stored source of a 100,000-item plan alone held the event loop for 8 s, and
 * createMany costs ~0.6 ms per row in its query compiler (3 s for 5,000 tasks).
 */

// First key of pg_advisory_xact_lock(int, int): namespaces our locks from anyone else's.
const IMPORT_LOCK_NAMESPACE = 0x46500001;

/**
 * Imports are serialised per workspace: the second waits for the first to commit, so two imports
 * never interleave (and anything that derives from "the workspace's plans" sees whole imports).
 * The lock is released by COMMIT/ROLLBACK.
 */
export async function lockWorkspaceImports(tx: Tx, workspaceId: string): Promise<void> {
  await rowsOf(tx, "SELECT 1 AS locked FROM pg_advisory_xact_lock($1::int, hashtext($2))", [
    IMPORT_LOCK_NAMESPACE,
    workspaceId,
  ]);
}

/** An import made ready as strings only (lib/server/plans/prepare-import.ts builds it in the parse worker). */
export type StoredImport = {
  planId: string;
  workspaceId: string;
  createdById: string;
  title: string;
  metaJson: string;
  warningsJson: string;
  /** The decoded source in pieces, and the stored source as JSON in pieces (null: none). */
  textPieces: string[];
  storedPieces: string[] | null;
  bom: boolean;
  encoding: string;
  repairedEncoding: string | null;
  fileName: string | null;
  /** Each table's rows as JSON chunks keyed by column name (IMPORT_TABLES' fields). */
  tables: Record<ImportTable, string[]>;
};

/** Writes a whole plan: its row, then each table's rows in dependency order. */
export async function insertImportedPlan(tx: Tx, p: StoredImport): Promise<void> {
  await insertPlanRow(tx, p);
  for (const name of Object.keys(IMPORT_TABLES) as ImportTable[]) {
    const { table, fields }: { table: Table<Columns>; fields: readonly string[] } = IMPORT_TABLES[name];
    const sql = bulkInsertSql(table, fields);
    // One statement per chunk with an await between them: the event loop only hands strings to the socket.
    for (const chunk of p.tables[name]) await rowsOf(tx, sql, [chunk]);
  }
}

/**
 * The plan row. Its source and stored source (megabytes for a large plan) go first, a piece per
 * statement, into a temporary table, and PostgreSQL joins them: no single parameter holds the
 * event loop while node-postgres encodes it.
 */
async function insertPlanRow(tx: Tx, p: StoredImport): Promise<void> {
  await rowsOf(
    tx,
    "CREATE TEMP TABLE import_pieces (col int NOT NULL, n int NOT NULL, piece text NOT NULL) ON COMMIT DROP",
    [],
  );
  const columns: Array<string[] | null> = [p.textPieces, p.storedPieces];
  for (const [col, pieces] of columns.entries()) {
    for (const [n, piece] of (pieces ?? []).entries())
      await rowsOf(tx, "INSERT INTO import_pieces (col, n, piece) VALUES ($1, $2, $3)", [col, n, piece]);
  }
  const joined = (col: number) => `(SELECT string_agg(piece, '' ORDER BY n) FROM import_pieces WHERE col = ${col})`;
  await rowsOf(
    tx,
    `INSERT INTO plans (id, workspace_id, title, meta, warnings, source_markdown, source_bom, source_encoding, source_baseline, repaired_encoding, file_name, created_by_id, updated_at)
     VALUES ($1, $2, $3, $4::jsonb, $5::jsonb, COALESCE(${joined(0)}, ''), $6, $7, CASE WHEN $8::boolean THEN ${joined(1)}::jsonb END, $9, $10, $11, now())`,
    [
      p.planId,
      p.workspaceId,
      p.title,
      p.metaJson,
      p.warningsJson,
      p.bom,
      p.encoding,
      p.storedPieces !== null,
      p.repairedEncoding,
      p.fileName,
      p.createdById,
    ],
  );
}

/** The columns of a plan row that come from its parsed source (a re-import writes them anew). */
export type SourceColumns = {
  title: string;
  meta: Record<string, string>;
  warnings: string[];
  sourceMarkdown: string;
  sourceBom: boolean;
  sourceEncoding: string;
  /** What export needs from the import (lib/markdown/stored-source.ts); null when there is none. */
  sourceBaseline: object | null;
  repairedEncoding: string | null;
};

export async function updateSourceColumns(tx: Tx, planId: string, c: SourceColumns): Promise<void> {
  await rowsOf(
    tx,
    `UPDATE plans SET title = $2, meta = $3::jsonb, warnings = $4::jsonb, source_markdown = $5, source_bom = $6,
            source_encoding = $7, source_baseline = $8::jsonb, repaired_encoding = $9, updated_at = now()
      WHERE id = $1`,
    [
      planId,
      c.title,
      JSON.stringify(c.meta),
      JSON.stringify(c.warnings),
      c.sourceMarkdown,
      c.sourceBom,
      c.sourceEncoding,
      c.sourceBaseline === null ? null : JSON.stringify(c.sourceBaseline),
      c.repairedEncoding,
    ],
  );
}
