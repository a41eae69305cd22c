import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type {
  ApiDecision,
  ApiDependency,
  ApiItem,
  ApiMetric,
  ApiPhase,
  ApiPlan,
  ApiTask,
  Plan,
  RepairedEncoding,
} from "@/lib/plan/contract";
import type { Actor } from "@/lib/server/actor";
import { pgQuery, runPgReadSnapshot } from "@/lib/server/pg";
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

const ITEM_SELECT = {
  id: true,
  taskId: true,
  phaseId: true,
  kind: true,
  text: true,
  done: true,
  sourceLine: true,
  version: true,
} as const;

export type LoadedPlan = { view: ApiPlan; sourceMarkdown: string | null; sourceBom: boolean };

type Client = Pick<
  Prisma.TransactionClient,
  "plan" | "phase" | "task" | "taskDependency" | "item" | "decision" | "decisionOption" | "metric" | "measurement"
>;

/** The fixed list of queries that load a plan; each touches one table, none grows with the plan. */
function planQueries(c: Client, workspaceId: string, planId: string) {
  return [
    c.plan.findFirst({ where: { id: planId, workspaceId }, select: PLAN_SELECT }),
    c.phase.findMany({ where: { planId }, orderBy: { position: "asc" } }),
    c.task.findMany({ where: { planId }, orderBy: { position: "asc" } }),
    c.taskDependency.findMany({ where: { task: { planId } }, orderBy: [{ taskId: "asc" }, { position: "asc" }] }),
    c.item.findMany({ where: { planId }, orderBy: [{ position: "asc" }, { sourceLine: "asc" }], select: ITEM_SELECT }),
    c.decision.findMany({ where: { planId }, orderBy: { position: "asc" }, include: DECISION_INCLUDE }),
    c.decisionOption.findMany({
      where: { decision: { planId } },
      orderBy: [{ decisionId: "asc" }, { position: "asc" }],
    }),
    c.metric.findMany({ where: { planId }, orderBy: { position: "asc" } }),
    c.measurement.findMany({ where: { metric: { planId } }, orderBy: { measuredAt: "asc" } }),
  ] as const;
}

type PlanQueryResults = {
  -readonly [K in keyof ReturnType<typeof planQueries>]: Awaited<ReturnType<typeof planQueries>[K]>;
};

/**
 * Loads a plan of the actor's workspace in one REPEATABLE READ snapshot; otherwise not_found.
 * Over node-postgres, not Prisma: Prisma turns a whole result into objects in one go on the event
 * loop (a 15,000-item plan: 200+ ms), node-postgres parses rows as the bytes arrive and
 * buildPlan below yields between slices. The SQL returns Prisma's field names and types.
 */
export async function loadPlan(actor: Pick<Actor, "workspaceId">, planId: string): Promise<LoadedPlan> {
  return (await loadPlanRows(actor, planId, false)).loaded;
}

/**
 * For export: the plan with its source text and stored source (as text) in pieces of 64K
 * characters, read in the same snapshot. One megabytes-long column is one row, which
 * node-postgres decodes in one go on the event loop; the parse worker joins the pieces.
 */
export async function loadPlanWithSourcePieces(
  actor: Pick<Actor, "workspaceId">,
  planId: string,
): Promise<LoadedPlan & SourcePieces> {
  const { loaded, pieces } = await loadPlanRows(actor, planId, true);
  return { ...loaded, ...pieces! };
}

export type SourcePieces = { sourcePieces: string[] | null; storedPieces: string[] | null; sourceEncoding: string };

async function loadPlanRows(actor: Pick<Actor, "workspaceId">, planId: string, inPieces: boolean) {
  const ids = [planId, actor.workspaceId];
  const { results, pieces } = await runPgReadSnapshot(async (tx) => {
    const out: unknown[] = [];
    for (const sql of PLAN_SQL)
      out.push(
        (
          await tx.query(
            sql === PLAN_SQL[0] && inPieces ? PLAN_WITHOUT_SOURCE_SQL : sql,
            sql === PLAN_SQL[0] ? ids : [planId],
          )
        ).rows,
      );
    if (!inPieces) return { results: out, pieces: null };
    const source = decodePieces((await tx.query<{ piece: Buffer }>(piecesSql("source_markdown"), ids)).rows);
    const stored = decodePieces((await tx.query<{ piece: Buffer }>(piecesSql("source_baseline::text"), ids)).rows);
    const [meta] = (await tx.query<{ hasSource: boolean; hasStored: boolean; encoding: string }>(PIECES_META_SQL, ids))
      .rows;
    return {
      results: out,
      pieces: {
        sourcePieces: meta?.hasSource ? source : null,
        storedPieces: meta?.hasStored ? stored : null,
        sourceEncoding: meta?.encoding ?? "utf-8",
      },
    };
  });
  const [plan, ...rest] = results as [
    Array<Omit<Rows[0] & object, "startDate"> & { startDate: string | null }>,
    ...unknown[],
  ];
  const row = plan[0]
    ? { ...plan[0], startDate: plan[0].startDate === null ? null : new Date(`${plan[0].startDate}T00:00:00Z`) }
    : null;
  const loaded = await buildPlan([row, ...rest] as unknown as PlanQueryResults);
  // Without the text in the plan row, hasSource comes from the pieces' query.
  if (pieces) loaded.view.hasSource = pieces.sourcePieces !== null;
  return { loaded, pieces };
}

/** What an export checks first: the version, and the source's fingerprint (null: no source). */
export type SourceHead = { version: number; key: string | null; hasStored: boolean; bom: boolean; encoding: string };

// md5 of a megabyte of source is a few ms in PostgreSQL; the stored description is not hashed: it
// is written with the source and only with it (import, re-import).
const SOURCE_KEY = `CASE WHEN source_markdown IS NULL THEN NULL ELSE md5(source_markdown) || ':' || source_bom || ':' || source_encoding END`;

export async function readSourceHead(actor: Pick<Actor, "workspaceId">, planId: string): Promise<SourceHead | null> {
  const rows = await pgQuery<SourceHead>(
    `SELECT version, ${SOURCE_KEY} AS key, source_baseline IS NOT NULL AS "hasStored", source_bom AS bom, source_encoding AS encoding
       FROM plans WHERE id = $1 AND workspace_id = $2`,
    [planId, actor.workspaceId],
  );
  return rows[0] ?? null;
}

/** The source and its stored description as text, with their fingerprint, read in one snapshot in pieces. */
export async function readSourceTexts(
  actor: Pick<Actor, "workspaceId">,
  planId: string,
): Promise<{ key: string; source: string; stored: string } | null> {
  const ids = [planId, actor.workspaceId];
  return runPgReadSnapshot(async (tx) => {
    const [head] = (
      await tx.query<{ key: string | null; hasStored: boolean }>(
        `SELECT ${SOURCE_KEY} AS key, source_baseline IS NOT NULL AS "hasStored" FROM plans WHERE id = $1 AND workspace_id = $2`,
        ids,
      )
    ).rows;
    if (!head?.key || !head.hasStored) return null;
    const source = decodePieces((await tx.query<{ piece: Buffer }>(piecesSql("source_markdown"), ids)).rows).join("");
    const stored = decodePieces((await tx.query<{ piece: Buffer }>(piecesSql("source_baseline::text"), ids)).rows).join(
      "",
    );
    return { key: head.key, source, stored };
  });
}

const PIECE_BYTES = 65_536;

/**
 * A text column of the plan as rows of PIECE_BYTES bytes of its UTF-8, MATERIALIZED once: by
 * characters (`substr` on text) every piece walks the text from its start, and as a plain
 * subquery the value is computed again per piece; for `source_baseline::text` (4 MB) that was 3 s
 * instead of 0.1 s. A piece may end inside a character: decodePieces joins them up.
 */
const piecesSql = (column: string) =>
  `WITH t AS MATERIALIZED (SELECT convert_to(${column}, 'UTF8') AS v FROM plans WHERE id = $1 AND workspace_id = $2)
   SELECT substring(t.v FROM i FOR ${PIECE_BYTES}) AS piece FROM t, generate_series(1, octet_length(t.v), ${PIECE_BYTES}) i
    ORDER BY i`;

/** The pieces of piecesSql as text pieces (a character split between two pieces goes whole into the first). */
function decodePieces(rows: Array<{ piece: Buffer }>): string[] {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  const out = rows.map((r, i) => decoder.decode(r.piece, { stream: i < rows.length - 1 }));
  return out;
}

const PIECES_META_SQL = `SELECT source_markdown IS NOT NULL AS "hasSource", source_baseline IS NOT NULL AS "hasStored", source_encoding AS encoding
   FROM plans WHERE id = $1 AND workspace_id = $2`;

/** The queries of planQueries in SQL, in the same order and with the same ordering. */
const PLAN_SQL = [
  `SELECT id, workspace_id AS "workspaceId", title, meta, warnings, source_markdown AS "sourceMarkdown", source_bom AS "sourceBom",
          repaired_encoding AS "repairedEncoding", file_name AS "fileName", start_date::text AS "startDate",
          hours_per_week AS "hoursPerWeek", version, created_at AS "createdAt", updated_at AS "updatedAt"
     FROM plans WHERE id = $1 AND workspace_id = $2`,
  `SELECT id, plan_id AS "planId", key, title, weeks_from AS "weeksFrom", weeks_to AS "weeksTo", status::text AS status, position,
          source_line AS "sourceLine", version
     FROM phases WHERE plan_id = $1 ORDER BY position, id`,
  `SELECT id, plan_id AS "planId", phase_id AS "phaseId", key, title, priority::text AS priority, status::text AS status,
          estimate_min_hours AS "estimateMinHours", estimate_max_hours AS "estimateMaxHours", estimate_text AS "estimateText",
          owner, files, position, source_line AS "sourceLine", version, completed_at AS "completedAt"
     FROM tasks WHERE plan_id = $1 ORDER BY position, id`,
  `SELECT d.id, d.task_id AS "taskId", d.depends_on_id AS "dependsOnId", d.raw, d.position
     FROM task_dependencies d JOIN tasks t ON t.id = d.task_id WHERE t.plan_id = $1 ORDER BY d.task_id, d.position, d.id`,
  `SELECT id, task_id AS "taskId", phase_id AS "phaseId", kind::text AS kind, text, done, source_line AS "sourceLine", version
     FROM items WHERE plan_id = $1 ORDER BY position, source_line, id`,
  `SELECT d.id, d.version, d.title, d.status::text AS status, d.due_by AS "dueBy", d.source_line AS "sourceLine",
          d.decided_at AS "decidedAt", d.decided_by_id AS "decidedById", d.rationale,
          CASE WHEN u.id IS NULL THEN NULL ELSE json_build_object('name', u.name) END AS "decidedBy"
     FROM decisions d LEFT JOIN users u ON u.id = d.decided_by_id WHERE d.plan_id = $1 ORDER BY d.position, d.id`,
  `SELECT o.id, o.decision_id AS "decisionId", o.text, o.chosen, o.recommended, o.position, o.source_line AS "sourceLine"
     FROM decision_options o JOIN decisions d ON d.id = o.decision_id WHERE d.plan_id = $1 ORDER BY o.decision_id, o.position, o.id`,
  `SELECT id, version, name, op, value, unit, source_line AS "sourceLine" FROM metrics WHERE plan_id = $1 ORDER BY position, id`,
  `SELECT m.id, m.metric_id AS "metricId", m.value, m.measured_at AS "measuredAt", m.note
     FROM measurements m JOIN metrics x ON x.id = m.metric_id WHERE x.plan_id = $1 ORDER BY m.measured_at, m.id`,
] as const;

const PLAN_WITHOUT_SOURCE_SQL = PLAN_SQL[0].replace(
  'source_markdown AS "sourceMarkdown"',
  'NULL::text AS "sourceMarkdown"',
);

/** The same, inside a caller's transaction (re-import reads what it is about to change). */
export async function loadPlanInTx(tx: Client, actor: Actor, planId: string): Promise<LoadedPlan> {
  const results = [] as unknown[];
  for (const q of planQueries(tx, actor.workspaceId, planId)) results.push(await q);
  return await buildPlan(results as unknown as PlanQueryResults);
}

type Rows = PlanQueryResults;
type ItemLists = { checklist: ApiItem[]; criteria: ApiItem[] };

/** Rows per slice of the loops below; the event loop serves other requests between slices. */
const SLICE = 2_000;
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

async function buildPlan([
  plan,
  phases,
  tasks,
  deps,
  items,
  decisions,
  options,
  metrics,
  measurements,
]: Rows): Promise<LoadedPlan> {
  // Another workspace's plan is indistinguishable from a missing one.
  if (!plan) throw new AppError("not_found", "No such plan.");
  const owned = await groupItems(items);
  const tasksByPhase = await groupTasks(tasks, deps, owned.byTask);
  const phaseViews: ApiPhase[] = [];
  for (const p of phases) {
    phaseViews.push(toPhase(p, tasksByPhase.get(p.id) ?? [], owned.byPhase.get(p.id) ?? []));
    if (phaseViews.length % SLICE === 0) await breathe();
  }
  const view: ApiPlan = {
    format: "flightplan.plan/v1",
    id: plan.id,
    workspaceId: plan.workspaceId,
    version: plan.version,
    title: plan.title,
    meta: plan.meta as Plan["meta"],
    repairedEncoding: plan.repairedEncoding as RepairedEncoding | null,
    phases: phaseViews,
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
async function groupItems(items: Rows[4]) {
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
  tasks: Rows[2],
  deps: Rows[3],
  itemsByTask: Map<string, ItemLists>,
): Promise<Map<string, ApiTask[]>> {
  const depsByTask = new Map<string, ApiDependency[]>();
  for (const d of deps) getOrInit(depsByTask, d.taskId, () => []).push({ text: d.raw, taskId: d.dependsOnId });
  const byPhase = new Map<string, ApiTask[]>();
  let n = 0;
  for (const t of tasks) {
    if (++n % SLICE === 0) await breathe();
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
