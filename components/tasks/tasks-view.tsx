"use client";

import { useQueryClient } from "@tanstack/react-query";
import dynamic from "next/dynamic";
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { isAppError } from "@/lib/errors";
import { PRIORITIES, STATUSES } from "@/lib/plan/contract/enums";
import type { ApiItem, ApiTask } from "@/lib/plan/contract";
import { isPartial, type TaskDetail, type TaskIndex, type TaskLite } from "@/lib/plan/views";
import { usePlanLive } from "@/lib/hooks/use-plan-live";
import { useSetItemDone } from "@/lib/hooks/use-plans";
import { prefetchTaskDetail, useSeedTaskDetails, useTaskIndex } from "@/lib/hooks/use-plan-views";
import { useIdle } from "@/components/ui/use-idle";
import { useTaskEdit, type EditOutcome, type TaskEdit } from "@/lib/hooks/use-task-edit";
import {
  filtersFromQuery,
  filtersToQuery,
  ownersOf,
  queryTasks,
  type TaskFilters,
  type TaskRow,
  type TaskSort,
} from "@/lib/plan/task-query";
import { PlanTabs } from "@/components/plans/plan-tabs";
import { PlanTitle } from "@/components/plans/plan-title";
import { AddTaskForm } from "./add-task-form";
import { TaskFiltersBar } from "./task-filters";
import { TaskList } from "./task-list";
import { TaskPanel } from "./task-panel";

// The board (dnd-kit) loads when first opened. The panel is part of the page (a click on a task
// must not wait for a chunk); only its markdown renderer loads when a panel opens.
const TaskBoard = dynamic(() => import("./task-board").then((m) => m.TaskBoard), {
  ssr: false,
  loading: () => <p className="p-4 text-sm text-slate-500">Loading the board…</p>,
});

export type TaskActions = {
  canEdit: boolean;
  edit: (task: ApiTask | TaskLite, edit: TaskEdit) => void;
  toggle: (item: ApiItem, done: boolean) => void;
  open: (taskId: string) => void;
  /** The pointer or focus is on a task's button: its detail may load before the click. */
  warm: (taskId: string) => void;
};

type View = "list" | "board";

type Props = {
  planId: string;
  title: string;
  initialIndex: TaskIndex;
  initialTask?: TaskDetail;
  /** The details of the first screen's tasks: their panels open complete, without a request. */
  firstDetails?: TaskDetail[];
  canEdit: boolean;
  initialQuery: Record<string, string | undefined>;
};

/** The task list and board over the plan's light rows (lib/plan/views.ts); the panel loads its one task. */
export function TasksView({
  planId,
  title,
  initialIndex,
  initialTask,
  firstDetails = [],
  canEdit,
  initialQuery,
}: Props) {
  const qc = useQueryClient();
  useSeedTaskDetails(planId, firstDetails);
  const initial = useMemo(() => filtersFromQuery(initialQuery, STATUSES, PRIORITIES), [initialQuery]);
  const [filters, setFilters] = useState<TaskFilters>(initial.filters);
  const [sort, setSort] = useState<TaskSort>(initial.sort);
  const [view, setView] = useState<View>(initialQuery.view === "board" ? "board" : "list");
  const [openId, setOpenId] = useState<string | null>(initialQuery.task ?? null);
  const [message, setMessage] = useState<{ tone: "error" | "info"; text: string } | null>(null);
  const idle = useIdle();
  const [touched, setTouched] = useState(false);
  // A filter, a sort, the board, a task beyond the first rows (and the filter bar in use: its
  // owner list) need every row at once; the plain list waits until the page is idle.
  const needAll =
    touched ||
    view === "board" ||
    Object.keys(filtersToQuery(filters, sort)).length > 0 ||
    (openId !== null && !initialIndex.tasks.some((t) => t.id === openId));
  const { data: index = initialIndex } = useTaskIndex(planId, initialIndex, idle || needAll);
  const { live } = usePlanLive(planId);

  const rows = useMemo(() => rowsOf(index), [index]);
  // The first screen of a large plan's rows, until the whole index has loaded.
  const partial = isPartial(index);
  const owners = useMemo(() => ownersOf(rows), [rows]);
  // Typing stays responsive on 5,000 tasks: the list follows the search a frame later.
  const deferred = useDeferredValue(filters);
  const shown = useMemo(() => queryTasks(rows, deferred, sort), [rows, deferred, sort]);

  const pendingUrl = useRef("");
  const urlTimer = useRef<number | null>(null);
  useEffect(
    () => () => {
      if (urlTimer.current !== null) cancelAnimationFrame(urlTimer.current);
      urlTimer.current = null;
    },
    [],
  );
  const syncUrl = useCallback(
    (next: { filters?: TaskFilters; sort?: TaskSort; view?: View; task?: string | null }) => {
      const q = new URLSearchParams(filtersToQuery(next.filters ?? filters, next.sort ?? sort));
      const v = next.view ?? view;
      if (v === "board") q.set("view", "board");
      const t = next.task === undefined ? openId : next.task;
      if (t) q.set("task", t);
      const s = q.toString();
      pendingUrl.current = s ? `?${s}` : window.location.pathname;
      if (urlTimer.current !== null) return;
      // After the next paint, once per frame: Next's router follows replaceState with a render and
      // link prefetches of its own, which a click or a keystroke should not wait for.
      urlTimer.current = requestAnimationFrame(() =>
        setTimeout(() => {
          if (urlTimer.current === null) return; // unmounted: the address is another page's now
          urlTimer.current = null;
          window.history.replaceState(null, "", pendingUrl.current);
        }, 0),
      );
    },
    [filters, sort, view, openId],
  );

  const editTask = useTaskEdit(planId);
  const setItem = useSetItemDone(planId);
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
        setItem.mutate(
          { item, done },
          {
            onError: (err) =>
              setMessage({ tone: "error", text: isAppError(err) ? err.message : "Could not save the checkbox." }),
          },
        );
      },
      open: (taskId) => {
        // The detail request leaves with the click, not after the panel has rendered.
        prefetchTaskDetail(qc, planId, taskId);
        setOpenId(taskId);
        syncUrl({ task: taskId });
      },
      warm: (taskId) => prefetchTaskDetail(qc, planId, taskId),
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [canEdit, editTask, report, setItem.mutate, syncUrl, qc, planId],
  );

  const openRow = openId ? rows.find((r) => r.task.id === openId) : undefined;

  return (
    <div className="space-y-4">
      <div className="space-y-3">
        <PlanTitle title={title} />
        <PlanTabs planId={planId} current="/tasks" live={live} />
      </div>
      {!canEdit ? <Alert tone="info">You have view-only access: tasks are read-only.</Alert> : null}
      {message ? (
        <div role="alert" aria-live="assertive" data-testid="task-message">
          <Alert tone={message.tone}>{message.text}</Alert>
        </div>
      ) : null}
      <div onFocusCapture={() => setTouched(true)} onPointerDownCapture={() => setTouched(true)}>
        <TaskFiltersBar
          phases={index.phases}
          owners={owners}
          filters={filters}
          sort={sort}
          view={view}
          count={partial ? null : shown.length}
          total={index.total}
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
          addTask={
            canEdit ? (
              <AddTaskForm
                planId={planId}
                phases={index.phases}
                onAdded={(id) => actions.open(id)}
                onError={(text) => setMessage({ tone: "error", text })}
              />
            ) : null
          }
        />
      </div>
      {view === "list" ? <TaskList rows={shown} actions={actions} /> : <TaskBoard rows={shown} actions={actions} />}
      {openRow ? (
        <TaskPanel
          planId={planId}
          hasSource={index.hasSource}
          tasks={index.tasks}
          row={openRow}
          initial={initialTask?.task.id === openRow.task.id ? initialTask : undefined}
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

function rowsOf(index: TaskIndex): TaskRow<TaskLite>[] {
  const titles = new Map(index.phases.map((p) => [p.id, p.title]));
  return index.tasks.map((task, i) => ({
    task,
    phaseId: task.phaseId,
    phaseTitle: titles.get(task.phaseId) ?? "",
    index: i,
    openDecisions: task.waits,
  }));
}
