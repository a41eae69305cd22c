import type { Priority, Status } from "./contract";

/** How statuses and priorities read in the UI (the engine's words for them are in lib/markdown/vocabulary.ts). */

export const STATUS_LABEL: Record<Status, string> = {
  todo: "To do",
  in_progress: "In progress",
  done: "Done",
  blocked: "Blocked",
  deferred: "Deferred",
};

/** The order statuses are shown in bars and legends: finished work first. */
export const STATUS_ORDER: readonly Status[] = ["done", "in_progress", "blocked", "todo", "deferred"];

export const PRIORITY_TITLE: Record<Priority, string> = {
  P0: "P0 · critical",
  P1: "P1 · high",
  P2: "P2 · medium",
  P3: "P3 · low",
};
