"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch, planUploadInit, type PlanSource } from "@/lib/api/client";
import type { ApiItem, ApiPlan, ApiTask, ItemResult, Plan, ReimportDiff, TaskPatch, TaskResult } from "@/lib/plan/contract";
import { applyItemResult, applyTaskResult } from "@/lib/plan/changes";

export const planKeys = {
  all: ["plans"] as const,
  list: () => [...planKeys.all, "list"] as const,
  detail: (planId: string) => [...planKeys.all, "detail", planId] as const,
  /** The polling fallback of the live stream (lib/hooks/use-plan-live.ts). */
  changes: (planId: string) => [...planKeys.all, "changes", planId] as const,
};

export function usePlan(planId: string, initialData?: ApiPlan) {
  return useQuery({
    queryKey: planKeys.detail(planId),
    queryFn: () => apiFetch<ApiPlan>(`/api/plans/${encodeURIComponent(planId)}`),
    initialData,
  });
}

export type PlanPreview = Plan & { source?: string };

/** Parse on the server without storing anything (the import page's preview). */
export function usePreviewPlan() {
  return useMutation({
    mutationFn: (source: PlanSource) => apiFetch<PlanPreview>("/api/plans/preview?source=1", planUploadInit(source)),
  });
}

export function useImportPlan() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (source: PlanSource) => apiFetch<ApiPlan>("/api/plans", planUploadInit(source)),
    onSuccess: () => qc.invalidateQueries({ queryKey: planKeys.list() }),
  });
}

function mapItems(plan: ApiPlan, fn: (item: ApiItem) => ApiItem): ApiPlan {
  const items = (list: ApiItem[]) => list.map(fn);
  return {
    ...plan,
    criteria: items(plan.criteria),
    phases: plan.phases.map((phase) => ({
      ...phase,
      checklist: items(phase.checklist),
      tasks: phase.tasks.map((task) => ({ ...task, checklist: items(task.checklist), criteria: items(task.criteria) })),
    })),
  };
}

function mapTask(plan: ApiPlan, taskId: string, fn: (task: ApiTask) => ApiTask): ApiPlan {
  return {
    ...plan,
    phases: plan.phases.map((phase) => ({
      ...phase,
      tasks: phase.tasks.map((task) => (task.id === taskId ? fn(task) : task)),
    })),
  };
}

/**
 * Tick / untick a checkbox, optimistically; rolls back if the server refuses. The optimistic
 * write happens in the click itself: a controlled checkbox whose state changes only in a later
 * tick is first put back by React, and a quick second look sees the click "do nothing".
 */
export function useSetItemDone(planId: string) {
  const qc = useQueryClient();
  const key = planKeys.detail(planId);
  const setDone = (itemId: string, done: boolean) => {
    const current = qc.getQueryData<ApiPlan>(key);
    if (current) qc.setQueryData<ApiPlan>(key, mapItems(current, (i) => (i.id === itemId ? { ...i, done } : i)));
  };
  const mutation = useMutation({
    mutationFn: ({ itemId, done }: { itemId: string; done: boolean }) =>
      apiFetch<ItemResult>(`/api/plans/${encodeURIComponent(planId)}/items/${encodeURIComponent(itemId)}`, {
        method: "PATCH",
        json: { done },
      }),
    // A refetch still on its way must not overwrite the tick (a manual write is what a cancel restores).
    onMutate: () => qc.cancelQueries({ queryKey: key }),
    // The reply is the item as stored: written into the cache, no refetch of the whole plan.
    onSuccess: (result) => {
      const current = qc.getQueryData<ApiPlan>(key);
      if (current && result) qc.setQueryData<ApiPlan>(key, applyItemResult(current, result));
    },
    onError: (_err, { itemId, done }) => setDone(itemId, !done),
    onSettled: () => void qc.invalidateQueries({ queryKey: planKeys.list(), refetchType: "none" }),
  });
  const mutate: typeof mutation.mutate = (variables, options) => {
    setDone(variables.itemId, variables.done);
    mutation.mutate(variables, options);
  };
  return { ...mutation, mutate };
}

/** Edit a task's status / owner / priority / estimate, optimistically; a stale version → 409. */
export function useUpdateTask(planId: string) {
  const qc = useQueryClient();
  const key = planKeys.detail(planId);
  return useMutation({
    mutationFn: ({ taskId, patch }: { taskId: string; patch: TaskPatch }) =>
      apiFetch<TaskResult>(
        `/api/plans/${encodeURIComponent(planId)}/tasks/${encodeURIComponent(taskId)}`,
        { method: "PATCH", json: patch },
      ),
    onMutate: async ({ taskId, patch }) => {
      await qc.cancelQueries({ queryKey: key });
      const previous = qc.getQueryData<ApiPlan>(key);
      if (previous) {
        const { version: _version, estimate: _estimate, ...fields } = patch;
        qc.setQueryData<ApiPlan>(key, mapTask(previous, taskId, (t) => ({ ...t, ...fields })));
      }
      return { previous };
    },
    onSuccess: (updated) => {
      const current = qc.getQueryData<ApiPlan>(key);
      if (current && updated) qc.setQueryData<ApiPlan>(key, applyTaskResult(current, updated));
    },
    onError: (_err, _vars, context) => {
      if (context?.previous) qc.setQueryData(key, context.previous);
      // A conflict or refusal: show what the server has now.
      void qc.invalidateQueries({ queryKey: key });
    },
    onSettled: () => void qc.invalidateQueries({ queryKey: planKeys.list(), refetchType: "none" }),
  });
}

export function useReimport(planId: string) {
  const qc = useQueryClient();
  const base = `/api/plans/${encodeURIComponent(planId)}/reimport`;
  const preview = useMutation({
    mutationFn: (source: PlanSource) => apiFetch<ReimportDiff>(`${base}?preview=1`, planUploadInit(source)),
  });
  const apply = useMutation({
    mutationFn: (source: PlanSource) => apiFetch<unknown>(base, planUploadInit(source)),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: planKeys.detail(planId) });
      void qc.invalidateQueries({ queryKey: planKeys.list() });
    },
  });
  return { preview, apply };
}
