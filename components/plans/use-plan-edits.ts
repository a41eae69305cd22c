"use client";

import { useState } from "react";
import { isAppError } from "@/lib/errors";
import { useSetItemDone } from "@/lib/hooks/use-plans";
import { useTaskEdit } from "@/lib/hooks/use-task-edit";
import type { ApiItem, ApiTask, TaskPatch } from "@/lib/plan/contract";

export type ToggleItem = (item: ApiItem, done: boolean) => void;
export type UpdateTask = (task: ApiTask, patch: Omit<TaskPatch, "version">) => void;

/** The overview's two edits (tick, task fields) and the one error line they share. */
export function usePlanEdits(planId: string): { toggle: ToggleItem; update: UpdateTask; error: string | null } {
  const setItem = useSetItemDone(planId);
  const editTask = useTaskEdit(planId);
  const [error, setError] = useState<string | null>(null);

  const toggle: ToggleItem = (item, done) => {
    setError(null);
    setItem.mutate(
      { item, done },
      { onError: (err) => setError(isAppError(err) ? err.message : "Could not save the checkbox.") },
    );
  };
  const update: UpdateTask = (task, patch) => {
    setError(null);
    editTask(task, patch, (o) => {
      if (!o.ok) setError(o.message);
    });
  };
  return { toggle, update, error };
}
