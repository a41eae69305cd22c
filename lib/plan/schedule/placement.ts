/**
 * Serial schedule generation, run once per forecast on the middle of every estimate range:
 * tasks are taken in priority order among those whose dependencies are placed (Kahn's algorithm
 * over a heap), each at the earliest time its dependencies have ended and its worker is free,
 * filling a worker's earlier gaps when the task fits there. A worker does one task at a time.
 * The order each worker ends up with is then fixed for every Monte Carlo run (see model.ts).
 */

export interface PlacementInput {
  count: number;
  preds: number[][];
  /** Lower key first. */
  key: Float64Array;
  release: Float64Array;
  duration: Float64Array;
  /** NaN unless the node's dates are fixed (a done task). */
  fixedStart: Float64Array;
  fixedFinish: Float64Array;
  /** -2: takes no worker (milestone or fixed); -1: any unnamed worker; else a named worker. */
  group: Int32Array;
  namedWorkers: number;
  unnamedWorkers: number;
}

export interface Placement {
  start: Float64Array;
  finish: Float64Array;
  worker: Int32Array;
  /** Position in the order nodes were taken. */
  taken: Int32Array;
}

class MinHeap {
  private items: number[] = [];
  constructor(private readonly key: Float64Array) {}
  get size() {
    return this.items.length;
  }
  push(v: number) {
    const a = this.items;
    a.push(v);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (this.key[a[p]!]! <= this.key[v]!) break;
      a[i] = a[p]!;
      i = p;
    }
    a[i] = v;
  }
  pop(): number {
    const a = this.items;
    const top = a[0]!;
    const last = a.pop()!;
    if (a.length) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= a.length) break;
        const c = l + 1 < a.length && this.key[a[l + 1]!]! < this.key[a[l]!]! ? l + 1 : l;
        if (this.key[a[c]!]! >= this.key[last]!) break;
        a[i] = a[c]!;
        i = c;
      }
      a[i] = last;
    }
    return top;
  }
}

/** Busy intervals of one worker, sorted by start. */
class Lane {
  starts: number[] = [];
  finishes: number[] = [];
  /** Earliest start at or after `ready` with room for `d`, and where it would be inserted. */
  fit(ready: number, d: number): [number, number] {
    const { starts, finishes } = this;
    let lo = 0;
    let hi = finishes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (finishes[mid]! <= ready) lo = mid + 1;
      else hi = mid;
    }
    let t = ready;
    for (let j = lo; j < starts.length; j++) {
      if (t + d <= starts[j]! + 1e-9) return [t, j];
      t = Math.max(t, finishes[j]!);
    }
    return [t, starts.length];
  }
  insert(at: number, s: number, f: number) {
    this.starts.splice(at, 0, s);
    this.finishes.splice(at, 0, f);
  }
}

function successorsOf(count: number, preds: number[][]): number[][] {
  const succ: number[][] = Array.from({ length: count }, () => []);
  preds.forEach((ps, v) => ps.forEach((p) => succ[p]!.push(v)));
  return succ;
}

export function place(input: PlacementInput): Placement {
  const { count, preds, key } = input;
  const start = new Float64Array(count);
  const finish = new Float64Array(count);
  const worker = new Int32Array(count).fill(-1);
  const taken = new Int32Array(count).fill(-1);
  const lanes = Array.from({ length: input.namedWorkers + input.unnamedWorkers }, () => new Lane());
  const succ = successorsOf(count, preds);
  const missing = Int32Array.from(preds, (p) => p.length);
  const heap = new MinHeap(key);
  for (let v = 0; v < count; v++) if (missing[v] === 0) heap.push(v);
  for (let done = 0; done < count; done++) {
    // A cycle the caller did not break (through phase order) leaves nothing ready: release the
    // earliest waiting node; its unplaced dependencies are dropped by the caller.
    const v = heap.size ? heap.pop() : forceNext(taken, key);
    taken[v] = done;
    placeOne(input, v, lanes, start, finish, worker, taken);
    for (const s of succ[v]!) if (--missing[s]! === 0 && taken[s] === -1) heap.push(s);
  }
  return { start, finish, worker, taken };
}

function forceNext(taken: Int32Array, key: Float64Array): number {
  let best = -1;
  for (let v = 0; v < taken.length; v++) if (taken[v] === -1 && (best === -1 || key[v]! < key[best]!)) best = v;
  return best;
}

function placeOne(
  input: PlacementInput,
  v: number,
  lanes: Lane[],
  start: Float64Array,
  finish: Float64Array,
  worker: Int32Array,
  taken: Int32Array,
) {
  if (!Number.isNaN(input.fixedFinish[v]!)) {
    start[v] = input.fixedStart[v]!;
    finish[v] = input.fixedFinish[v]!;
    return;
  }
  let ready = input.release[v]!;
  for (const p of input.preds[v]!)
    if (taken[p] !== -1 && taken[p]! < taken[v]! && finish[p]! > ready) ready = finish[p]!;
  const d = input.duration[v]!;
  const group = input.group[v]!;
  if (group === -2) {
    start[v] = ready;
    finish[v] = ready + d;
    return;
  }
  let best: [number, number] = [Infinity, 0];
  let bestWorker = group;
  const candidates = group >= 0 ? [group] : range(input.namedWorkers, input.namedWorkers + input.unnamedWorkers);
  for (const w of candidates) {
    const fit = lanes[w]!.fit(ready, d);
    if (fit[0] < best[0]) [best, bestWorker] = [fit, w];
  }
  lanes[bestWorker]!.insert(best[1], best[0], best[0] + d);
  start[v] = best[0];
  finish[v] = best[0] + d;
  worker[v] = bestWorker;
}

const range = (a: number, b: number) => Array.from({ length: b - a }, (_, i) => a + i);
