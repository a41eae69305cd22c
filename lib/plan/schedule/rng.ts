/**
 * sfc32 (Chris Doty-Humphrey's Small Fast Chaotic generator, from PractRand), seeded through
 * splitmix32. Small, well known and statistically sound for simulation; not for secrets. Each
 * Monte Carlo run gets its own generator from (seed, run), so any single run can be replayed.
 */
export class Sfc32 {
  // Public so that the scheduling pass can keep the state in locals for its loop (pass.ts).
  a = 0;
  b = 0;
  c = 0;
  d = 0;

  constructor(seed: number, stream = 0) {
    this.reseed(seed, stream);
  }

  reseed(seed: number, stream: number): void {
    const s = (seed ^ Math.imul(stream + 1, 0x9e3779b9)) >>> 0;
    this.a = splitmix32(s + 0x9e3779b9);
    this.b = splitmix32(s + 0x3c6ef372);
    this.c = splitmix32(s + 0xdaa66d2b);
    this.d = 1;
    for (let i = 0; i < 12; i++) this.nextUint32();
  }

  nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.nextUint32() / 4294967296;
  }
}

/** The output function of splitmix32 at state `s`. */
function splitmix32(s: number): number {
  let z = s >>> 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}
