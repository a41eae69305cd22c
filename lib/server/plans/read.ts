import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Plan, RepairedEncoding } from "@/lib/plan/contract";
import type { Actor } from "@/lib/server/actor";
import type { ApiDecision, ApiItem, ApiMetric, ApiPhase, ApiPlan, ApiTask } from "@/lib/plan/contract";

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
    c.decision.findMany({ where: { planId }, orderBy: { position: "asc" } }),
    c.decisionOption.findMany({ where: { decision: { planId } }, orderBy: [{ decisionId: "asc" }, { position: "asc" }] }),
    c.metric.findMany({ where: { planId }, orderBy: { position: "asc" } }),
    c.measurement.findMany({ where: { metric: { planId } }, orderBy: { measuredAt: "asc" } }),
  ] as const;
}

type PlanQueryResults = { -readonly [K in keyof ReturnType<typeof planQueries>]: Awaited<ReturnType<typeof planQueries>[K]> };

/** Loads a plan of the actor's workspace in one REPEATABLE READ snapshot; otherwise not_found. */
export async function loadPlan(actor: Actor, planId: string): Promise<LoadedPlan> {
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

function buildPlan([plan, phases, tasks, deps, items, decisions, options, metrics, measurements]: PlanQueryResults): LoadedPlan {
  // Another workspace's plan is indistinguishable from a missing one.
  if (!plan) throw new AppError("not_found", "No such plan.");

  const itemView = (i: (typeof items)[number]): ApiItem => ({ id: i.id, text: i.text, done: i.done, line: i.sourceLine, kind: i.kind, version: i.version });
  const taskItems = new Map<string, { checklist: ApiItem[]; criteria: ApiItem[] }>();
  const phaseItems = new Map<string, ApiItem[]>();
  const criteria: ApiItem[] = [];
  for (const i of items) {
    if (i.taskId) {
      const lists = getOrInit(taskItems, i.taskId, () => ({ checklist: [], criteria: [] }));
      (i.kind === "criterion" ? lists.criteria : lists.checklist).push(itemView(i));
    } else if (i.phaseId) getOrInit(phaseItems, i.phaseId, () => []).push(itemView(i));
    else criteria.push(itemView(i));
  }

  const depsByTask = new Map<string, { text: string; taskId: string | null }[]>();
  for (const d of deps) getOrInit(depsByTask, d.taskId, () => []).push({ text: d.raw, taskId: d.dependsOnId });

  const tasksByPhase = new Map<string, ApiTask[]>();
  for (const t of tasks) {
    const dependencies = depsByTask.get(t.id) ?? [];
    const lists = taskItems.get(t.id);
    getOrInit(tasksByPhase, t.phaseId, () => []).push({
      id: t.id,
      phaseId: t.phaseId,
      version: t.version,
      key: t.key,
      title: t.title,
      priority: t.priority,
      status: t.status,
      estimate:
        t.estimateMinHours !== null && t.estimateMaxHours !== null
          ? { minHours: t.estimateMinHours, maxHours: t.estimateMaxHours, text: t.estimateText ?? "" }
          : null,
      owner: t.owner,
      dependsOn: dependencies.map((d) => d.text),
      dependencies,
      files: t.files,
      checklist: lists?.checklist ?? [],
      criteria: lists?.criteria ?? [],
      line: t.sourceLine,
      completedAt: t.completedAt?.toISOString() ?? null,
    });
  }

  const phaseViews: ApiPhase[] = phases.map((p) => ({
    id: p.id,
    version: p.version,
    title: p.title,
    key: p.key,
    weeks: p.weeksFrom !== null && p.weeksTo !== null ? { from: p.weeksFrom, to: p.weeksTo } : null,
    status: p.status,
    tasks: tasksByPhase.get(p.id) ?? [],
    checklist: phaseItems.get(p.id) ?? [],
    line: p.sourceLine,
  }));

  const optionsByDecision = new Map<string, ApiDecision["options"]>();
  for (const o of options) {
    getOrInit(optionsByDecision, o.decisionId, () => []).push({ id: o.id, text: o.text, chosen: o.chosen, recommended: o.recommended, line: o.sourceLine });
  }
  const decisionViews: ApiDecision[] = decisions.map((d) => ({
    id: d.id,
    version: d.version,
    title: d.title,
    status: d.status,
    options: optionsByDecision.get(d.id) ?? [],
    dueBy: d.dueBy,
    line: d.sourceLine,
    decidedAt: d.decidedAt?.toISOString() ?? null,
    decidedById: d.decidedById,
    rationale: d.rationale,
  }));

  const measurementsByMetric = new Map<string, ApiMetric["measurements"]>();
  for (const m of measurements) {
    getOrInit(measurementsByMetric, m.metricId, () => []).push({ id: m.id, value: m.value, measuredAt: m.measuredAt.toISOString(), note: m.note });
  }
  const metricViews: ApiMetric[] = metrics.map((m) => ({
    id: m.id,
    version: m.version,
    name: m.name,
    target: { op: m.op as ApiMetric["target"]["op"], value: m.value, unit: m.unit },
    line: m.sourceLine,
    measurements: measurementsByMetric.get(m.id) ?? [],
  }));

  const view: ApiPlan = {
    format: "flightplan.plan/v1",
    id: plan.id,
    workspaceId: plan.workspaceId,
    version: plan.version,
    title: plan.title,
    meta: plan.meta as Plan["meta"],
    repairedEncoding: plan.repairedEncoding as RepairedEncoding | null,
    phases: phaseViews,
    decisions: decisionViews,
    metrics: metricViews,
    criteria,
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

function getOrInit<K, V>(map: Map<K, V>, key: K, init: () => V): V {
  let v = map.get(key);
  if (v === undefined) {
    v = init();
    map.set(key, v);
  }
  return v;
}
