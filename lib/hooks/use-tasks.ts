"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import type {
  ApiItem,
  ApiTask,
  CreateItemInput,
  CreateTaskInput,
  TaskResult,
  TaskSourceText,
} from "@/lib/plan/contract";
import { applyToViews, countAfter, removeFromViews, SAME_VERSION, viewKeys } from "./plan-views";
import { planKeys } from "./use-plans";

export const taskKeys = {
  all: ["tasks"] as const,
  source: (planId: string, taskId: string) => [...taskKeys.all, "source", planId, taskId] as const,
};

const base = (planId: string) => `/api/plans/${encodeURIComponent(planId)}`;
let tempIds = 0;
const tempId = (prefix: string) => `${prefix}-new-${++tempIds}`;

/** The markdown a task was imported from (it never changes with edits; re-imports make new tasks). */
export function useTaskSource(planId: string, taskId: string | null) {
  return useQuery({
    queryKey: taskKeys.source(planId, taskId ?? ""),
    queryFn: () => apiFetch<TaskSourceText>(`${base(planId)}/tasks/${encodeURIComponent(taskId!)}/source`),
    enabled: taskId !== null,
    staleTime: Infinity,
  });
}

/** Adds a task at the end of a phase; it shows at once and is replaced by the server's row. */
export function useAddTask(planId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ phaseId, input }: { phaseId: string; input: CreateTaskInput; temp: string }) =>
      apiFetch<TaskResult>(`${base(planId)}/phases/${encodeURIComponent(phaseId)}/tasks`, {
        method: "POST",
        json: input,
      }),
    onMutate: ({ phaseId, input, temp }) =>
      applyToViews(qc, planId, { version: SAME_VERSION, items: [], tasks: [draftTask(temp, phaseId, input)] }, true),
    onSuccess: (created, { phaseId, input, temp }) => {
      removeFromViews(qc, planId, temp);
      const { planVersion, ...fields } = created;
      applyToViews(
        qc,
        planId,
        { version: planVersion, items: [], tasks: [{ ...draftTask(created.id, phaseId, input), ...fields }] },
        true,
      );
    },
    onError: (_err, { temp }) => removeFromViews(qc, planId, temp),
    // The reply is the stored task; after a refusal the views are loaded again to show what is true.
    onSettled: (_data, error) => {
      if (error) void qc.invalidateQueries({ queryKey: viewKeys.all(planId) });
      void qc.invalidateQueries({ queryKey: planKeys.list(), refetchType: "none" });
    },
  });
}

export function newTempId(): string {
  return tempId("task");
}

function draftTask(id: string, phaseId: string, input: CreateTaskInput): Omit<ApiTask, "checklist" | "criteria"> {
  return {
    id,
    phaseId,
    key: null,
    title: input.title,
    priority: input.priority ?? null,
    status: "todo",
    estimate: null,
    owner: input.owner ?? null,
    dependsOn: [],
    dependencies: [],
    files: [],
    line: null,
    version: 0,
    completedAt: null,
  };
}

/** Adds a checklist item or criterion to a task, shown at once; removed again if refused. */
export function useAddTaskItem(planId: string) {
  const qc = useQueryClient();
  const add = (taskId: string, item: ApiItem, version: number, reply: boolean) =>
    applyToViews(
      qc,
      planId,
      {
        version,
        items: [{ ...item, taskId, phaseId: null }],
        tasks: [],
        checks: countAfter(qc, planId, taskId, { done: 0, total: 1 }),
      },
      reply,
    );
  return useMutation({
    mutationFn: ({ taskId, input }: { taskId: string; input: CreateItemInput; temp: string }) =>
      apiFetch<ApiItem & { planVersion: number }>(`${base(planId)}/tasks/${encodeURIComponent(taskId)}/items`, {
        method: "POST",
        json: input,
      }),
    onMutate: ({ taskId, input, temp }) =>
      add(
        taskId,
        { id: temp, text: input.text.trim(), done: false, line: null, kind: input.kind ?? "checklist", version: 0 },
        SAME_VERSION,
        true,
      ),
    onSuccess: ({ planVersion, ...item }, { taskId, temp }) => {
      removeFromViews(qc, planId, temp);
      // The draft's count stays: the stored item replaces it.
      applyToViews(qc, planId, { version: planVersion, items: [{ ...item, taskId, phaseId: null }], tasks: [] }, true);
    },
    onError: (_err, { taskId, temp }) => {
      removeFromViews(qc, planId, temp);
      applyToViews(
        qc,
        planId,
        { version: SAME_VERSION, items: [], tasks: [], checks: countAfter(qc, planId, taskId, { done: 0, total: -1 }) },
        true,
      );
    },
    onSettled: (_data, error) => {
      if (error) void qc.invalidateQueries({ queryKey: viewKeys.all(planId) });
    },
  });
}

export function newTempItemId(): string {
  return tempId("item");
}
