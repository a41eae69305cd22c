"use client";

import { useMutation, useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { apiFetch, planUploadInit, type PlanSource } from "@/lib/api/client";
import type { ApiItem, ApiPlan, ItemResult, Plan, ReimportDiff, TaskPatch, TaskResult } from "@/lib/plan/contract";
import { itemReply, taskReply } from "@/lib/plan/views";
import { applyToViews, countAfter, findItemOwner, SAME_VERSION, viewKeys } from "./plan-views";

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

/**
 * Tick / untick a checkbox, optimistically, in every page view that shows it; rolls back if the
 * server refuses. The optimistic write happens in the click itself: a controlled checkbox whose
 * state changes only in a later tick is first put back by React, and a quick second look sees
 * the click "do nothing". A tick copies the views that hold the item, never the plan.
 */
export function useSetItemDone(planId: string) {
  const qc = useQueryClient();
  const setDone = (item: ApiItem, from: boolean, to: boolean) => setItemInViews(qc, planId, item, from, to);
  const mutation = useMutation({
    mutationFn: ({ item, done }: { item: ApiItem; done: boolean }) =>
      apiFetch<ItemResult>(`/api/plans/${encodeURIComponent(planId)}/items/${encodeURIComponent(item.id)}`, {
        method: "PATCH",
        json: { done },
      }),
    // The reply is the item as stored: written into the views, no refetch.
    onSuccess: (result) => {
      if (result) applyToViews(qc, planId, itemReply(result), true);
    },
    onError: (_err, { item, done }) => setDone(item, done, item.done),
    onSettled: () => void qc.invalidateQueries({ queryKey: planKeys.list(), refetchType: "none" }),
  });
  // Stable across renders (useMutation's own mutate is): the task list's memoised rows take it
  // through their actions, and a new function per render would render every row on each tick.
  const send = mutation.mutate;
  const mutate = useCallback<typeof send>(
    (variables, options) => {
      setItemInViews(qc, planId, variables.item, variables.item.done, variables.done);
      send(variables, options);
    },
    [qc, planId, send],
  );
  return { ...mutation, mutate };
}

function setItemInViews(qc: QueryClient, planId: string, item: ApiItem, from: boolean, to: boolean): void {
  const owner = findItemOwner(qc, planId, item.id);
  const checks = from === to ? undefined : countAfter(qc, planId, owner.taskId, { done: to ? 1 : -1, total: 0 });
  applyToViews(
    qc,
    planId,
    { version: SAME_VERSION, items: [{ ...item, done: to, ...owner }], tasks: [], checks },
    true,
  );
}

/** Save a task's fields (the optimistic part and the rollback: lib/hooks/use-task-edit.ts); a stale version → 409. */
export function useUpdateTask(planId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ taskId, patch }: { taskId: string; patch: TaskPatch }) =>
      apiFetch<TaskResult>(`/api/plans/${encodeURIComponent(planId)}/tasks/${encodeURIComponent(taskId)}`, {
        method: "PATCH",
        json: patch,
      }),
    onSuccess: (updated) => {
      if (!updated) return;
      const { planVersion, ...fields } = updated;
      applyToViews(qc, planId, taskReply(fields, planVersion), true);
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
      void qc.invalidateQueries({ queryKey: viewKeys.all(planId) });
      void qc.invalidateQueries({ queryKey: planKeys.list() });
    },
  });
  return { preview, apply };
}
