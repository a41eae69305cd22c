"use client";

import { useWindowVirtualizer } from "@tanstack/react-virtual";
import { memo } from "react";
import { Badge } from "@/components/ui/badge";
import type { TaskRow } from "@/lib/plan/task-query";
import type { TaskLite } from "@/lib/plan/views";
import { EstimateBadge, OwnerBadge, PriorityBadge, StatusBadge } from "@/components/plans/plan-badges";
import { InlineText } from "@/components/plans/inline-text";
import { StatusSelect } from "@/components/plans/status-select";
import type { TaskActions } from "./tasks-view";

/**
 * Only the rows on screen are in the DOM (the page scrolls, rows are measured): a 5,000-task plan
 * renders a few dozen rows instead of megabytes of DOM.
 */
export function TaskList({ rows, actions }: { rows: TaskRow<TaskLite>[]; actions: TaskActions }) {
  const virtual = useWindowVirtualizer({
    count: rows.length,
    estimateSize: () => 68,
    overscan: 8,
    getItemKey: (i) => rows[i]!.task.id,
    // The server render shows the first screen of rows too.
    initialRect: { width: 1200, height: 1000 },
  });
  if (rows.length === 0) {
    return (
      <p className="rounded-lg border border-dashed border-slate-300 p-8 text-center text-sm text-slate-500">
        No task matches these filters.
      </p>
    );
  }
  const items = virtual.getVirtualItems();
  return (
    <div
      role="list"
      aria-label="Tasks"
      className="relative rounded-lg border border-slate-200 bg-white shadow-xs"
      style={{ height: virtual.getTotalSize() }}
      data-testid="task-list"
    >
      <div className="absolute inset-x-0 top-0" style={{ transform: `translateY(${items[0]?.start ?? 0}px)` }}>
        {items.map((v) => (
          <div
            key={v.key}
            data-index={v.index}
            ref={virtual.measureElement}
            role="listitem"
            className="border-b border-slate-100 last:border-b-0"
          >
            <TaskListRow row={rows[v.index]!} actions={actions} />
          </div>
        ))}
      </div>
    </div>
  );
}

const TaskListRow = memo(function TaskListRow({ row, actions }: { row: TaskRow<TaskLite>; actions: TaskActions }) {
  const t = row.task;
  const { done, total: items } = t.checks;
  return (
    <div
      className="flex flex-col gap-2 px-4 py-3 sm:flex-row sm:items-center sm:gap-4"
      data-testid="task-row"
      data-task-id={t.id}
    >
      <div className="min-w-0 flex-1">
        <button
          type="button"
          onClick={() => actions.open(t.id)}
          onPointerEnter={() => actions.warm(t.id)}
          onFocus={() => actions.warm(t.id)}
          className="block max-w-full truncate text-left text-sm font-medium text-slate-900 hover:text-brand-700 focus-visible:outline-2 focus-visible:outline-brand-600"
          data-testid="task-open"
        >
          {t.key ? <span className="mr-2 font-mono text-xs text-slate-400">{t.key}</span> : null}
          <InlineText text={t.title} />
        </button>
        <div className="mt-1 flex flex-wrap items-center gap-1.5 text-xs text-slate-500">
          <span className="max-w-48 truncate">{row.phaseTitle}</span>
          <PriorityBadge priority={t.priority} />
          <EstimateBadge estimate={t.estimate} />
          <OwnerBadge owner={t.owner} />
          {items > 0 ? (
            <Badge tone={done === items ? "green" : "slate"} title="Checkboxes done">
              {done}/{items}
            </Badge>
          ) : null}
          {row.openDecisions.length > 0 ? (
            <Badge tone="amber" title={row.openDecisions.join("; ")}>
              waits for a decision
            </Badge>
          ) : null}
        </div>
      </div>
      {actions.canEdit ? (
        <StatusSelect
          taskTitle={t.title}
          status={t.status}
          onChange={(status) => actions.edit(t, { status })}
          className="h-8 w-full shrink-0 rounded-md border-0 py-0 pr-7 pl-2 text-xs font-medium ring-1 ring-slate-300 ring-inset focus:ring-2 focus:ring-brand-500 sm:w-32"
        />
      ) : (
        <StatusBadge status={t.status} />
      )}
    </div>
  );
});
