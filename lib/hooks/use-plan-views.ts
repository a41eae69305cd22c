"use client";

import { useQuery, useQueryClient, type QueryClient, type QueryKey } from "@tanstack/react-query";
import { useState } from "react";
import { apiFetch } from "@/lib/api/client";
import { isPartial, type CriteriaView, type PhaseDetail, type TaskDetail, type TaskIndex } from "@/lib/plan/views";
import { viewKeys } from "./plan-views";

const base = (planId: string) => `/api/plans/${encodeURIComponent(planId)}`;

/**
 * A page's server-rendered view seeds the cache; one the cache holds from an earlier page is kept
 * unless the server's is newer. Live updates keep views current, so they are never stale by age.
 */
export function useSeed<T extends { version: number }>(key: QueryKey, initial: T | undefined): void {
  const qc = useQueryClient();
  useState(() => {
    const cached = qc.getQueryData<T>(key);
    if (initial && (!cached || cached.version < initial.version)) qc.setQueryData(key, initial);
    return null;
  });
}

export const VIEW = { staleTime: Infinity, refetchOnMount: false } as const;

/**
 * The task list's rows. A large plan's page comes with its first screen of rows only (a light
 * page that is soon usable); the whole index (1.5 MB for 5,000 tasks) loads once `wanted`: the
 * page asks when it is idle after hydration, or at once when a filter, the board or a task
 * beyond the first rows needs every row. Downloading, parsing and re-rendering it earlier would
 * compete with hydration and the first click.
 */
export function useTaskIndex(planId: string, initial: TaskIndex, wanted = true) {
  const partial = isPartial(initial);
  useSeed(viewKeys.index(planId), partial ? undefined : initial);
  return useQuery({
    ...VIEW,
    queryKey: viewKeys.index(planId),
    queryFn: () => apiFetch<TaskIndex>(`${base(planId)}/tasks`),
    ...(partial ? { placeholderData: initial, enabled: wanted } : { initialData: initial }),
  });
}

const taskDetailQuery = (planId: string, taskId: string) => ({
  ...VIEW,
  queryKey: viewKeys.task(planId, taskId),
  queryFn: () => apiFetch<TaskDetail>(`${base(planId)}/tasks/${encodeURIComponent(taskId)}`),
});

/** One task with its checkboxes (the task panel); loaded when the panel opens. */
export function useTaskDetail(planId: string, taskId: string | null, initial?: TaskDetail) {
  useSeed(viewKeys.task(planId, taskId ?? ""), initial);
  return useQuery({ ...taskDetailQuery(planId, taskId ?? ""), enabled: taskId !== null });
}

/** Seeds the details the page came with (its first screen of rows), each kept only if newer than the cache's. */
export function useSeedTaskDetails(planId: string, details: TaskDetail[]): void {
  const qc = useQueryClient();
  useState(() => {
    for (const d of details) {
      const key = viewKeys.task(planId, d.task.id);
      const cached = qc.getQueryData<TaskDetail>(key);
      if (!cached || cached.version < d.version) qc.setQueryData(key, d);
    }
    return null;
  });
}

/**
 * Starts loading a task's detail before its panel renders (on the click, or when the pointer or
 * focus reaches the row's button): the request is under way while React renders the panel.
 * A cached detail is kept (live updates keep it current).
 */
export function prefetchTaskDetail(qc: QueryClient, planId: string, taskId: string): void {
  void qc.prefetchQuery(taskDetailQuery(planId, taskId));
}

/** A phase's tasks and deliverables (an opened phase of the overview); loaded when it opens. */
export function usePhaseDetail(planId: string, phaseId: string, enabled: boolean, initial?: PhaseDetail) {
  useSeed(viewKeys.phase(planId, phaseId), initial);
  return useQuery({
    ...VIEW,
    queryKey: viewKeys.phase(planId, phaseId),
    queryFn: () => apiFetch<PhaseDetail>(`${base(planId)}/phases/${encodeURIComponent(phaseId)}/tasks`),
    enabled,
  });
}

export function useCriteria(planId: string, initial: CriteriaView) {
  useSeed(viewKeys.criteria(planId), initial);
  return useQuery({
    ...VIEW,
    queryKey: viewKeys.criteria(planId),
    queryFn: () => apiFetch<CriteriaView>(`${base(planId)}/criteria`),
    initialData: initial,
  });
}
