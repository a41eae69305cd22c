"use client";

import { useState } from "react";
import { isAppError } from "@/lib/errors";
import { useSetItemDone, useUpdateTask } from "@/lib/hooks/use-plans";
import type { ApiItem, ApiTask, TaskPatch } from "@/lib/plan/contract";

export type ToggleItem = (item: ApiItem, done: boolean) => void;
export type UpdateTask = (task: ApiTask, patch: Omit<TaskPatch, "version">) => void;

/** The plan page's two edits (tick, task fields) and the one error line they share. */
export function usePlanEdits(planId: string): { toggle: ToggleItem; update: UpdateTask; error: string | null } {
  const setItem = useSetItemDone(planId);
  const updateTask = useUpdateTask(planId);
  const [error, setError] = useState<string | null>(null);

  const toggle: ToggleItem = (item, done) => {
    setError(null);
    setItem.mutate(
      { itemId: item.id, done },
      { onError: (err) => setError(isAppError(err) ? err.message : "Could not save the checkbox.") },
    );
  };
  const update: UpdateTask = (task, patch) => {
    setError(null);
    updateTask.mutate(
      { taskId: task.id, patch: { ...patch, version: task.version } },
      { onError: (err) => setError(taskErrorMessage(err, task)) },
    );
  };
  return { toggle, update, error };
}

function taskErrorMessage(err: unknown, task: ApiTask): string {
  if (!isAppError(err)) return "Could not save the task.";
  if (err.code === "conflict") {
    return `“${task.title}” was changed by someone else; the latest version is shown now. Make your edit again.`;
  }
  return err.message;
}
