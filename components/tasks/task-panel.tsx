"use client";

import { useEffect, useRef } from "react";
import { Checklist } from "@/components/plans/checklist";
import { InlineText } from "@/components/plans/inline-text";
import { StatusBadge, PriorityBadge, EstimateBadge, OwnerBadge } from "@/components/plans/plan-badges";
import { PRIORITIES, STATUSES } from "@/lib/plan/contract/enums";
import type { Priority, Status } from "@/lib/plan/contract";
import { useTaskDetail } from "@/lib/hooks/use-plan-views";
import type { TaskDetail, TaskLite } from "@/lib/plan/views";
import { PRIORITY_TITLE, STATUS_LABEL } from "@/lib/plan/labels";
import type { TaskRow } from "@/lib/plan/task-query";
import { CommitInput } from "./commit-input";
import { AddItemForm } from "./add-item-form";
import { DependencyPicker } from "./dependency-picker";
import { TaskSourceSection } from "./task-source-section";
import type { TaskActions } from "./tasks-view";

/** Tab and Shift+Tab stay inside the open panel (it is modal). */
function trapTab(e: React.KeyboardEvent) {
  const panel = (e.currentTarget as HTMLElement).querySelector("[role=dialog]");
  if (!panel) return;
  const focusable = [
    ...panel.querySelectorAll<HTMLElement>(
      "a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), [tabindex='0']",
    ),
  ];
  const first = focusable[0];
  const last = focusable.at(-1);
  if (!first || !last) return;
  if (e.shiftKey && document.activeElement === first) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && document.activeElement === last) {
    e.preventDefault();
    first.focus();
  }
}

const SELECT =
  "h-9 w-full rounded-md border-0 bg-white py-1 pr-8 pl-2.5 text-sm ring-1 ring-slate-300 ring-inset focus:ring-2 focus:ring-brand-500";

/** One task: its fields (editable for editors), checkboxes, dependencies and source section. */
type Props = {
  planId: string;
  hasSource: boolean;
  tasks: TaskLite[];
  row: TaskRow<TaskLite>;
  initial?: TaskDetail;
  actions: TaskActions;
  onClose: () => void;
};

/** The row's fields show at once; the task's checkboxes and dependencies arrive with the task (one small read). */
export function TaskPanel({ planId, hasSource, tasks, row, initial, actions, onClose }: Props) {
  const t = row.task;
  const full = useTaskDetail(planId, t.id, initial).data?.task;
  const heading = useRef<HTMLHeadingElement>(null);
  const opener = useRef<Element | null>(null);
  useEffect(() => {
    opener.current = document.activeElement;
    heading.current?.focus();
    return () => (opener.current as HTMLElement | null)?.focus?.();
  }, [t.id]);
  const edit = actions.canEdit;
  const id = (f: string) => `task-${f}`;
  return (
    <div
      className="fixed inset-0 z-40 flex justify-end"
      onKeyDown={(e) => (e.key === "Escape" ? onClose() : e.key === "Tab" ? trapTab(e) : undefined)}
    >
      <button
        type="button"
        aria-label="Close the task"
        tabIndex={-1}
        className="absolute inset-0 bg-slate-900/30"
        onClick={onClose}
      />
      <aside
        role="dialog"
        aria-modal="true"
        aria-labelledby="task-panel-title"
        className="relative flex h-full w-full flex-col bg-white shadow-xl sm:max-w-xl"
        data-testid="task-panel"
      >
        <header className="flex items-start justify-between gap-3 border-b border-slate-200 px-5 py-4">
          <div className="min-w-0">
            <p className="text-xs text-slate-500">
              {t.key ? <span className="mr-2 font-mono">{t.key}</span> : null}
              {row.phaseTitle}
            </p>
            <h2
              id="task-panel-title"
              ref={heading}
              tabIndex={-1}
              className="mt-0.5 text-lg font-semibold text-slate-900 outline-none"
            >
              <InlineText text={t.title} />
            </h2>
            {!edit ? (
              <div className="mt-2 flex flex-wrap gap-1.5">
                <StatusBadge status={t.status} />
                <PriorityBadge priority={t.priority} />
                <EstimateBadge estimate={t.estimate} />
                <OwnerBadge owner={t.owner} />
              </div>
            ) : null}
          </div>
          <button
            type="button"
            onClick={onClose}
            className="rounded-md p-1.5 text-slate-500 hover:bg-slate-100 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-brand-600"
            aria-label="Close"
            data-testid="task-panel-close"
          >
            <svg viewBox="0 0 20 20" className="size-5" fill="currentColor" aria-hidden="true">
              <path d="M6.28 5.22a.75.75 0 0 0-1.06 1.06L8.94 10l-3.72 3.72a.75.75 0 1 0 1.06 1.06L10 11.06l3.72 3.72a.75.75 0 1 0 1.06-1.06L11.06 10l3.72-3.72a.75.75 0 0 0-1.06-1.06L10 8.94 6.28 5.22Z" />
            </svg>
          </button>
        </header>
        <div className="flex-1 space-y-6 overflow-y-auto px-5 py-4">
          {edit ? (
            <div className="grid grid-cols-2 gap-3" data-testid="task-fields">
              <label className="col-span-2 space-y-1 text-xs font-medium text-slate-600" htmlFor={id("title")}>
                Title
                <CommitInput
                  id={id("title")}
                  value={t.title}
                  maxLength={300}
                  onCommit={(title) => title && actions.edit(t, { title })}
                  data-testid="panel-title"
                />
              </label>
              <label className="space-y-1 text-xs font-medium text-slate-600">
                Status
                <select
                  value={t.status}
                  onChange={(e) => actions.edit(t, { status: e.target.value as Status })}
                  className={SELECT}
                  data-testid="panel-status"
                >
                  {STATUSES.map((s) => (
                    <option key={s} value={s}>
                      {STATUS_LABEL[s]}
                    </option>
                  ))}
                </select>
              </label>
              <label className="space-y-1 text-xs font-medium text-slate-600">
                Priority
                <select
                  value={t.priority ?? ""}
                  onChange={(e) => actions.edit(t, { priority: (e.target.value || null) as Priority | null })}
                  className={SELECT}
                  data-testid="panel-priority"
                >
                  <option value="">None</option>
                  {PRIORITIES.map((p) => (
                    <option key={p} value={p}>
                      {PRIORITY_TITLE[p]}
                    </option>
                  ))}
                </select>
              </label>
              <label className="space-y-1 text-xs font-medium text-slate-600">
                Owner
                <CommitInput
                  value={t.owner ?? ""}
                  maxLength={100}
                  placeholder="Nobody"
                  onCommit={(o) => actions.edit(t, { owner: o || null })}
                  data-testid="panel-owner"
                />
              </label>
              <label className="space-y-1 text-xs font-medium text-slate-600">
                Estimate
                <CommitInput
                  value={t.estimate?.text ?? ""}
                  maxLength={40}
                  placeholder="e.g. 3h, 2-4 days"
                  onCommit={(e) => actions.edit(t, { estimate: e || null })}
                  data-testid="panel-estimate"
                />
              </label>
            </div>
          ) : null}
          {full ? (
            <DependencyPicker
              tasks={tasks}
              task={full}
              canEdit={edit}
              onChange={(dependsOn) => actions.edit(full, { dependsOn })}
            />
          ) : (
            <p className="text-sm text-slate-400" data-testid="task-loading">
              Loading the task…
            </p>
          )}
          {row.openDecisions.length > 0 ? (
            <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
              Waits for an open decision: {row.openDecisions.join("; ")}
            </p>
          ) : null}
          <section aria-labelledby="panel-checklist" className="space-y-2">
            <h3 id="panel-checklist" className="text-xs font-medium tracking-wide text-slate-500 uppercase">
              Checklist
            </h3>
            {!full ? null : full.checklist.length ? (
              <Checklist items={full.checklist} canEdit={edit} onToggle={actions.toggle} />
            ) : (
              <p className="text-sm text-slate-400">No checklist items.</p>
            )}
            {edit && full ? <AddItemForm planId={planId} taskId={t.id} kind="checklist" /> : null}
          </section>
          {full?.criteria.length ? (
            <section aria-labelledby="panel-criteria" className="space-y-2">
              <h3 id="panel-criteria" className="text-xs font-medium tracking-wide text-slate-500 uppercase">
                Acceptance criteria
              </h3>
              <Checklist items={full.criteria} canEdit={edit} onToggle={actions.toggle} />
            </section>
          ) : null}
          {full ? (
            <TaskSourceSection planId={planId} taskId={t.id} hasSource={hasSource && full.line !== null} />
          ) : null}
        </div>
      </aside>
    </div>
  );
}
