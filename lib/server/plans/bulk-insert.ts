import "server-only";
import type { PgTx } from "@/lib/server/pg";

/**
 * Multi-thousand-row inserts in one statement: the rows travel as one JSON parameter and
 * PostgreSQL unpacks them with jsonb_to_recordset. Prisma's createMany costs ~0.6 ms per row in
 * its query compiler (3 s for 5,000 tasks), and even one raw statement ~100 ms per MB of
 * parameters, all on the event loop; this runs on node-postgres (lib/server/pg.ts) in the
 * caller's transaction. Only for rows built by our own code (column names are fixed below).
 */

type Column = readonly [field: string, column: string, sqlType: string];

export const TABLES = {
  phases: [
    ["id", "id", "text"],
    ["planId", "plan_id", "text"],
    ["key", "key", "text"],
    ["title", "title", "text"],
    ["weeksFrom", "weeks_from", "float8"],
    ["weeksTo", "weeks_to", "float8"],
    ["status", "status", '"Status"'],
    ["position", "position", "int"],
    ["sourceLine", "source_line", "int"],
  ],
  tasks: [
    ["id", "id", "text"],
    ["planId", "plan_id", "text"],
    ["phaseId", "phase_id", "text"],
    ["key", "key", "text"],
    ["title", "title", "text"],
    ["priority", "priority", '"Priority"'],
    ["status", "status", '"Status"'],
    ["estimateMinHours", "estimate_min_hours", "float8"],
    ["estimateMaxHours", "estimate_max_hours", "float8"],
    ["estimateText", "estimate_text", "text"],
    ["owner", "owner", "text"],
    ["files", "files", "text[]"],
    ["position", "position", "int"],
    ["sourceLine", "source_line", "int"],
    ["completedAt", "completed_at", "timestamptz"],
    ["updatedAt", "updated_at", "timestamptz"],
  ],
  task_dependencies: [
    ["id", "id", "text"],
    ["taskId", "task_id", "text"],
    ["dependsOnId", "depends_on_id", "text"],
    ["raw", "raw", "text"],
    ["position", "position", "int"],
  ],
  items: [
    ["id", "id", "text"],
    ["planId", "plan_id", "text"],
    ["taskId", "task_id", "text"],
    ["phaseId", "phase_id", "text"],
    ["kind", "kind", '"ItemKind"'],
    ["text", "text", "text"],
    ["done", "done", "boolean"],
    ["doneAt", "done_at", "timestamptz"],
    ["position", "position", "int"],
    ["sourceLine", "source_line", "int"],
  ],
  decisions: [
    ["id", "id", "text"],
    ["planId", "plan_id", "text"],
    ["title", "title", "text"],
    ["status", "status", '"DecisionStatus"'],
    ["dueBy", "due_by", "text"],
    ["position", "position", "int"],
    ["sourceLine", "source_line", "int"],
  ],
  decision_options: [
    ["id", "id", "text"],
    ["decisionId", "decision_id", "text"],
    ["text", "text", "text"],
    ["chosen", "chosen", "boolean"],
    ["recommended", "recommended", "boolean"],
    ["position", "position", "int"],
    ["sourceLine", "source_line", "int"],
  ],
  metrics: [
    ["id", "id", "text"],
    ["planId", "plan_id", "text"],
    ["name", "name", "text"],
    ["op", "op", "text"],
    ["value", "value", "float8"],
    ["unit", "unit", "text"],
    ["position", "position", "int"],
    ["sourceLine", "source_line", "int"],
  ],
} as const satisfies Record<string, readonly Column[]>;

export type BulkTable = keyof typeof TABLES;

/**
 * Inserts one table's rows, given as JSON chunks (prepare-import.ts), one statement per chunk
 * with an await between them: the event loop only hands strings to the socket.
 */
export async function bulkInsertChunks(tx: PgTx, table: BulkTable, chunks: readonly string[]): Promise<void> {
  const columns: readonly Column[] = TABLES[table];
  const names = columns.map(([, c]) => `"${c}"`).join(", ");
  const defs = columns.map(([, c, t]) => `"${c}" ${t}`).join(", ");
  const sql = `INSERT INTO "${table}" (${names}) SELECT ${names} FROM jsonb_to_recordset($1::jsonb) AS r(${defs})`;
  for (const chunk of chunks) await tx.query(sql, [chunk]);
}
