import "server-only";
import type { ApiPlan } from "@/lib/plan/contract";
import { assertCan } from "@/lib/permissions";
import type { Actor } from "@/lib/server/actor";
import { recordEvent } from "@/lib/server/db/events";
import { insertImportedPlan, loadPlan, lockWorkspaceImports, type SourceColumns } from "@/lib/server/db/plans";
import { runBulkTransaction } from "@/lib/server/db/tx";
import { prepareImportInWorker } from "@/lib/server/parsing/pool";
import type { ParsedInput } from "./input";
import { prepareImport, type PreparedImport } from "./prepare-import";

/** The columns of a plan row that come from its parsed source (import and re-import alike). */
export function planSourceColumns(parsed: ParsedInput): SourceColumns {
  return {
    title: parsed.plan.title,
    meta: parsed.plan.meta,
    warnings: parsed.plan.warnings,
    sourceMarkdown: parsed.text,
    sourceBom: parsed.bom,
    sourceEncoding: parsed.encoding ?? "utf-8",
    sourceBaseline: parsed.stored ?? null,
    repairedEncoding: parsed.plan.repairedEncoding,
  };
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
 * One node-postgres transaction of plain SQL with string parameters (the plan repository's
 * insertImportedPlan: through Prisma the stored source of a 100,000-item plan alone held the
 * event loop for 8 s). Imports of a workspace are serialised (lockWorkspaceImports).
 */
async function storePreparedImport(actor: Actor, p: PreparedImport, fileName?: string): Promise<ApiPlan> {
  assertCan(actor, "plan.import");
  await runBulkTransaction(async (tx) => {
    await lockWorkspaceImports(tx, actor.workspaceId);
    await insertImportedPlan(tx, {
      ...p,
      workspaceId: actor.workspaceId,
      createdById: actor.userId,
      fileName: fileName ?? null,
    });
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
