import type { ScheduleDecisionInput, SchedulePhaseInput, ScheduleTaskInput } from "./types";

/** What a dependency that names no task refers to. */
export type WaitTarget =
  { kind: "decision"; decision: number } | { kind: "phase"; phase: number } | { kind: "external"; text: string };

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
const PHASE_REF = /\bphase\s+([0-9]+[a-z]?)\b/i;

/** `Phase 1 complete` → that phase; a text naming a decision's title → the decision; else external. */
export function resolveWait(
  text: string,
  phases: SchedulePhaseInput[],
  decisions: ScheduleDecisionInput[],
): WaitTarget {
  const m = PHASE_REF.exec(text);
  if (m) {
    const key = m[1]!.toLowerCase();
    const phase = phases.findIndex((p) => p.key?.toLowerCase() === key);
    if (phase >= 0) return { kind: "phase", phase };
  }
  const t = norm(text);
  for (let d = 0; d < decisions.length; d++) {
    const title = norm(decisions[d]!.title);
    if (title.length >= 4 && (t.includes(title) || (t.length >= 4 && title.includes(t))))
      return { kind: "decision", decision: d };
  }
  return { kind: "external", text };
}

/**
 * Strongly connected components of the task dependency graph (iterative Tarjan: a plan's chain
 * can be thousands long). `deps[i]` are the tasks task i waits for. Returns the components with
 * more than one task (or a task waiting for itself), each in document order.
 */
export function findCycles(deps: number[][]): number[][] {
  const n = deps.length;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  const cycles: number[][] = [];
  let counter = 0;
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    const work: [number, number][] = [[root, 0]];
    while (work.length) {
      const frame = work[work.length - 1]!;
      const [v, i] = frame;
      if (i === 0) {
        index[v] = low[v] = counter++;
        stack.push(v);
        onStack[v] = 1;
      }
      const edges = deps[v]!;
      if (i < edges.length) {
        frame[1] = i + 1;
        const w = edges[i]!;
        if (index[w] === -1) work.push([w, 0]);
        else if (onStack[w]) low[v] = Math.min(low[v]!, index[w]!);
        continue;
      }
      work.pop();
      if (work.length) {
        const parent = work[work.length - 1]![0];
        low[parent] = Math.min(low[parent]!, low[v]!);
      }
      if (low[v] === index[v]) {
        const comp: number[] = [];
        let w: number;
        do {
          w = stack.pop()!;
          onStack[w] = 0;
          comp.push(w);
        } while (w !== v);
        if (comp.length > 1 || edges.includes(v)) cycles.push(comp.sort((a, b) => a - b));
      }
    }
  }
  return cycles.sort((a, b) => a[0]! - b[0]!);
}

/**
 * Breaks every cycle by dropping, inside each cycle, the dependencies on a task that comes later
 * in the document (what is written later is more likely the mistake). What is left of a
 * component only points backwards, so the graph is acyclic.
 */
export function breakCycles(deps: number[][], cycles: number[][]): number[][] {
  const comp = new Int32Array(deps.length).fill(-1);
  cycles.forEach((c, k) => c.forEach((t) => (comp[t] = k)));
  return deps.map((ds, t) => (comp[t] === -1 ? ds : ds.filter((d) => comp[d] !== comp[t] || d < t)));
}

export function indexTasks(tasks: ScheduleTaskInput[]): Map<string, number> {
  const byId = new Map<string, number>();
  tasks.forEach((t, i) => byId.set(t.id, i));
  return byId;
}
