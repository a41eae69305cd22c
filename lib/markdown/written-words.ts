import type { Status } from "@/lib/plan/contract";

/**
 * The words write-back writes, as data: each one reads back (through the vocabulary tables) as
 * the value it was written for.
 */

/** A `Status:` field value or a table status cell. */
export const STATUS_WORD: Record<Status, string> = {
  todo: "To do",
  in_progress: "In progress",
  done: "Done",
  blocked: "Blocked",
  deferred: "Deferred",
};

/** The inline mark of a status (`Fix it (blocked)`); a ticked box says done by itself. */
export const STATUS_MARK: Record<Status, string> = {
  todo: "(to do)",
  in_progress: "(in progress)",
  done: "(done)",
  blocked: "(blocked)",
  deferred: "(deferred)",
};

/** Field names of a new field line or inline field. */
export const FIELD_LABEL = {
  status: "Status",
  estimate: "Effort",
  owner: "Owner",
  priority: "Priority",
  dependsOn: "Depends on",
} as const;

/** A priority that says "none of its own". */
export const NO_PRIORITY = "None";
/** An estimate or owner that says "not known yet". */
export const UNKNOWN = "TBD";

/** `(depends on PAY-1, PAY-2)`: the inline mark of dependencies; `— depends on` replaces a `— blocked by`. */
export const DEPENDS_MARK = "depends on";
