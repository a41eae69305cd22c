/**
 * The contract's enum values without zod: browser code imports them from here, so that the
 * schemas (and zod, ~60 kB of the first load) stay out of client bundles. plan.ts builds the
 * schemas from these and re-exports them.
 */
export const STATUSES = ["todo", "in_progress", "done", "blocked", "deferred"] as const;
export const PRIORITIES = ["P0", "P1", "P2", "P3"] as const;
export const ENCODINGS = ["cp1252", "mac_roman"] as const;
export const TARGET_OPS = ["<", "<=", ">", ">=", "="] as const;
