"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { isAppError } from "@/lib/errors";
import { PRIORITIES } from "@/lib/plan/contract/enums";
import type { Priority } from "@/lib/plan/contract";
import type { PhaseRef } from "@/lib/plan/views";
import { newTempId, useAddTask } from "@/lib/hooks/use-tasks";

const CONTROL =
  "h-9 w-full rounded-md border-0 bg-white px-2.5 text-sm ring-1 ring-slate-300 ring-inset placeholder:text-slate-400 focus:ring-2 focus:ring-brand-500";

/** "Add task": a title, a phase and optional fields; the export writes it in its neighbours' style. */
export function AddTaskForm({
  planId,
  phases,
  onAdded,
  onError,
}: {
  planId: string;
  phases: PhaseRef[];
  onAdded: (taskId: string) => void;
  onError: (message: string) => void;
}) {
  const add = useAddTask(planId);
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState("");
  const [phaseId, setPhaseId] = useState(phases[0]?.id ?? "");
  const [priority, setPriority] = useState<Priority | "">("");
  const [estimate, setEstimate] = useState("");
  if (phases.length === 0) return null;
  return (
    <>
      <Button onClick={() => setOpen((o) => !o)} aria-expanded={open} data-testid="add-task-toggle">
        Add task
      </Button>
      {open ? (
        <form
          aria-label="Add a task"
          className="fixed inset-x-3 top-24 z-30 space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-lg sm:absolute sm:inset-x-auto sm:right-3 sm:top-14 sm:w-96"
          onKeyDown={(e) => e.key === "Escape" && setOpen(false)}
          onSubmit={(e) => {
            e.preventDefault();
            const t = title.trim();
            if (!t || !phaseId) return;
            add.mutate(
              {
                phaseId,
                input: { title: t, priority: priority || null, estimate: estimate.trim() || null },
                temp: newTempId(),
              },
              {
                onSuccess: (created) => onAdded(created.id),
                onError: (err) => onError(isAppError(err) ? err.message : "Could not add the task."),
              },
            );
            setTitle("");
            setEstimate("");
            setOpen(false);
          }}
        >
          <label className="block space-y-1 text-xs font-medium text-slate-600">
            Title
            <input
              autoFocus
              required
              maxLength={300}
              value={title}
              onChange={(e) => setTitle(e.target.value)}
              className={CONTROL}
              data-testid="add-task-title"
            />
          </label>
          <label className="block space-y-1 text-xs font-medium text-slate-600">
            Phase
            <select
              value={phaseId}
              onChange={(e) => setPhaseId(e.target.value)}
              className={CONTROL}
              data-testid="add-task-phase"
            >
              {phases.map((p, i) => (
                <option key={p.id} value={p.id}>
                  {p.key ?? i + 1}. {p.title.slice(0, 60)}
                </option>
              ))}
            </select>
          </label>
          <div className="grid grid-cols-2 gap-2">
            <label className="block space-y-1 text-xs font-medium text-slate-600">
              Priority
              <select
                value={priority}
                onChange={(e) => setPriority(e.target.value as Priority | "")}
                className={CONTROL}
              >
                <option value="">None</option>
                {PRIORITIES.map((p) => (
                  <option key={p} value={p}>
                    {p}
                  </option>
                ))}
              </select>
            </label>
            <label className="block space-y-1 text-xs font-medium text-slate-600">
              Estimate
              <input
                value={estimate}
                maxLength={40}
                placeholder="e.g. 4h"
                onChange={(e) => setEstimate(e.target.value)}
                className={CONTROL}
              />
            </label>
          </div>
          <div className="flex justify-end gap-2">
            <Button variant="ghost" onClick={() => setOpen(false)}>
              Cancel
            </Button>
            <Button type="submit" disabled={!title.trim()} data-testid="add-task-submit">
              Add
            </Button>
          </div>
        </form>
      ) : null}
    </>
  );
}
