import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { assertCan } from "@/lib/permissions";
import type { Actor } from "@/lib/server/actor";
import { recordEvent } from "@/lib/server/db/events";
import { prepareImportInWorker } from "@/lib/server/parsing/pool";
import { runPgTransaction, type PgTx } from "@/lib/server/pg";
import type { Tx } from "@/lib/server/tx";
import type { ApiPlan } from "@/lib/plan/contract";
import { TABLES, bulkInsertChunks, type BulkTable } from "./bulk-insert";
import type { ParsedInput } from "./input";
import { prepareImport, type PreparedImport } from "./prepare-import";
import { loadPlan } from "./read";

// First key of pg_advisory_xact_lock(int, int): namespaces our locks from anyone else's.
const IMPORT_LOCK_NAMESPACE = 0x46500001;

/** The columns of a plan row that come from its parsed source (import and re-import alike). */
export function planSourceColumns(parsed: ParsedInput) {
  return {
    title: parsed.plan.title,
    meta: parsed.plan.meta,
    warnings: parsed.plan.warnings,
    sourceMarkdown: parsed.text,
    sourceBom: parsed.bom,
    sourceEncoding: parsed.encoding ?? "utf-8",
    sourceBaseline: parsed.stored ? (parsed.stored as unknown as Prisma.InputJsonValue) : Prisma.DbNull,
    repairedEncoding: parsed.plan.repairedEncoding,
  };
}

/**
 * Imports are serialised per workspace: the second waits for the first to commit, so two imports
 * never interleave (and anything that derives from "the workspace's plans" sees whole imports).
 * The lock is released by COMMIT/ROLLBACK. (storePreparedImport takes the same lock in SQL.)
 */
export async function lockWorkspaceImports(tx: Tx, workspaceId: string): Promise<void> {
  await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(${IMPORT_LOCK_NAMESPACE}::int, hashtext(${workspaceId}))`;
}

/**
 * Parses markdown in the parse pool, which also builds the rows (prepare-import.ts), and stores
 * the whole plan in one transaction. Returns the stored plan as getPlan would.
 */
export async function importPlan(
  actor: Actor,
  input: { input: string | Uint8Array; fileName?: string },
): Promise<ApiPlan> {
  assertCan(actor, "plan.import");
  const prepared = await prepareImportInWorker(input.input, input.fileName);
  return storePreparedImport(actor, prepared, input.fileName);
}

/**
 * The storing half of importPlan, for a plan the engine has already parsed (tests and the API
 * benchmark use it to load very large generated plans without waiting for the parser).
 */
export async function storeParsedPlan(actor: Actor, parsed: ParsedInput, fileName?: string): Promise<ApiPlan> {
  assertCan(actor, "plan.import");
  return storePreparedImport(actor, prepareImport(parsed), fileName);
}

/**
 * One node-postgres transaction of plain SQL with string parameters (lib/server/pg.ts: through
 * Prisma the stored source of a 100,000-item plan alone held the event loop for 8 s).
 */
async function storePreparedImport(actor: Actor, p: PreparedImport, fileName?: string): Promise<ApiPlan> {
  assertCan(actor, "plan.import");
  await runPgTransaction(async (tx) => {
    await tx.query("SELECT 1 AS locked FROM pg_advisory_xact_lock($1::int, hashtext($2))", [
      IMPORT_LOCK_NAMESPACE,
      actor.workspaceId,
    ]);
    await insertPlanRow(tx, actor, p, fileName);
    // TABLES lists the tables in dependency order: phases, tasks, their dependencies, items, ...
    for (const table of Object.keys(TABLES) as BulkTable[]) await bulkInsertChunks(tx, table, p.tables[table]);
    await recordEvent(tx, actor, {
      planId: p.planId,
      action: "plan.imported",
      entityId: p.planId,
      before: null,
      after: { title: p.title, fileName: fileName ?? null, ...p.counts },
    });
  });
  return (await loadPlan(actor, p.planId)).view;
}

/**
 * The plan row. Its source and stored source (megabytes for a large plan) go first, a piece per
 * statement, into a temporary table, and PostgreSQL joins them: no single parameter holds the
 * event loop while node-postgres encodes it.
 */
async function insertPlanRow(tx: PgTx, actor: Actor, p: PreparedImport, fileName: string | undefined): Promise<void> {
  await tx.query(
    "CREATE TEMP TABLE import_pieces (col int NOT NULL, n int NOT NULL, piece text NOT NULL) ON COMMIT DROP",
  );
  const columns: Array<string[] | null> = [p.textPieces, p.storedPieces];
  for (const [col, pieces] of columns.entries()) {
    for (const [n, piece] of (pieces ?? []).entries())
      await tx.query("INSERT INTO import_pieces (col, n, piece) VALUES ($1, $2, $3)", [col, n, piece]);
  }
  const joined = (col: number) => `(SELECT string_agg(piece, '' ORDER BY n) FROM import_pieces WHERE col = ${col})`;
  await tx.query(
    `INSERT INTO plans (id, workspace_id, title, meta, warnings, source_markdown, source_bom, source_encoding, source_baseline, repaired_encoding, file_name, created_by_id, updated_at)
     VALUES ($1, $2, $3, $4::jsonb, $5::jsonb, COALESCE(${joined(0)}, ''), $6, $7, CASE WHEN $8::boolean THEN ${joined(1)}::jsonb END, $9, $10, $11, now())`,
    [
      p.planId,
      actor.workspaceId,
      p.title,
      p.metaJson,
      p.warningsJson,
      p.bom,
      p.encoding,
      p.storedPieces !== null,
      p.repairedEncoding,
      fileName ?? null,
      actor.userId,
    ],
  );
}
