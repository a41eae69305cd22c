import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { assertCan } from "@/lib/permissions";
import type { Actor } from "@/lib/server/actor";
import { recordActivity } from "@/lib/server/activity";
import { newId } from "@/lib/server/ids";
import { parsePlanInput, type ParsedInput } from "./input";
import { loadPlan } from "./read";
import { insertPlanRows, planToRows } from "./rows";
import type { ApiPlan } from "@/lib/plan/contract";
import { BULK_TX, runTransaction, type Tx } from "@/lib/server/tx";

// First key of pg_advisory_xact_lock(int, int): namespaces our locks from anyone else's.
const IMPORT_LOCK_NAMESPACE = 0x46500001;

/**
 * Imports are serialised per workspace: the second waits for the first to commit, so two imports
 * never interleave (and anything that derives from "the workspace's plans" sees whole imports).
 * The lock is released by COMMIT/ROLLBACK.
 */
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

export async function lockWorkspaceImports(tx: Tx, workspaceId: string): Promise<void> {
  await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(${IMPORT_LOCK_NAMESPACE}::int, hashtext(${workspaceId}))`;
}

/**
 * Parses markdown with the engine and stores the whole plan in one transaction (createMany per
 * table). Returns the stored plan as getPlan would.
 */
export async function importPlan(actor: Actor, input: { input: string | Uint8Array; fileName?: string }): Promise<ApiPlan> {
  assertCan(actor, "plan.import");
  const parsed = await parsePlanInput(input.input, input.fileName);
  return storeParsedPlan(actor, parsed, input.fileName);
}

/**
 * The storing half of importPlan, for a plan the engine has already parsed (tests and the API
 * benchmark use it to load very large generated plans without waiting for the parser).
 */
export async function storeParsedPlan(actor: Actor, parsed: ParsedInput, fileName?: string): Promise<ApiPlan> {
  assertCan(actor, "plan.import");
  const planId = newId();
  const rows = planToRows(planId, parsed.plan);
  await runTransaction(async (tx) => {
    await lockWorkspaceImports(tx, actor.workspaceId);
    await tx.plan.create({
      data: {
        id: planId,
        workspaceId: actor.workspaceId,
        ...planSourceColumns(parsed),
        fileName: fileName ?? null,
        createdById: actor.userId,
      },
    });
    await insertPlanRows(tx, rows);
    await recordActivity(tx, actor, {
      planId,
      action: "plan.imported",
      entityType: "plan",
      entityId: planId,
      after: { title: parsed.plan.title, fileName: fileName ?? null, ...rowCounts(rows) } satisfies Prisma.InputJsonObject,
    });
  }, BULK_TX);
  return (await loadPlan(actor, planId)).view;
}

function rowCounts(rows: ReturnType<typeof planToRows>) {
  return {
    phases: rows.phases.length,
    tasks: rows.tasks.length,
    items: rows.items.length,
    decisions: rows.decisions.length,
    metrics: rows.metrics.length,
  };
}
