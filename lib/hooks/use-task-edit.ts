"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { isAppError } from "@/lib/errors";
import type { ApiPlan, ApiTask, TaskPatch } from "@/lib/plan/contract";
import { STATUS_LABEL } from "@/lib/plan/labels";
import { estimateLabel, fieldLabel, type EditableTaskField } from "@/lib/plan/task-fields";
import { findTask, mapTask } from "./plan-cache";
import { planKeys, useUpdateTask } from "./use-plans";

/** A task edit as the panel makes it (title and dependencies ride along once the API takes them). */
export type TaskEdit = Omit<TaskPatch, "version"> & { title?: string; dependsOn?: string[] };

export type EditOutcome = { ok: true } | { ok: false; message: string; conflict: boolean };

/**
 * Optimistic task edits with rollback. The cache changes in the same tick as the click (a
 * controlled select changed a tick later is first put back by React); a refusal puts the
 * task's previous fields back, and a conflict (someone saved first) reloads the plan and says
 * what the field holds now.
 */
export function useTaskEdit(planId: string) {
  const qc = useQueryClient();
  const update = useUpdateTask(planId);
  const key = planKeys.detail(planId);
  return useCallback(
    (task: ApiTask, edit: TaskEdit, done?: (outcome: EditOutcome) => void) => {
      const before = findTask(qc.getQueryData<ApiPlan>(key), task.id) ?? task;
      const current = qc.getQueryData<ApiPlan>(key);
      if (current) qc.setQueryData<ApiPlan>(key, mapTask(current, task.id, (t) => optimistic(t, edit)));
      update.mutate(
        { taskId: task.id, patch: { ...edit, version: before.version } as TaskPatch },
        {
          onSuccess: () => done?.({ ok: true }),
          onError: async (err) => {
            const now = qc.getQueryData<ApiPlan>(key);
            if (now) qc.setQueryData<ApiPlan>(key, mapTask(now, task.id, (t) => restore(t, before, edit)));
            if (isAppError(err) && err.code === "conflict") {
              await qc.refetchQueries({ queryKey: key, exact: true });
              const fresh = findTask(qc.getQueryData<ApiPlan>(key), task.id);
              done?.({ ok: false, conflict: true, message: conflictMessage(before, fresh, edit) });
              return;
            }
            done?.({ ok: false, conflict: false, message: isAppError(err) ? err.message : "Could not save the task." });
          },
        },
      );
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [qc, planId, update.mutate],
  );
}

function optimistic(t: ApiTask, edit: TaskEdit): ApiTask {
  const { estimate, dependsOn, ...fields } = edit;
  const next: ApiTask = { ...t, ...fields } as ApiTask;
  if (estimate !== undefined) next.estimate = typeof estimate === "string" || estimate === null ? t.estimate : estimate;
  if (dependsOn) next.dependsOn = dependsOn;
  return next;
}

function restore(t: ApiTask, before: ApiTask, edit: TaskEdit): ApiTask {
  const back: Partial<ApiTask> = {};
  for (const f of Object.keys(edit) as Array<keyof TaskEdit>) (back as Record<string, unknown>)[f] = before[f as keyof ApiTask];
  return { ...t, ...back };
}

export function conflictMessage(before: ApiTask, fresh: ApiTask | undefined, edit: TaskEdit): string {
  if (!fresh) return "This task was removed by someone else.";
  const fields = (Object.keys(edit) as EditableTaskField[]).filter((f) => f in edit);
  const now = fields.map((f) => `${fieldLabel(f)} is now “${valueText(fresh, f)}”`).join(", ");
  return `Someone else changed “${before.title}” first: ${now}. Your change was not saved; make it again if it still applies.`;
}

function valueText(task: ApiTask, field: EditableTaskField): string {
  switch (field) {
    case "estimate":
      return estimateLabel(task.estimate);
    case "dependsOn":
      return task.dependsOn.join(", ") || "none";
    case "status":
      return STATUS_LABEL[task.status];
    default: {
      const v = task[field];
      return v === null || v === "" ? "none" : String(v);
    }
  }
}
