import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ApiDecision, ApiDependency, ApiItem, ApiMetric, ApiPhase, ApiPlan, ApiTask, Plan, RepairedEncoding } from "@/lib/plan/contract";
import type { Actor } from "@/lib/server/actor";
import { DECISION_INCLUDE, toDecisionView, toItemView, toMetricView, toTaskView } from "./views";

/**
 * Loading a whole plan: a fixed set of queries (one per table) in one REPEATABLE READ snapshot,
 * so the number of queries does not grow with the plan and a concurrent edit cannot tear it.
 */

const PLAN_SELECT = {
  id: true,
  workspaceId: true,
  title: true,
  meta: true,
  warnings: true,
  sourceMarkdown: true,
  sourceBom: true,
  repairedEncoding: true,
  fileName: true,
  startDate: true,
  hoursPerWeek: true,
  version: true,
  createdAt: true,
  updatedAt: true,
} as const;

const ITEM_SELECT = { id: true, taskId: true, phaseId: true, kind: true, text: true, done: true, sourceLine: true, version: true } as const;

export type LoadedPlan = { view: ApiPlan; sourceMarkdown: string | null; sourceBom: boolean };

type Client = Pick<Prisma.TransactionClient, "plan" | "phase" | "task" | "taskDependency" | "item" | "decision" | "decisionOption" | "metric" | "measurement">;

/** The fixed list of queries that load a plan; each touches one table, none grows with the plan. */
function planQueries(c: Client, workspaceId: string, planId: string) {
  return [
    c.plan.findFirst({ where: { id: planId, workspaceId }, select: PLAN_SELECT }),
    c.phase.findMany({ where: { planId }, orderBy: { position: "asc" } }),
    c.task.findMany({ where: { planId }, orderBy: { position: "asc" } }),
    c.taskDependency.findMany({ where: { task: { planId } }, orderBy: [{ taskId: "asc" }, { position: "asc" }] }),
    c.item.findMany({ where: { planId }, orderBy: [{ position: "asc" }, { sourceLine: "asc" }], select: ITEM_SELECT }),
    c.decision.findMany({ where: { planId }, orderBy: { position: "asc" }, include: DECISION_INCLUDE }),
    c.decisionOption.findMany({ where: { decision: { planId } }, orderBy: [{ decisionId: "asc" }, { position: "asc" }] }),
    c.metric.findMany({ where: { planId }, orderBy: { position: "asc" } }),
    c.measurement.findMany({ where: { metric: { planId } }, orderBy: { measuredAt: "asc" } }),
  ] as const;
}

type PlanQueryResults = { -readonly [K in keyof ReturnType<typeof planQueries>]: Awaited<ReturnType<typeof planQueries>[K]> };

/** Loads a plan of the actor's workspace in one REPEATABLE READ snapshot; otherwise not_found. */
export async function loadPlan(actor: Pick<Actor, "workspaceId">, planId: string): Promise<LoadedPlan> {
  const results = await db.$transaction([...planQueries(db, actor.workspaceId, planId)], {
    isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead,
  });
  return buildPlan(results as unknown as PlanQueryResults);
}

/** The same, inside a caller's transaction (re-import reads what it is about to change). */
export async function loadPlanInTx(tx: Client, actor: Actor, planId: string): Promise<LoadedPlan> {
  const results = [] as unknown[];
  for (const q of planQueries(tx, actor.workspaceId, planId)) results.push(await q);
  return buildPlan(results as unknown as PlanQueryResults);
}

type Rows = PlanQueryResults;
type ItemLists = { checklist: ApiItem[]; criteria: ApiItem[] };

function buildPlan([plan, phases, tasks, deps, items, decisions, options, metrics, measurements]: Rows): LoadedPlan {
  // Another workspace's plan is indistinguishable from a missing one.
  if (!plan) throw new AppError("not_found", "No such plan.");
  const owned = groupItems(items);
  const tasksByPhase = groupTasks(tasks, deps, owned.byTask);
  const view: ApiPlan = {
    format: "flightplan.plan/v1",
    id: plan.id,
    workspaceId: plan.workspaceId,
    version: plan.version,
    title: plan.title,
    meta: plan.meta as Plan["meta"],
    repairedEncoding: plan.repairedEncoding as RepairedEncoding | null,
    phases: phases.map((p) => toPhase(p, tasksByPhase.get(p.id) ?? [], owned.byPhase.get(p.id) ?? [])),
    decisions: toDecisions(decisions, options),
    metrics: toMetrics(metrics, measurements),
    criteria: owned.plan,
    warnings: plan.warnings as string[],
    fileName: plan.fileName,
    startDate: plan.startDate ? plan.startDate.toISOString().slice(0, 10) : null,
    hoursPerWeek: plan.hoursPerWeek,
    hasSource: plan.sourceMarkdown !== null,
    createdAt: plan.createdAt.toISOString(),
    updatedAt: plan.updatedAt.toISOString(),
  };
  return { view, sourceMarkdown: plan.sourceMarkdown, sourceBom: plan.sourceBom };
}

/** Items by what they belong to: a task (checklist or criteria), a phase, or the plan itself. */
function groupItems(items: Rows[4]) {
  const byTask = new Map<string, ItemLists>();
  const byPhase = new Map<string, ApiItem[]>();
  const plan: ApiItem[] = [];
  for (const i of items) {
    const item = toItemView(i);
    if (i.taskId) {
      const lists = getOrInit(byTask, i.taskId, () => ({ checklist: [], criteria: [] }));
      (i.kind === "criterion" ? lists.criteria : lists.checklist).push(item);
    } else if (i.phaseId) getOrInit(byPhase, i.phaseId, () => []).push(item);
    else plan.push(item);
  }
  return { byTask, byPhase, plan };
}

function groupTasks(tasks: Rows[2], deps: Rows[3], itemsByTask: Map<string, ItemLists>): Map<string, ApiTask[]> {
  const depsByTask = new Map<string, ApiDependency[]>();
  for (const d of deps) getOrInit(depsByTask, d.taskId, () => []).push({ text: d.raw, taskId: d.dependsOnId });
  const byPhase = new Map<string, ApiTask[]>();
  for (const t of tasks) {
    const dependencies = depsByTask.get(t.id) ?? [];
    const lists = itemsByTask.get(t.id);
    getOrInit(byPhase, t.phaseId, () => []).push(toTaskView(t, dependencies, lists));
  }
  return byPhase;
}

function toPhase(p: Rows[1][number], tasks: ApiTask[], checklist: ApiItem[]): ApiPhase {
  return {
    id: p.id,
    version: p.version,
    title: p.title,
    key: p.key,
    weeks: p.weeksFrom !== null && p.weeksTo !== null ? { from: p.weeksFrom, to: p.weeksTo } : null,
    status: p.status,
    tasks,
    checklist,
    line: p.sourceLine,
  };
}

function toDecisions(decisions: Rows[5], options: Rows[6]): ApiDecision[] {
  const byDecision = new Map<string, Rows[6][number][]>();
  for (const o of options) getOrInit(byDecision, o.decisionId, () => []).push(o);
  return decisions.map((d) => toDecisionView(d, byDecision.get(d.id) ?? []));
}

function toMetrics(metrics: Rows[7], measurements: Rows[8]): ApiMetric[] {
  const byMetric = new Map<string, Rows[8][number][]>();
  for (const m of measurements) getOrInit(byMetric, m.metricId, () => []).push(m);
  return metrics.map((m) => toMetricView(m, byMetric.get(m.id) ?? []));
}

function getOrInit<K, V>(map: Map<K, V>, key: K, init: () => V): V {
  let v = map.get(key);
  if (v === undefined) {
    v = init();
    map.set(key, v);
  }
  return v;
}
