import type { Roadmap, RoadmapTask } from "./roadmap";
import type { TaskStatus } from "./types";

/**
 * The roadmap as the API sends it (README, API table): everything but the tasks as in `Roadmap`;
 * the tasks column by column (one array per field, index i is task i, in plan order), with tasks,
 * phases, decisions and workers named by their index and dates as calendar days since
 * `startDate`. A 5,000-task roadmap is a third of its object form; `unpackRoadmap` gives the
 * object form back exactly.
 */
export interface PackedRoadmap extends Omit<Roadmap, "tasks"> {
  /** Who works the tasks in the schedule: named owners, then the unnamed people. */
  workers: string[];
  tasks: PackedTasks;
}

export interface PackedTasks {
  id: string[];
  /** Index into `phases`. */
  phase: number[];
  title: string[];
  key: (string | null)[];
  status: TaskStatus[];
  owner: (string | null)[];
  /** Index into `workers`; -1 for a deferred task. */
  worker: number[];
  /** Calendar days since `startDate` (negative before it); null for a deferred task. */
  start: (number | null)[];
  finish: (number | null)[];
  float: (number | null)[];
  criticality: number[];
  /** Bits: 1 slipping, 2 overflow (past its phase's window), 4 unestimated. Critical tasks are `criticalPath`. */
  flags: number[];
  /** Indexes of the tasks this one waits for. */
  dependsOn: number[][];
  /** Indexes into `decisions`. */
  heldBy: number[][];
  external: string[][];
}

export const FLAG = { slipping: 1, overflow: 2, unestimated: 4 } as const;

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) =>
  Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;
const isoOfDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

export function packRoadmap(r: Roadmap): PackedRoadmap {
  const { tasks, ...rest } = r;
  const epoch = dayNumber(r.startDate);
  const taskIndex = new Map(tasks.map((t, i) => [t.id, i]));
  const phaseIndex = new Map(r.phases.map((p, i) => [p.id, i]));
  const decisionIndex = new Map(r.decisions.map((d, i) => [d.id, i]));
  const workers: string[] = [];
  const workerIndex = new Map<string, number>();
  const workerOf = (w: string | null) => {
    if (w === null) return -1;
    let k = workerIndex.get(w);
    if (k === undefined) workerIndex.set(w, (k = workers.push(w) - 1));
    return k;
  };
  const day = (iso: string | null) => (iso === null ? null : dayNumber(iso) - epoch);
  const column = <T>(f: (t: RoadmapTask) => T) => tasks.map(f);
  const worker = column((t) => workerOf(t.worker));
  return {
    ...rest,
    workers,
    tasks: {
      id: column((t) => t.id),
      phase: column((t) => phaseIndex.get(t.phaseId)!),
      title: column((t) => t.title),
      key: column((t) => t.key),
      status: column((t) => t.status),
      owner: column((t) => t.owner),
      worker,
      start: column((t) => day(t.start)),
      finish: column((t) => day(t.finish)),
      float: column((t) => t.float),
      criticality: column((t) => t.criticality),
      flags: column(
        (t) =>
          (t.slipping ? FLAG.slipping : 0) | (t.overflow ? FLAG.overflow : 0) | (t.estimated ? 0 : FLAG.unestimated),
      ),
      // The roadmap lists only dependencies on its own tasks (roadmap.ts).
      dependsOn: column((t) => t.dependsOn.map((id) => taskIndex.get(id)!)),
      heldBy: column((t) => t.heldBy.map((id) => decisionIndex.get(id)!)),
      external: column((t) => t.external),
    },
  };
}

export function unpackRoadmap(p: PackedRoadmap): Roadmap {
  const { tasks: c, workers, ...rest } = p;
  const epoch = dayNumber(p.startDate);
  const onPath = new Set(p.criticalPath);
  const date = (d: number | null) => (d === null ? null : isoOfDay(epoch + d));
  const tasks: RoadmapTask[] = c.id.map((id, i) => ({
    id,
    phaseId: p.phases[c.phase[i]!]!.id,
    title: c.title[i]!,
    key: c.key[i]!,
    status: c.status[i]!,
    owner: c.owner[i]!,
    worker: c.worker[i]! >= 0 ? workers[c.worker[i]!]! : null,
    start: date(c.start[i]!),
    finish: date(c.finish[i]!),
    float: c.float[i]!,
    critical: onPath.has(id),
    criticality: c.criticality[i]!,
    estimated: (c.flags[i]! & FLAG.unestimated) === 0,
    slipping: (c.flags[i]! & FLAG.slipping) !== 0,
    overflow: (c.flags[i]! & FLAG.overflow) !== 0,
    dependsOn: c.dependsOn[i]!.map((k) => c.id[k]!),
    heldBy: c.heldBy[i]!.map((k) => p.decisions[k]!.id),
    external: c.external[i]!,
  }));
  return { ...rest, tasks };
}
