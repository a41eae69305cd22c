"use client";

import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import { PRIORITIES, STATUSES } from "@/lib/plan/contract/enums";
import type { Priority, Status } from "@/lib/plan/contract";
import { PRIORITY_TITLE, STATUS_LABEL } from "@/lib/plan/labels";
import type { PhaseRef } from "@/lib/plan/views";
import { EMPTY_FILTERS, SORTS, type TaskFilters, type TaskSort } from "@/lib/plan/task-query";

const SORT_LABEL: Record<TaskSort, string> = {
  document: "Plan order",
  priority: "Priority",
  status: "Status",
  estimate: "Estimate (largest)",
  title: "Title",
  owner: "Owner",
};

const CONTROL =
  "h-9 rounded-md border-0 bg-white py-1 pr-8 pl-2.5 text-sm text-slate-800 ring-1 ring-slate-300 ring-inset focus:ring-2 focus:ring-brand-500";

export function TaskFiltersBar({
  phases,
  owners,
  filters,
  sort,
  view,
  count,
  total,
  onFilters,
  onSort,
  onView,
  addTask,
}: {
  phases: PhaseRef[];
  owners: string[];
  filters: TaskFilters;
  sort: TaskSort;
  view: "list" | "board";
  /** Null while the rows are still loading. */
  count: number | null;
  total: number;
  onFilters: (f: TaskFilters) => void;
  onSort: (s: TaskSort) => void;
  onView: (v: "list" | "board") => void;
  addTask: ReactNode;
}) {
  const set = (patch: Partial<TaskFilters>) => onFilters({ ...filters, ...patch });
  const active = JSON.stringify(filters) !== JSON.stringify(EMPTY_FILTERS);
  return (
    <section
      aria-label="Filter tasks"
      className="relative space-y-3 rounded-lg border border-slate-200 bg-white p-3 shadow-xs"
    >
      <div className="flex flex-col gap-2 md:flex-row md:items-center">
        <label className="relative min-w-0 flex-1">
          <span className="sr-only">Search tasks</span>
          <input
            type="search"
            value={filters.q}
            onChange={(e) => set({ q: e.target.value })}
            placeholder="Search title, key, owner, file…"
            className="h-9 w-full rounded-md border-0 bg-white px-3 text-sm ring-1 ring-slate-300 ring-inset placeholder:text-slate-400 focus:ring-2 focus:ring-brand-500"
            data-testid="task-search"
          />
        </label>
        <div className="flex items-center gap-2">
          <div role="group" aria-label="View" className="inline-flex rounded-md ring-1 ring-slate-300 ring-inset">
            {(["list", "board"] as const).map((v) => (
              <button
                key={v}
                type="button"
                aria-pressed={view === v}
                onClick={() => onView(v)}
                className={cn(
                  "h-9 px-3 text-sm font-medium first:rounded-l-md last:rounded-r-md",
                  view === v ? "bg-brand-600 text-white" : "text-slate-700 hover:bg-slate-50",
                )}
                data-testid={`view-${v}`}
              >
                {v === "list" ? "List" : "Board"}
              </button>
            ))}
          </div>
          {addTask}
        </div>
      </div>
      <div className="grid grid-cols-2 gap-2 sm:flex sm:flex-wrap sm:items-center">
        <Choice
          label="Phase"
          value={filters.phase ?? ""}
          onChange={(v) => set({ phase: v || null })}
          testId="filter-phase"
        >
          <option value="">All phases</option>
          {phases.map((p, i) => (
            <option key={p.id} value={p.id}>
              {p.key ?? i + 1}. {p.title.slice(0, 60)}
            </option>
          ))}
        </Choice>
        <Choice
          label="Status"
          value={filters.status ?? ""}
          onChange={(v) => set({ status: (v || null) as Status | null })}
          testId="filter-status"
        >
          <option value="">Any status</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABEL[s]}
            </option>
          ))}
        </Choice>
        <Choice
          label="Priority"
          value={filters.priority ?? ""}
          onChange={(v) => set({ priority: (v || null) as Priority | "none" | null })}
          testId="filter-priority"
        >
          <option value="">Any priority</option>
          {PRIORITIES.map((p) => (
            <option key={p} value={p}>
              {PRIORITY_TITLE[p]}
            </option>
          ))}
          <option value="none">No priority</option>
        </Choice>
        <Choice
          label="Owner"
          value={filters.owner ?? ""}
          onChange={(v) => set({ owner: v || null })}
          testId="filter-owner"
        >
          <option value="">Anyone</option>
          {owners.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
          <option value="none">Nobody</option>
        </Choice>
        <label className="col-span-2 inline-flex h-9 items-center gap-2 text-sm text-slate-700 sm:col-span-1">
          <input
            type="checkbox"
            checked={filters.openDecision}
            onChange={(e) => set({ openDecision: e.target.checked })}
            className="size-4 accent-brand-600"
            data-testid="filter-decision"
          />
          Waits for an open decision
        </label>
        <Choice label="Sort" value={sort} onChange={(v) => onSort(v as TaskSort)} testId="task-sort" wide>
          {SORTS.map((s) => (
            <option key={s} value={s}>
              Sort: {SORT_LABEL[s]}
            </option>
          ))}
        </Choice>
        <p className="col-span-2 text-sm text-slate-500 sm:ml-auto">
          <span aria-live="polite" data-testid="task-count">
            {count === null
              ? `${total} tasks (loading…)`
              : count === total
                ? `${total} tasks`
                : `${count} of ${total} tasks`}
          </span>
          {active ? (
            <button
              type="button"
              onClick={() => onFilters(EMPTY_FILTERS)}
              className="ml-2 font-medium text-brand-700 underline-offset-2 hover:underline"
            >
              Clear filters
            </button>
          ) : null}
        </p>
      </div>
    </section>
  );
}

function Choice({
  label,
  value,
  onChange,
  testId,
  wide,
  children,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  testId: string;
  wide?: boolean;
  children: ReactNode;
}) {
  return (
    <label className={cn("min-w-0", wide && "col-span-2 sm:col-span-1")}>
      <span className="sr-only">{label}</span>
      <select
        aria-label={label}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        className={cn(CONTROL, "w-full sm:w-auto sm:max-w-56")}
        data-testid={testId}
      >
        {children}
      </select>
    </label>
  );
}
