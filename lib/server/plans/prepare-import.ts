import "server-only";
import type { RepairedEncoding } from "@/lib/plan/contract";
import { sqlName } from "@/lib/server/db/columns";
import { planToRows, type PlanRows } from "@/lib/server/db/plans/rows";
import { IMPORT_TABLES, type ImportTable } from "@/lib/server/db/plans/tables";
import { newId } from "@/lib/server/ids";
import type { ParseValue } from "@/lib/server/parsing/values";

/**
 * An import made ready for the database as strings only: the plan row's columns (its JSON
 * columns already serialised) and each table's rows as JSON chunks keyed by column name
 * (IMPORT_TABLES, the plan repository's column lists; insertImportedPlan writes them). Built in
 * the parse worker, so that neither row building (100,000 items: half a second) nor serialising
 * it runs on the event loop, and what crosses back from the thread is copied as strings, not
 * rebuilt object by object.
 */
export type PreparedImport = {
  planId: string;
  title: string;
  metaJson: string;
  warningsJson: string;
  /** The decoded source in pieces (see textPieces). */
  textPieces: string[];
  bom: boolean;
  encoding: string;
  /** The stored source (lib/markdown/stored-source.ts) as JSON in pieces; null when there is none. */
  storedPieces: string[] | null;
  repairedEncoding: RepairedEncoding | null;
  tables: Record<ImportTable, string[]>;
  counts: { phases: number; tasks: number; items: number; decisions: number; metrics: number };
};

/** Rows per statement: ~0.5 MB of JSON, so no single insert holds the connection long. */
export const CHUNK_ROWS = 2_000;

const TABLE_ROWS: Record<ImportTable, keyof PlanRows> = {
  phases: "phases",
  tasks: "tasks",
  task_dependencies: "dependencies",
  items: "items",
  decisions: "decisions",
  decision_options: "options",
  metrics: "metrics",
};

export function prepareImport(parsed: ParseValue, planId = newId()): PreparedImport {
  const rows = planToRows(planId, parsed.plan);
  const now = new Date();
  const tables = {} as Record<ImportTable, string[]>;
  for (const table of Object.keys(IMPORT_TABLES) as ImportTable[])
    tables[table] = chunkJson(table, rows[TABLE_ROWS[table]], now);
  return {
    planId,
    title: parsed.plan.title,
    metaJson: JSON.stringify(parsed.plan.meta),
    warningsJson: JSON.stringify(parsed.plan.warnings),
    textPieces: textPieces(parsed.text),
    bom: parsed.bom,
    encoding: parsed.encoding ?? "utf-8",
    storedPieces: parsed.stored ? textPieces(JSON.stringify(parsed.stored)) : null,
    repairedEncoding: parsed.plan.repairedEncoding,
    tables,
    counts: {
      phases: rows.phases.length,
      tasks: rows.tasks.length,
      items: rows.items.length,
      decisions: rows.decisions.length,
      metrics: rows.metrics.length,
    },
  };
}

/** The rows keyed by column name, CHUNK_ROWS to a JSON array (jsonb_to_recordset's input). */
function chunkJson(name: ImportTable, rows: readonly object[], now: Date): string[] {
  const { table, fields } = IMPORT_TABLES[name];
  const columns = fields.map((f: string) => [f, sqlName(table, f)] as const);
  const chunks: string[] = [];
  for (let i = 0; i < rows.length; i += CHUNK_ROWS) {
    const chunk = rows.slice(i, i + CHUNK_ROWS).map((row) => {
      const r = new Map(Object.entries(row));
      const out: Record<string, unknown> = {};
      for (const [field, column] of columns)
        out[column] = field === "updatedAt" ? (r.get(field) ?? now) : (r.get(field) ?? null);
      return out;
    });
    chunks.push(JSON.stringify(chunk));
  }
  return chunks;
}

const PIECE_CHARS = 256 * 1024;

/**
 * A long text cut into pieces of at most PIECE_CHARS characters, never inside a surrogate pair
 * (each piece is a valid string on its own). Megabytes in one statement parameter are encoded
 * in one go on the event loop; the import sends them piece by piece (import.ts).
 */
export function textPieces(text: string): string[] {
  const pieces: string[] = [];
  for (let at = 0; at < text.length;) {
    let end = Math.min(text.length, at + PIECE_CHARS);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    pieces.push(text.slice(at, end));
    at = end;
  }
  return pieces;
}
