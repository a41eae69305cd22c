import type { Roadmap, RoadmapPhase, RoadmapTask } from "@/lib/plan/schedule";

export type Row =
  | { kind: "phase"; phase: RoadmapPhase; index: number; expanded: boolean; tasks: number }
  | { kind: "task"; task: RoadmapTask };

/** Above this many task rows a timeline shows phases only until one is opened. */
export const EXPAND_ALL_UP_TO = 120;
/** Task rows drawn at most (a phase opened on a huge plan shows its first tasks). */
export const MAX_TASK_ROWS = 400;

/** Which phases show their tasks: `open` from the URL (`all`, `none` or phase ids), else all on small plans. */
export function expandedPhases(roadmap: Roadmap, open: string | undefined): Set<string> {
  const scheduled = roadmap.tasks.filter((t) => t.start !== null).length;
  if (open === "all" || (open === undefined && scheduled <= EXPAND_ALL_UP_TO))
    return new Set(roadmap.phases.map((p) => p.id));
  if (!open || open === "none") return new Set();
  return new Set(open.split(","));
}

export function timelineRows(roadmap: Roadmap, expanded: Set<string>): { rows: Row[]; hiddenTasks: number } {
  const byPhase = new Map<string, RoadmapTask[]>();
  for (const t of roadmap.tasks)
    if (t.start !== null) (byPhase.get(t.phaseId) ?? byPhase.set(t.phaseId, []).get(t.phaseId)!).push(t);
  const rows: Row[] = [];
  let taskRows = 0;
  let hiddenTasks = 0;
  roadmap.phases.forEach((phase, index) => {
    const tasks = byPhase.get(phase.id) ?? [];
    const open = expanded.has(phase.id) && tasks.length > 0;
    rows.push({ kind: "phase", phase, index, expanded: open, tasks: tasks.length });
    if (!open) return;
    for (const task of tasks) {
      if (taskRows >= MAX_TASK_ROWS) hiddenTasks++;
      else {
        rows.push({ kind: "task", task });
        taskRows++;
      }
    }
  });
  return { rows, hiddenTasks };
}

/** The dates a timeline must show. */
export function timelineDates(roadmap: Roadmap, baseline: Roadmap | null): string[] {
  const out = [roadmap.today, roadmap.startDate, roadmap.finish.p85, roadmap.finish.latest];
  if (roadmap.targetDate) out.push(roadmap.targetDate);
  for (const p of roadmap.phases) {
    if (p.start) out.push(p.start);
    if (p.finish) out.push(p.finish);
    if (p.window) out.push(p.window.from, p.window.to);
  }
  for (const d of roadmap.decisions) if (d.due && d.status === "open") out.push(d.due);
  if (baseline) for (const p of baseline.phases) if (p.start && p.finish) out.push(p.start, p.finish);
  return out;
}
