import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import type { ApiDecision, ApiDependency, ApiItem, ApiMetric, ApiPhase, ApiPlan, ApiTask } from "@/lib/plan/contract";
import { ENCODINGS } from "@/lib/plan/contract/enums";
import { selectList, type RowOf } from "../columns";
import { rowsOf, runReadSnapshot, type Tx } from "../tx";
import { readPieces, type SourcePieces } from "./source";
import {
  DECISION_OPTIONS,
  DECISIONS,
  ITEMS,
  MEASUREMENTS,
  METRICS,
  PHASES,
  PLANS,
  TASK_DEPENDENCIES,
  TASKS,
  type OptionRow,
  type PhaseRow,
} from "./tables";
import { TASK_VIEW_FIELDS, toDecisionView, toItemView, toMetricView, toTaskView, type DecisionWithName } from "./views";

/**
 * Loading a whole plan: a fixed set of statements (one per table, made from the column lists of
 * tables.ts) in one transaction, so the number of queries does not grow with the plan and a
 * concurrent edit cannot tear it. The same statements serve both drivers: a REPEATABLE READ
 * snapshot on the bulk pool (node-postgres parses rows as the bytes arrive, and buildPlan below
 * yields between slices; Prisma turned a 15,000-item result into objects in one go, 200+ ms of
 * event loop) and a re-import's Prisma transaction, which reads what it is about to change.
 */

export type LoadedPlan = { view: ApiPlan; sourceMarkdown: string | null; sourceBom: boolean };
/** Whose plan: a read outside the workspace is "no such plan". */
type Scope = { workspaceId: string };

const PLAN_FIELDS = [
  "id",
  "workspaceId",
  "title",
  "meta",
  "warnings",
  "sourceBom",
  "repairedEncoding",
  "fileName",
  "startDate",
  "hoursPerWeek",
  "version",
  "createdAt",
  "updatedAt",
] as const;
export const ITEM_VIEW_FIELDS = ["id", "taskId", "phaseId", "kind", "text", "done", "sourceLine", "version"] as const;
export const DECISION_VIEW_FIELDS = [
  "id",
  "version",
  "title",
  "status",
  "dueBy",
  "sourceLine",
  "decidedAt",
  "decidedById",
  "rationale",
] as const;
export const METRIC_VIEW_FIELDS = ["id", "version", "name", "op", "value", "unit", "sourceLine"] as const;
export const MEASUREMENT_VIEW_FIELDS = ["id", "metricId", "value", "measuredAt", "note"] as const;

/** A decision's columns and who decided (users.name), for `FROM decisions AS d`. */
export const DECISION_SELECT = `${selectList(DECISIONS, "d", DECISION_VIEW_FIELDS)}, u.name AS "decidedByName"`;
export const DECISION_FROM = `decisions AS d LEFT JOIN users AS u ON u.id = d.decided_by_id`;

/** The statements of a whole plan, in this order; $1 is the plan id (and $2 the workspace for the plan row). */
const planSql = (withSource: boolean) =>
  `SELECT ${selectList(PLANS, "p", PLAN_FIELDS)}, ${withSource ? "p.source_markdown" : "NULL::text"} AS "sourceMarkdown"
     FROM plans AS p WHERE p.id = $1 AND p.workspace_id = $2`;
const PHASES_SQL = `SELECT ${selectList(PHASES, "x")} FROM phases AS x WHERE x.plan_id = $1 ORDER BY x.position, x.id`;
const TASKS_SQL = `SELECT ${selectList(TASKS, "t", TASK_VIEW_FIELDS)} FROM tasks AS t WHERE t.plan_id = $1 ORDER BY t.position, t.id`;
const DEPENDENCIES_SQL = `SELECT ${selectList(TASK_DEPENDENCIES, "d")}
   FROM task_dependencies AS d JOIN tasks AS t ON t.id = d.task_id WHERE t.plan_id = $1 ORDER BY d.task_id, d.position, d.id`;
const ITEMS_SQL = `SELECT ${selectList(ITEMS, "i", ITEM_VIEW_FIELDS)} FROM items AS i WHERE i.plan_id = $1 ORDER BY i.position, i.source_line, i.id`;
const DECISIONS_SQL = `SELECT ${DECISION_SELECT} FROM ${DECISION_FROM} WHERE d.plan_id = $1 ORDER BY d.position, d.id`;
const OPTIONS_SQL = `SELECT ${selectList(DECISION_OPTIONS, "o")}
   FROM decision_options AS o JOIN decisions AS d ON d.id = o.decision_id WHERE d.plan_id = $1 ORDER BY o.decision_id, o.position, o.id`;
const METRICS_SQL = `SELECT ${selectList(METRICS, "x", METRIC_VIEW_FIELDS)} FROM metrics AS x WHERE x.plan_id = $1 ORDER BY x.position, x.id`;
const MEASUREMENTS_SQL = `SELECT ${selectList(MEASUREMENTS, "m", MEASUREMENT_VIEW_FIELDS)}
   FROM measurements AS m JOIN metrics AS x ON x.id = m.metric_id WHERE x.plan_id = $1 ORDER BY m.measured_at, m.id`;

type Rows = {
  plan: (RowOf<typeof PLANS, (typeof PLAN_FIELDS)[number]> & { sourceMarkdown: string | null }) | null;
  phases: PhaseRow[];
  tasks: RowOf<typeof TASKS, (typeof TASK_VIEW_FIELDS)[number]>[];
  deps: RowOf<typeof TASK_DEPENDENCIES>[];
  items: RowOf<typeof ITEMS, (typeof ITEM_VIEW_FIELDS)[number]>[];
  decisions: DecisionWithName[];
  options: OptionRow[];
  metrics: RowOf<typeof METRICS, (typeof METRIC_VIEW_FIELDS)[number]>[];
  measurements: RowOf<typeof MEASUREMENTS, (typeof MEASUREMENT_VIEW_FIELDS)[number]>[];
};

/** The plan's rows, one statement per table, in the caller's transaction. */
async function readRows(tx: Tx, workspaceId: string, planId: string, withSource: boolean): Promise<Rows> {
  const id = [planId];
  const [plan] = await rowsOf<NonNullable<Rows["plan"]>>(tx, planSql(withSource), [planId, workspaceId]);
  return {
    plan: plan ?? null,
    phases: await rowsOf(tx, PHASES_SQL, id),
    tasks: await rowsOf(tx, TASKS_SQL, id),
    deps: await rowsOf(tx, DEPENDENCIES_SQL, id),
    items: await rowsOf(tx, ITEMS_SQL, id),
    decisions: await rowsOf(tx, DECISIONS_SQL, id),
    options: await rowsOf(tx, OPTIONS_SQL, id),
    metrics: await rowsOf(tx, METRICS_SQL, id),
    measurements: await rowsOf(tx, MEASUREMENTS_SQL, id),
  };
}

/** Loads a plan of the workspace in one REPEATABLE READ snapshot; otherwise not_found. */
export async function loadPlan(scope: Scope, planId: string): Promise<LoadedPlan> {
  return buildPlan(await runReadSnapshot((tx) => readRows(tx, scope.workspaceId, planId, true)));
}

/** The same inside a caller's transaction (a re-import reads what it is about to change). */
export async function loadPlanIn(tx: Tx, scope: Scope, planId: string): Promise<LoadedPlan> {
  return buildPlan(await readRows(tx, scope.workspaceId, planId, true));
}

/**
 * For export: the plan with its source text and stored source (as text) in pieces of 64K, read
 * in the same snapshot. One megabytes-long column is one row, which node-postgres decodes in one
 * go on the event loop; the parse worker joins the pieces.
 */
export async function loadPlanWithSourcePieces(scope: Scope, planId: string): Promise<LoadedPlan & SourcePieces> {
  const { rows, pieces } = await runReadSnapshot(async (tx) => ({
    rows: await readRows(tx, scope.workspaceId, planId, false),
    pieces: await readPieces(tx, scope.workspaceId, planId),
  }));
  const loaded = await buildPlan(rows);
  // Without the text in the plan row, hasSource comes from the pieces' query.
  loaded.view.hasSource = pieces.sourcePieces !== null;
  return { ...loaded, ...pieces };
}

type ItemLists = { checklist: ApiItem[]; criteria: ApiItem[] };

/** Rows per slice of the loops below; the event loop serves other requests between slices. */
const SLICE = 2_000;
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

/** What the plan row's JSON columns hold (read back without today's length limits). */
const Meta = z.record(z.string(), z.string());
const Warnings = z.array(z.string());
const Encoding = z.enum(ENCODINGS).nullable();

async function buildPlan(rows: Rows): Promise<LoadedPlan> {
  const { plan } = rows;
  // Another workspace's plan is indistinguishable from a missing one.
  if (!plan) throw new AppError("not_found", "No such plan.");
  const owned = await groupItems(rows.items);
  const tasksByPhase = await groupTasks(rows.tasks, rows.deps, owned.byTask);
  const phaseViews: ApiPhase[] = [];
  for (const p of rows.phases) {
    phaseViews.push(toPhase(p, tasksByPhase.get(p.id) ?? [], owned.byPhase.get(p.id) ?? []));
    if (phaseViews.length % SLICE === 0) await breathe();
  }
  const view: ApiPlan = {
    format: "flightplan.plan/v1",
    id: plan.id,
    workspaceId: plan.workspaceId,
    version: plan.version,
    title: plan.title,
    meta: Meta.parse(plan.meta),
    repairedEncoding: Encoding.parse(plan.repairedEncoding),
    phases: phaseViews,
    decisions: toDecisions(rows.decisions, rows.options),
    metrics: toMetrics(rows.metrics, rows.measurements),
    criteria: owned.plan,
    warnings: Warnings.parse(plan.warnings),
    fileName: plan.fileName,
    startDate: plan.startDate,
    hoursPerWeek: plan.hoursPerWeek,
    hasSource: plan.sourceMarkdown !== null,
    createdAt: plan.createdAt.toISOString(),
    updatedAt: plan.updatedAt.toISOString(),
  };
  return { view, sourceMarkdown: plan.sourceMarkdown, sourceBom: plan.sourceBom };
}

/** Items by what they belong to: a task (checklist or criteria), a phase, or the plan itself. */
async function groupItems(items: Rows["items"]) {
  const byTask = new Map<string, ItemLists>();
  const byPhase = new Map<string, ApiItem[]>();
  const plan: ApiItem[] = [];
  let n = 0;
  for (const i of items) {
    if (++n % SLICE === 0) await breathe();
    const item = toItemView(i);
    if (i.taskId) {
      const lists = getOrInit(byTask, i.taskId, () => ({ checklist: [], criteria: [] }));
      (i.kind === "criterion" ? lists.criteria : lists.checklist).push(item);
    } else if (i.phaseId) getOrInit(byPhase, i.phaseId, () => []).push(item);
    else plan.push(item);
  }
  return { byTask, byPhase, plan };
}

async function groupTasks(
  tasks: Rows["tasks"],
  deps: Rows["deps"],
  itemsByTask: Map<string, ItemLists>,
): Promise<Map<string, ApiTask[]>> {
  const depsByTask = dependenciesByTask(deps);
  const byPhase = new Map<string, ApiTask[]>();
  let n = 0;
  for (const t of tasks) {
    if (++n % SLICE === 0) await breathe();
    const dependencies = depsByTask.get(t.id) ?? [];
    getOrInit(byPhase, t.phaseId, () => []).push(toTaskView(t, dependencies, itemsByTask.get(t.id)));
  }
  return byPhase;
}

/** Dependency rows (ordered by task and position) as each task's ApiDependency list. */
export function dependenciesByTask(deps: readonly Pick<Rows["deps"][number], "taskId" | "raw" | "dependsOnId">[]) {
  const byTask = new Map<string, ApiDependency[]>();
  for (const d of deps) getOrInit(byTask, d.taskId, () => []).push({ text: d.raw, taskId: d.dependsOnId });
  return byTask;
}

function toPhase(p: PhaseRow, tasks: ApiTask[], checklist: ApiItem[]): ApiPhase {
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

export function toDecisions(decisions: readonly DecisionWithName[], options: readonly OptionRow[]): ApiDecision[] {
  const byDecision = new Map<string, OptionRow[]>();
  for (const o of options) getOrInit(byDecision, o.decisionId, () => []).push(o);
  return decisions.map((d) => toDecisionView(d, byDecision.get(d.id) ?? []));
}

export function toMetrics(metrics: Rows["metrics"], measurements: Rows["measurements"]): ApiMetric[] {
  const byMetric = new Map<string, Rows["measurements"]>();
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
