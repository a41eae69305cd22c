// Types for scripts/build-worker.mjs (the integration tests' set-up and the benchmarks call it).
export const WORKER_OUT: string;
export const ROADMAP_WORKER_OUT: string;
export function buildWorker(): Promise<string>;
