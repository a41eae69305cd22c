import type { Model } from "./model";

/** Scratch arrays of one scheduling pass; allocated once per forecast and reused by every run. */
export interface PassBuffers {
  duration: Float64Array;
  /** Random numbers of one run, one per sampled node. */
  uniforms: Float64Array;
  start: Float64Array;
  finish: Float64Array;
  lateFinish: Float64Array;
  /** 1 where the node has zero float and counts for criticality (a task that is not done). */
  critical: Uint8Array;
  phaseFinish: Float64Array;
}

export function makeBuffers(m: Model): PassBuffers {
  return {
    duration: new Float64Array(m.n),
    uniforms: new Float64Array(m.sampled.length),
    start: new Float64Array(m.n),
    finish: new Float64Array(m.n),
    lateFinish: new Float64Array(m.n),
    critical: new Uint8Array(m.n),
    phaseFinish: new Float64Array(m.phases + 1),
  };
}

export const EPS = 1e-7;

/**
 * One pass with the durations in `b.duration`: the forward pass places every node at the latest
 * of its release, its dependencies' ends and its worker's previous task (the worker orders are
 * fixed by the placement, so finish dates only grow with durations); the backward pass gives
 * each node its latest finish that does not move the plan's end (critical path method over the
 * dependencies and the worker orders). Returns the plan's finish. Allocates nothing.
 */
export function runPass(m: Model, b: PassBuffers): number {
  const { n, release, fixedStart, fixedFinish, predStart, pred, succStart, succ, workerPrev, workerNext, phase, floating } = m;
  const { duration, start, finish, lateFinish, critical, phaseFinish } = b;
  phaseFinish.fill(-Infinity);
  let end = 0;
  for (let i = 0; i < n; i++) {
    const ff = fixedFinish[i]!;
    let s: number;
    let f: number;
    if (ff === ff) {
      s = fixedStart[i]!;
      f = ff;
    } else {
      s = release[i]!;
      for (let k = predStart[i]!, e = predStart[i + 1]!; k < e; k++) {
        const pf = finish[pred[k]!]!;
        if (pf > s) s = pf;
      }
      const wp = workerPrev[i]!;
      if (wp >= 0 && finish[wp]! > s) s = finish[wp]!;
      f = s + duration[i]!;
    }
    start[i] = s;
    finish[i] = f;
    if (f > end) end = f;
    const p = phase[i]!;
    if (f > phaseFinish[p]!) phaseFinish[p] = f;
  }
  for (let i = n - 1; i >= 0; i--) {
    let lf = end;
    for (let k = succStart[i]!, e = succStart[i + 1]!; k < e; k++) {
      const s = succ[k]!;
      const ls = lateFinish[s]! - duration[s]!;
      if (ls < lf) lf = ls;
    }
    const wn = workerNext[i]!;
    if (wn >= 0) {
      const ls = lateFinish[wn]! - duration[wn]!;
      if (ls < lf) lf = ls;
    }
    lateFinish[i] = lf;
    critical[i] = floating[i]! & (lf - finish[i]! < EPS ? 1 : 0);
  }
  return end;
}

