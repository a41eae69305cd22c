"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import type { ApiItem, ApiPlan, ApiTask, CreateItemInput, CreateTaskInput, TaskResult, TaskSourceText } from "@/lib/plan/contract";
import { mapPhase, mapTask } from "./plan-cache";
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
  const key = planKeys.detail(planId);
  return useMutation({
    mutationFn: ({ phaseId, input }: { phaseId: string; input: CreateTaskInput; temp: string }) =>
      apiFetch<TaskResult>(`${base(planId)}/phases/${encodeURIComponent(phaseId)}/tasks`, { method: "POST", json: input }),
    onMutate: ({ phaseId, input, temp }) => {
      const plan = qc.getQueryData<ApiPlan>(key);
      if (plan) qc.setQueryData<ApiPlan>(key, mapPhase(plan, phaseId, (p) => ({ ...p, tasks: [...p.tasks, draftTask(temp, phaseId, input)] })));
    },
    onSuccess: (created, { temp }) => {
      const plan = qc.getQueryData<ApiPlan>(key);
      if (plan) qc.setQueryData<ApiPlan>(key, mapTask(plan, temp, (t) => ({ ...t, ...withoutPlanVersion(created) })));
    },
    onError: (_err, { phaseId, temp }) => {
      const plan = qc.getQueryData<ApiPlan>(key);
      if (plan) qc.setQueryData<ApiPlan>(key, mapPhase(plan, phaseId, (p) => ({ ...p, tasks: p.tasks.filter((t) => t.id !== temp) })));
    },
    // The reply is the stored task; after a refusal the plan is loaded again to show what is true.
    onSettled: (_data, error) => {
      if (error) void qc.invalidateQueries({ queryKey: key });
      void qc.invalidateQueries({ queryKey: planKeys.list(), refetchType: "none" });
    },
  });
}

export function newTempId(): string {
  return tempId("task");
}

function withoutPlanVersion(r: TaskResult): Partial<ApiTask> {
  const { planVersion: _v, ...task } = r;
  return task;
}

function draftTask(id: string, phaseId: string, input: CreateTaskInput): ApiTask {
  return {
    id, phaseId, key: null, title: input.title, priority: input.priority ?? null, status: "todo", estimate: null, owner: input.owner ?? null,
    dependsOn: [], dependencies: [], files: [], checklist: [], criteria: [], line: null, version: 0, completedAt: null,
  };
}

/** Adds a checklist item or criterion to a task, shown at once; removed again if refused. */
export function useAddTaskItem(planId: string) {
  const qc = useQueryClient();
  const key = planKeys.detail(planId);
  const list = (kind: CreateItemInput["kind"]) => (kind === "criterion" ? "criteria" : "checklist");
  return useMutation({
    mutationFn: ({ taskId, input }: { taskId: string; input: CreateItemInput; temp: string }) =>
      apiFetch<ApiItem & { planVersion: number }>(`${base(planId)}/tasks/${encodeURIComponent(taskId)}/items`, { method: "POST", json: input }),
    onMutate: ({ taskId, input, temp }) => {
      const plan = qc.getQueryData<ApiPlan>(key);
      const item: ApiItem = { id: temp, text: input.text.trim(), done: false, line: null, kind: input.kind ?? "checklist", version: 0 };
      if (plan) qc.setQueryData<ApiPlan>(key, mapTask(plan, taskId, (t) => ({ ...t, [list(input.kind)]: [...t[list(input.kind)], item] })));
    },
    onSuccess: ({ planVersion: _v, ...item }, { taskId, input, temp }) => {
      const plan = qc.getQueryData<ApiPlan>(key);
      const l = list(input.kind);
      if (plan) qc.setQueryData<ApiPlan>(key, mapTask(plan, taskId, (t) => ({ ...t, [l]: t[l].map((i) => (i.id === temp ? item : i)) })));
    },
    onError: (_err, { taskId, input, temp }) => {
      const plan = qc.getQueryData<ApiPlan>(key);
      const l = list(input.kind);
      if (plan) qc.setQueryData<ApiPlan>(key, mapTask(plan, taskId, (t) => ({ ...t, [l]: t[l].filter((i) => i.id !== temp) })));
    },
    onSettled: (_data, error) => {
      if (error) void qc.invalidateQueries({ queryKey: key });
    },
  });
}

export function newTempItemId(): string {
  return tempId("item");
}
