import "server-only";
import type { ApiDecision } from "@/lib/plan/contract";
import { selectList, type RowOf } from "../columns";
import { prismaOf, rowsOf, type Tx } from "../tx";
import { DECISION_FROM, DECISION_SELECT } from "./load";
import { DECISION_OPTIONS, MEASUREMENTS, type DecisionRow, type OptionRow } from "./tables";
import { toDecisionView, type DecisionWithName } from "./views";

/** Decisions and measurements: the plan's tracking rows. */

/** A decision of the workspace's plan with its options in order, or null. */
export async function readDecisionForChoice(
  tx: Tx,
  workspaceId: string,
  planId: string,
  decisionId: string,
): Promise<(Pick<DecisionRow, "id" | "version" | "rationale"> & { options: OptionRow[] }) | null> {
  const [decision] = await rowsOf<Pick<DecisionRow, "id" | "version" | "rationale">>(
    tx,
    `SELECT d.id, d.version, d.rationale FROM decisions AS d JOIN plans AS p ON p.id = d.plan_id
      WHERE d.id = $1 AND d.plan_id = $2 AND p.workspace_id = $3`,
    [decisionId, planId, workspaceId],
  );
  if (!decision) return null;
  const options = await rowsOf<OptionRow>(
    tx,
    `SELECT ${selectList(DECISION_OPTIONS, "o")} FROM decision_options AS o WHERE o.decision_id = $1 ORDER BY o.position, o.id`,
    [decisionId],
  );
  return { ...decision, options };
}

/**
 * Records the choice (an option, or null to reopen) when the decision is still at `version`,
 * bumping it; false when someone else changed it first.
 */
export async function chooseOption(
  tx: Tx,
  decisionId: string,
  version: number,
  choice: { optionId: string | null; decidedById: string; rationale: string | null },
): Promise<boolean> {
  const prisma = prismaOf(tx);
  const chosen = choice.optionId !== null;
  const updated = await prisma.decision.updateMany({
    where: { id: decisionId, version },
    data: {
      status: chosen ? "decided" : "open",
      decidedById: chosen ? choice.decidedById : null,
      decidedAt: chosen ? new Date() : null,
      rationale: chosen ? choice.rationale : null,
      version: { increment: 1 },
    },
  });
  if (updated.count === 0) return false;
  await prisma.decisionOption.updateMany({ where: { decisionId }, data: { chosen: false } });
  if (choice.optionId) await prisma.decisionOption.update({ where: { id: choice.optionId }, data: { chosen: true } });
  return true;
}

/** The decision as the API shows it, inside the transaction that changed it. */
export async function readDecisionView(tx: Tx, decisionId: string): Promise<ApiDecision> {
  const [decision] = await rowsOf<DecisionWithName>(
    tx,
    `SELECT ${DECISION_SELECT} FROM ${DECISION_FROM} WHERE d.id = $1`,
    [decisionId],
  );
  if (!decision) throw new Error(`no decision ${decisionId}`);
  const options = await rowsOf<OptionRow>(
    tx,
    `SELECT ${selectList(DECISION_OPTIONS, "o")} FROM decision_options AS o WHERE o.decision_id = $1 ORDER BY o.position, o.id`,
    [decisionId],
  );
  return toDecisionView(decision, options);
}

/** The plan's metrics by id and name (a measurement names its metric by either). */
export async function listMetricNames(tx: Tx, planId: string): Promise<{ id: string; name: string }[]> {
  return rowsOf(tx, "SELECT id, name FROM metrics WHERE plan_id = $1 ORDER BY position, id", [planId]);
}

export type NewMeasurement = RowOf<
  typeof MEASUREMENTS,
  "id" | "metricId" | "value" | "measuredAt" | "note" | "createdById"
>;

/** Stores measurements and bumps the version of each metric they measure. */
export async function insertMeasurements(tx: Tx, rows: NewMeasurement[]): Promise<void> {
  const prisma = prismaOf(tx);
  await prisma.measurement.createMany({ data: rows });
  const touched = [...new Set(rows.map((r) => r.metricId))];
  await prisma.metric.updateMany({ where: { id: { in: touched } }, data: { version: { increment: 1 } } });
}
