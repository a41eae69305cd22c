"use client";

import { useState } from "react";
import { Card, CardBody } from "@/components/ui/card";
import { ProgressBar } from "@/components/ui/progress-bar";
import { Checklist } from "@/components/plans/checklist";
import { InlineText } from "@/components/plans/inline-text";
import { StatusBadge } from "@/components/plans/plan-badges";
import { TaskCard } from "@/components/plans/task-card";
import type { ApiItem, ApiPhase, ApiTask, TaskPatch } from "@/lib/plan/contract";
import { formatHours, planStats } from "@/lib/plan/stats";

/** Small plans open every phase; large ones start collapsed so the page stays light. */
const OPEN_ALL_UP_TO_TASKS = 200;
/** An open phase shows this many tasks, then a button for the rest. */
const TASKS_PER_STEP = 100;

type Handlers = { canEdit: boolean; onToggle: (item: ApiItem, done: boolean) => void; onUpdate: (task: ApiTask, patch: Omit<TaskPatch, "version">) => void };

export function PhaseList({ phases, totalTasks, ...handlers }: { phases: ApiPhase[]; totalTasks: number } & Handlers) {
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set(totalTasks <= OPEN_ALL_UP_TO_TASKS ? phases.map((p) => p.id) : []));
  const toggle = (id: string) => setOpen((s) => {
    const n = new Set(s);
    if (n.has(id)) n.delete(id);
    else n.add(id);
    return n;
  });
  return (
    <div className="space-y-4">
      <div className="flex items-center justify-between gap-2">
        <h2 className="text-sm font-semibold text-slate-900">Phases</h2>
        <div className="flex gap-2 text-xs">
          <button type="button" className="font-medium text-brand-700 hover:underline" onClick={() => setOpen(new Set(phases.map((p) => p.id)))}>Expand all</button>
          <button type="button" className="font-medium text-brand-700 hover:underline" onClick={() => setOpen(new Set())}>Collapse all</button>
        </div>
      </div>
      {phases.map((phase, idx) => (
        <PhaseCard key={phase.id} phase={phase} index={idx} open={open.has(phase.id)} onExpand={() => toggle(phase.id)} {...handlers} />
      ))}
    </div>
  );
}

function PhaseCard({ phase, index, open, onExpand, canEdit, onToggle, onUpdate }: { phase: ApiPhase; index: number; open: boolean; onExpand: () => void } & Handlers) {
  const [shown, setShown] = useState(TASKS_PER_STEP);
  const stats = planStats({ phases: [phase], criteria: [], decisions: [], metrics: [], warnings: [] });
  const bodyId = `phase-body-${phase.id}`;
  return (
    <Card data-testid="phase">
      <div className="flex items-start justify-between gap-4 px-5 py-4">
        <div className="min-w-0">
          <h3 className="text-sm font-semibold text-slate-900">
            <button type="button" onClick={onExpand} aria-expanded={open} aria-controls={bodyId} className="flex flex-wrap items-center gap-2 text-left focus-visible:outline-2 focus-visible:outline-brand-600" data-testid="phase-toggle">
              <svg viewBox="0 0 20 20" fill="currentColor" aria-hidden="true" className={`size-4 shrink-0 text-slate-400 transition-transform ${open ? "rotate-90" : ""}`}>
                <path d="M7.2 14.8a.75.75 0 0 1 0-1.06L10.94 10 7.2 6.26a.75.75 0 1 1 1.06-1.06l4.27 4.27a.75.75 0 0 1 0 1.06L8.26 14.8a.75.75 0 0 1-1.06 0Z" />
              </svg>
              <span className="text-slate-400">{phase.key ?? index + 1}.</span>
              <InlineText text={phase.title} />
              <StatusBadge status={phase.status} />
            </button>
          </h3>
          <p className="mt-0.5 pl-6 text-sm text-slate-500">
            {phase.weeks ? `Weeks ${phase.weeks.from}–${phase.weeks.to} · ` : ""}
            {stats.tasks} {stats.tasks === 1 ? "task" : "tasks"} · {stats.checkboxes.done}/{stats.checkboxes.total} checkboxes
            {stats.hours.max > 0 ? ` · ${formatHours(stats.hours.min, stats.hours.max)}` : ""}
          </p>
        </div>
        {stats.checkboxes.total > 0 ? (
          <div className="hidden w-32 shrink-0 pt-1 sm:block">
            <ProgressBar value={stats.checkboxes.done} total={stats.checkboxes.total} label={`${phase.title} progress`} />
          </div>
        ) : null}
      </div>
      {open ? (
        <div id={bodyId} className="border-t border-slate-100">
          {phase.tasks.length > 0 ? (
            <ul className="divide-y divide-slate-100">
              {phase.tasks.slice(0, shown).map((task) => (
                <TaskCard key={task.id} task={task} canEdit={canEdit} onToggleItem={onToggle} onUpdate={onUpdate} />
              ))}
            </ul>
          ) : null}
          {phase.tasks.length > shown ? (
            <CardBody className="border-t border-slate-100">
              <button type="button" className="text-sm font-medium text-brand-700 hover:underline" onClick={() => setShown((n) => n + TASKS_PER_STEP)}>
                Show {Math.min(TASKS_PER_STEP, phase.tasks.length - shown)} more of {phase.tasks.length - shown} tasks
              </button>
            </CardBody>
          ) : null}
          {phase.checklist.length > 0 ? (
            <CardBody className="border-t border-slate-100">
              <p className="mb-2 text-xs font-medium tracking-wide text-slate-500 uppercase">Deliverables</p>
              <Checklist items={phase.checklist} canEdit={canEdit} onToggle={onToggle} />
            </CardBody>
          ) : null}
          {phase.tasks.length === 0 && phase.checklist.length === 0 ? <CardBody className="text-sm text-slate-400">Nothing to track in this phase.</CardBody> : null}
        </div>
      ) : null}
    </Card>
  );
}
