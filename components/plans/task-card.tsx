"use client";

import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { useHydrated } from "@/components/ui/use-hydrated";
import type { ApiItem, ApiTask, TaskPatch } from "@/lib/plan/contract";
import type { Status } from "@/lib/plan/contract";
import { Checklist } from "./checklist";
import { EstimateBadge, OwnerBadge, PriorityBadge, StatusBadge } from "./plan-badges";
import { InlineText } from "./inline-text";
import { StatusSelect } from "./status-select";

const STATUS_SELECT: Record<Status, string> = {
  todo: "bg-white text-slate-700 ring-slate-300",
  in_progress: "bg-blue-50 text-blue-700 ring-blue-200",
  done: "bg-emerald-50 text-emerald-700 ring-emerald-200",
  blocked: "bg-red-50 text-red-700 ring-red-200",
  deferred: "bg-violet-50 text-violet-700 ring-violet-200",
};

export function TaskCard({
  task,
  canEdit,
  onToggleItem,
  onUpdate,
}: {
  task: ApiTask;
  canEdit: boolean;
  onToggleItem: (item: ApiItem, done: boolean) => void;
  onUpdate: (task: ApiTask, patch: Omit<TaskPatch, "version">) => void;
}) {
  const done = task.checklist.filter((i) => i.done).length + task.criteria.filter((i) => i.done).length;
  const total = task.checklist.length + task.criteria.length;
  return (
    <li className="px-5 py-4" data-testid="task" data-task-key={task.key ?? undefined}>
      <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0">
          <p className="text-sm font-medium text-slate-900">
            {task.key ? <span className="mr-2 font-mono text-xs text-slate-400">{task.key}</span> : null}
            <InlineText text={task.title} />
          </p>
          <div className="mt-1.5 flex flex-wrap items-center gap-1.5">
            <PriorityBadge priority={task.priority} />
            {canEdit ? null : <StatusBadge status={task.status} />}
            <EstimateBadge estimate={task.estimate} />
            {canEdit ? null : <OwnerBadge owner={task.owner} />}
            {total > 0 ? (
              <Badge tone={done === total ? "green" : "slate"} title="Checkboxes done">
                {done}/{total}
              </Badge>
            ) : null}
            {task.dependsOn.length > 0 ? (
              <span className="text-xs text-slate-500">depends on {task.dependsOn.join(", ")}</span>
            ) : null}
          </div>
        </div>
        {canEdit ? (
          <div className="flex shrink-0 items-center gap-2">
            <OwnerInput task={task} onSave={(owner) => onUpdate(task, { owner })} />
            <StatusSelect
              taskTitle={task.title}
              status={task.status}
              onChange={(status) => onUpdate(task, { status })}
              className={`h-8 rounded-md border-0 py-0 pr-7 pl-2 text-xs font-medium ring-1 ring-inset focus:ring-2 focus:ring-brand-500 ${STATUS_SELECT[task.status]}`}
            />
          </div>
        ) : null}
      </div>
      {task.files.length > 0 ? (
        <p className="mt-2 flex flex-wrap gap-1">
          {task.files.map((f) => (
            <code key={f} className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-[11px] text-slate-600">
              {f}
            </code>
          ))}
        </p>
      ) : null}
      {task.checklist.length > 0 ? (
        <div className="mt-3">
          <Checklist items={task.checklist} canEdit={canEdit} onToggle={onToggleItem} />
        </div>
      ) : null}
      {task.criteria.length > 0 ? (
        <div className="mt-3">
          <p className="mb-1.5 text-xs font-medium tracking-wide text-slate-500 uppercase">Acceptance criteria</p>
          <Checklist items={task.criteria} canEdit={canEdit} onToggle={onToggleItem} />
        </div>
      ) : null}
    </li>
  );
}

function OwnerInput({ task, onSave }: { task: ApiTask; onSave: (owner: string | null) => void }) {
  const hydrated = useHydrated();
  const [value, setValue] = useState(task.owner ?? "");
  const [syncedFrom, setSyncedFrom] = useState(task.owner);
  if (syncedFrom !== task.owner) {
    // The task changed on the server (or was rolled back): show its owner.
    setSyncedFrom(task.owner);
    setValue(task.owner ?? "");
  }
  const commit = () => {
    const next = value.trim() === "" ? null : value.trim();
    if (next !== (task.owner ?? null)) onSave(next);
  };
  return (
    <input
      aria-label={`Owner of ${task.title}`}
      placeholder="Owner"
      value={value}
      disabled={!hydrated}
      maxLength={100}
      onChange={(e) => setValue(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === "Enter") e.currentTarget.blur();
        if (e.key === "Escape") setValue(task.owner ?? "");
      }}
      className="h-8 w-28 rounded-md border-0 bg-white px-2 text-xs text-slate-700 ring-1 ring-slate-300 ring-inset placeholder:text-slate-400 focus:ring-2 focus:ring-brand-500"
      data-testid="task-owner"
    />
  );
}
