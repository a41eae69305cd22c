import type { Model } from "./model";
import type { Sfc32 } from "./rng";

/** Scratch arrays of one scheduling pass; allocated once per forecast and reused by every run. */
export interface PassBuffers {
  duration: Float64Array;
  start: Float64Array;
  finish: Float64Array;
  lateFinish: Float64Array;
  /** Per node: in how many passes it had zero float (a task that is not done); the criticality count. */
  counts: Uint32Array;
  phaseFinish: Float64Array;
}

export function makeBuffers(m: Model): PassBuffers {
  return {
    duration: new Float64Array(m.n),
    start: new Float64Array(m.n),
    finish: new Float64Array(m.n),
    lateFinish: new Float64Array(m.n),
    counts: new Uint32Array(m.n),
    phaseFinish: new Float64Array(m.phases + 1),
  };
}

export const EPS = 1e-7;

/**
 * One pass. The forward pass places every node at the latest of its release, its dependencies'
 * ends and its worker's previous task (the worker orders are fixed by the placement, so finish
 * dates only grow with durations); the backward pass gives each node its latest finish that does
 * not move the plan's end (critical path method over the dependencies and the worker orders) and
 * counts the nodes with zero float in `b.counts`. Returns the plan's finish. Allocates nothing.
 *
 * Durations come from `b.duration`. With `rng`, each node whose duration is a range (m.tri[2i]
 * > 0) first draws its own, in node order, one 32-bit number each: triangular between its low
 * and high end with its mode where the model puts it (the middle of a min-max range; for a
 * single-number estimate, the plan's spread). The draw is Stein and Keblis' (2009): with two
 * uniforms, (1 - k) min + k max is triangular on [0, 1] with its mode at k; the two uniforms are
 * the number's two 16-bit halves, and (1 - k) min + k max is their mean plus (k - 1/2) times
 * their distance. No square root and no branch on the draw, and sampling inside
 * the forward loop with the generator's state in locals: a Monte Carlo run costs about what a
 * deterministic pass does (see bench:roadmap).
 */
export function runPass(m: Model, b: PassBuffers, rng: Sfc32 | null = null): number {
  const { n, release, fixedStart, fixedFinish, predStart, pred, workerPrev, phase, lo, tri } = m;
  const { duration, start, finish, phaseFinish } = b;
  const sampling = rng !== null;
  let ra = 0,
    rb = 0,
    rc = 0,
    rd = 0;
  if (rng) {
    ra = rng.a;
    rb = rng.b;
    rc = rng.c;
    rd = rng.d;
  }
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
      let d = duration[i]!;
      const half = tri[2 * i]!;
      if (sampling && half > 0) {
        // sfc32, inlined: the same numbers as Sfc32.nextUint32.
        const t = (((ra + rb) | 0) + rd) | 0;
        rd = (rd + 1) | 0;
        ra = rb ^ (rb >>> 9);
        rb = (rc + (rc << 3)) | 0;
        rc = (rc << 21) | (rc >>> 11);
        rc = (rc + t) | 0;
        // (1 - k) min + k max = (u + v) / 2 + (k - 1/2) |u - v|, with |u - v| without a branch.
        const diff = (t & 0xffff) - (t >>> 16);
        const sign = diff >> 31;
        d = lo[i]! + half * ((t & 0xffff) + (t >>> 16) + 1) + tri[2 * i + 1]! * ((diff ^ sign) - sign);
        duration[i] = d;
      }
      f = s + d;
    }
    start[i] = s;
    finish[i] = f;
    if (f > end) end = f;
    const p = phase[i]!;
    if (f > phaseFinish[p]!) phaseFinish[p] = f;
  }
  if (rng) {
    rng.a = ra;
    rng.b = rb;
    rng.c = rc;
    rng.d = rd;
  }
  backward(m, b, end);
  return end;
}

function backward(m: Model, b: PassBuffers, end: number): void {
  const { n, succStart, succ, workerNext, floating } = m;
  const { duration, finish, lateFinish, counts } = b;
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
    counts[i]! += floating[i]! & (lf - finish[i]! < EPS ? 1 : 0);
  }
}
