import type { Item, Phase, Plan, Priority, Status, Task } from "@/lib/validations/plan";

/** Plan JSON v1 as the API returns it: the same shape plus database ids and versions. */
export type ApiItem = Item & { id: string; version?: number };
export type ApiTask = Omit<Task, "checklist" | "criteria"> & {
  id: string;
  version: number;
  checklist: ApiItem[];
  criteria: ApiItem[];
};
export type ApiPhase = Omit<Phase, "tasks" | "checklist"> & { id: string; tasks: ApiTask[]; checklist: ApiItem[] };
export type ApiPlan = Omit<Plan, "phases" | "criteria"> & {
  id: string;
  version: number;
  fileName?: string | null;
  phases: ApiPhase[];
  criteria: ApiItem[];
};

export type PlanProgress = {
  items: { done: number; total: number };
  tasks: Partial<Record<Status, number>>;
  hours: { min: number; max: number; remainingMin: number; remainingMax: number };
};

export type PlanListEntry = {
  id: string;
  title: string;
  fileName?: string | null;
  updatedAt?: string;
  progress: PlanProgress;
};

export type TaskPatch = {
  status?: Status;
  owner?: string | null;
  priority?: Priority | null;
  estimate?: string | null;
  version: number;
};
