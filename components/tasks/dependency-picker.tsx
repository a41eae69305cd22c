"use client";

import { useMemo, useState } from "react";
import type { ApiTask } from "@/lib/plan/contract";
import type { TaskLite } from "@/lib/plan/views";
import { fold } from "@/lib/plan/task-query";

/** How a dependency on another task is written: its key when it has one, else its title. */
const refOf = (t: Pick<TaskLite, "key" | "title">) => t.key ?? t.title;

/** The task's dependencies; editors remove them or pick other tasks of the plan by key or title. */
export function DependencyPicker({
  tasks,
  task,
  canEdit,
  onChange,
}: {
  tasks: TaskLite[];
  task: ApiTask;
  canEdit: boolean;
  onChange: (dependsOn: string[]) => void;
}) {
  const [q, setQ] = useState("");
  const byId = useMemo(() => new Map(tasks.map((t) => [t.id, t])), [tasks]);
  const matches = useMemo(() => {
    const w = fold(q.trim());
    if (!w) return [];
    const taken = new Set(task.dependsOn);
    const out: TaskLite[] = [];
    for (const t of tasks) {
      if (t.id === task.id || taken.has(refOf(t))) continue;
      if (fold(`${t.key ?? ""} ${t.title}`).includes(w)) out.push(t);
      if (out.length === 8) break;
    }
    return out;
  }, [q, tasks, task]);
  return (
    <section aria-labelledby="panel-deps" className="space-y-2" data-testid="task-dependencies">
      <h3 id="panel-deps" className="text-xs font-medium tracking-wide text-slate-500 uppercase">
        Depends on
      </h3>
      {task.dependsOn.length === 0 ? <p className="text-sm text-slate-400">Nothing.</p> : null}
      <ul className="flex flex-wrap gap-1.5">
        {task.dependsOn.map((text, i) => {
          const dep = task.dependencies[i];
          const target = dep?.taskId ? byId.get(dep.taskId) : undefined;
          return (
            <li
              key={`${text}-${i}`}
              className="inline-flex items-center gap-1 rounded-md bg-slate-100 px-2 py-1 text-xs text-slate-700"
            >
              <span>
                {text}
                {target && target.title !== text ? (
                  <span className="text-slate-500"> · {target.title.slice(0, 40)}</span>
                ) : null}
              </span>
              {canEdit ? (
                <button
                  type="button"
                  aria-label={`Remove dependency ${text}`}
                  onClick={() => onChange(task.dependsOn.filter((_, j) => j !== i))}
                  className="rounded px-1 text-slate-500 hover:bg-slate-200 hover:text-slate-900"
                >
                  ×
                </button>
              ) : null}
            </li>
          );
        })}
      </ul>
      {canEdit ? (
        <div className="relative">
          <label>
            <span className="sr-only">Add a dependency</span>
            <input
              value={q}
              onChange={(e) => setQ(e.target.value)}
              placeholder="Add a dependency: type a key or title"
              className="h-8 w-full rounded-md border-0 bg-white px-2.5 text-sm ring-1 ring-slate-300 ring-inset placeholder:text-slate-400 focus:ring-2 focus:ring-brand-500"
              data-testid="dependency-search"
            />
          </label>
          {matches.length ? (
            <ul
              className="mt-1 divide-y divide-slate-100 rounded-md border border-slate-200 bg-white shadow-sm"
              aria-label="Matching tasks"
            >
              {matches.map((t) => (
                <li key={t.id}>
                  <button
                    type="button"
                    onClick={() => {
                      onChange([...task.dependsOn, refOf(t)]);
                      setQ("");
                    }}
                    className="block w-full truncate px-2.5 py-1.5 text-left text-sm hover:bg-slate-50 focus-visible:bg-slate-50 focus-visible:outline-none"
                    data-testid="dependency-option"
                  >
                    {t.key ? <span className="mr-1.5 font-mono text-xs text-slate-400">{t.key}</span> : null}
                    {t.title}
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
