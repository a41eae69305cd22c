"use client";

import dynamic from "next/dynamic";
import { useCallback, useDeferredValue, useMemo, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { isAppError } from "@/lib/errors";
import { PRIORITIES, STATUSES, type ApiItem, type ApiPlan, type ApiTask } from "@/lib/plan/contract";
import { usePlanLive } from "@/lib/hooks/use-plan-live";
import { usePlan, useSetItemDone } from "@/lib/hooks/use-plans";
import { useTaskEdit, type EditOutcome, type TaskEdit } from "@/lib/hooks/use-task-edit";
import { filtersFromQuery, filtersToQuery, ownersOf, queryTasks, taskRows, type TaskFilters, type TaskSort } from "@/lib/plan/task-query";
import { PlanTabs } from "@/components/plans/plan-tabs";
import { PlanTitle } from "@/components/plans/plan-title";
import { AddTaskForm } from "./add-task-form";
import { TaskFiltersBar } from "./task-filters";
import { TaskList } from "./task-list";

// The board (dnd-kit) and the panel (markdown renderer) load when first opened.
const TaskBoard = dynamic(() => import("./task-board").then((m) => m.TaskBoard), { ssr: false, loading: () => <p className="p-4 text-sm text-slate-500">Loading the board…</p> });
const TaskPanel = dynamic(() => import("./task-panel").then((m) => m.TaskPanel), { ssr: false });

export type TaskActions = {
  canEdit: boolean;
  edit: (task: ApiTask, edit: TaskEdit) => void;
  toggle: (item: ApiItem, done: boolean) => void;
  open: (taskId: string) => void;
};

type View = "list" | "board";

export function TasksView({ initialPlan, canEdit, initialQuery }: { initialPlan: ApiPlan; canEdit: boolean; initialQuery: Record<string, string | undefined> }) {
  const { data: plan = initialPlan } = usePlan(initialPlan.id, initialPlan);
  const { live } = usePlanLive(initialPlan.id);
  const initial = useMemo(() => filtersFromQuery(initialQuery, STATUSES, PRIORITIES), [initialQuery]);
  const [filters, setFilters] = useState<TaskFilters>(initial.filters);
  const [sort, setSort] = useState<TaskSort>(initial.sort);
  const [view, setView] = useState<View>(initialQuery.view === "board" ? "board" : "list");
  const [openId, setOpenId] = useState<string | null>(initialQuery.task ?? null);
  const [message, setMessage] = useState<{ tone: "error" | "info"; text: string } | null>(null);

  const rows = useMemo(() => taskRows(plan), [plan]);
  const owners = useMemo(() => ownersOf(rows), [rows]);
  // Typing stays responsive on 5,000 tasks: the list follows the search a frame later.
  const deferred = useDeferredValue(filters);
  const shown = useMemo(() => queryTasks(rows, deferred, sort), [rows, deferred, sort]);

  const syncUrl = useCallback((next: { filters?: TaskFilters; sort?: TaskSort; view?: View; task?: string | null }) => {
    const q = new URLSearchParams(filtersToQuery(next.filters ?? filters, next.sort ?? sort));
    const v = next.view ?? view;
    if (v === "board") q.set("view", "board");
    const t = next.task === undefined ? openId : next.task;
    if (t) q.set("task", t);
    const s = q.toString();
    window.history.replaceState(null, "", s ? `?${s}` : window.location.pathname);
  }, [filters, sort, view, openId]);

  const editTask = useTaskEdit(plan.id);
  const setItem = useSetItemDone(plan.id);
  const report = useCallback((o: EditOutcome) => {
    if (!o.ok) setMessage({ tone: "error", text: o.message });
  }, []);
  const actions: TaskActions = useMemo(
    () => ({
      canEdit,
      edit: (task, edit) => {
        setMessage(null);
        editTask(task, edit, report);
      },
      toggle: (item, done) => {
        setMessage(null);
        setItem.mutate({ itemId: item.id, done }, { onError: (err) => setMessage({ tone: "error", text: isAppError(err) ? err.message : "Could not save the checkbox." }) });
      },
      open: (taskId) => {
        setOpenId(taskId);
        syncUrl({ task: taskId });
      },
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [canEdit, editTask, report, setItem.mutate, syncUrl],
  );

  const openRow = openId ? rows.find((r) => r.task.id === openId) : undefined;

  return (
    <div className="space-y-4">
      <div className="space-y-3">
        <PlanTitle title={plan.title} />
        <PlanTabs planId={plan.id} current="/tasks" live={live} />
      </div>
      {!canEdit ? <Alert tone="info">You have view-only access: tasks are read-only.</Alert> : null}
      {message ? (
        <div role="alert" aria-live="assertive" data-testid="task-message">
          <Alert tone={message.tone}>{message.text}</Alert>
        </div>
      ) : null}
      <TaskFiltersBar
        plan={plan}
        owners={owners}
        filters={filters}
        sort={sort}
        view={view}
        count={shown.length}
        total={rows.length}
        onFilters={(f) => {
          setFilters(f);
          syncUrl({ filters: f });
        }}
        onSort={(s) => {
          setSort(s);
          syncUrl({ sort: s });
        }}
        onView={(v) => {
          setView(v);
          syncUrl({ view: v });
        }}
        addTask={canEdit ? <AddTaskForm plan={plan} onAdded={(id) => actions.open(id)} onError={(text) => setMessage({ tone: "error", text })} /> : null}
      />
      {view === "list" ? <TaskList rows={shown} actions={actions} /> : <TaskBoard rows={shown} actions={actions} />}
      {openRow ? (
        <TaskPanel
          plan={plan}
          row={openRow}
          actions={actions}
          onClose={() => {
            setOpenId(null);
            syncUrl({ task: null });
          }}
        />
      ) : null}
    </div>
  );
}
