"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { isAppError } from "@/lib/errors";
import { apiFetch } from "@/lib/api/client";
import type { ApiTask, TaskPatch } from "@/lib/plan/contract";
import { STATUS_LABEL } from "@/lib/plan/labels";
import { estimateLabel, fieldLabel, type EditableTaskField } from "@/lib/plan/task-fields";
import { taskReply, type TaskDetail, type TaskLite } from "@/lib/plan/views";
import { applyToViews, findViewTask, SAME_VERSION } from "./plan-views";
import { useUpdateTask } from "./use-plans";

/** A task edit as the panel makes it (title and dependencies ride along once the API takes them). */
export type TaskEdit = Omit<TaskPatch, "version"> & { title?: string; dependsOn?: string[] };

export type EditOutcome = { ok: true } | { ok: false; message: string; conflict: boolean };

/**
 * Optimistic task edits with rollback, in every page view that shows the task. The views change
 * in the same tick as the click (a controlled select changed a tick later is first put back by
 * React); a refusal puts the task's previous fields back, and a conflict (someone saved first)
 * loads that one task again and says what the field holds now.
 */
export function useTaskEdit(planId: string) {
  const qc = useQueryClient();
  const update = useUpdateTask(planId);
  return useCallback(
    (task: ApiTask | TaskLite, edit: TaskEdit, done?: (outcome: EditOutcome) => void) => {
      const before = findViewTask(qc, planId, task.id) ?? task;
      applyToViews(qc, planId, taskReply(optimistic(before, edit), SAME_VERSION), true);
      update.mutate(
        { taskId: task.id, patch: { ...edit, version: before.version } as TaskPatch },
        {
          onSuccess: () => done?.({ ok: true }),
          onError: async (err) => {
            applyToViews(qc, planId, taskReply(restore(before, edit), SAME_VERSION), true);
            if (isAppError(err) && err.code === "conflict") {
              const fresh = await apiFetch<TaskDetail>(
                `/api/plans/${encodeURIComponent(planId)}/tasks/${encodeURIComponent(task.id)}`,
              ).catch(() => undefined);
              if (fresh) {
                const { checklist: _c, criteria: _k, ...fields } = fresh.task;
                applyToViews(qc, planId, taskReply(fields, SAME_VERSION), true);
              }
              done?.({ ok: false, conflict: true, message: conflictMessage(before, fresh?.task, edit) });
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

type Fields = Pick<ApiTask, "id" | "phaseId"> & Partial<ApiTask>;

function optimistic(t: ApiTask | TaskLite, edit: TaskEdit): Fields {
  const { estimate, dependsOn, ...fields } = edit;
  const next: Fields = { id: t.id, phaseId: t.phaseId, ...fields } as Fields;
  // An estimate is typed as text: its hours are known once the server has parsed it.
  if (estimate !== undefined && typeof estimate !== "string" && estimate !== null) next.estimate = estimate;
  if (dependsOn) next.dependsOn = dependsOn;
  return next;
}

function restore(before: ApiTask | TaskLite, edit: TaskEdit): Fields {
  const back: Fields = { id: before.id, phaseId: before.phaseId };
  for (const f of Object.keys(edit)) (back as Record<string, unknown>)[f] = (before as Record<string, unknown>)[f];
  return back;
}

export function conflictMessage(before: Pick<ApiTask, "title">, fresh: ApiTask | undefined, edit: TaskEdit): string {
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
