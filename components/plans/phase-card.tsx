"use client";

import { useState } from "react";
import { Card, CardBody } from "@/components/ui/card";
import { ProgressBar } from "@/components/ui/progress-bar";
import { usePhaseDetail } from "@/lib/hooks/use-plan-views";
import type { PhaseDetail, PhaseSummary } from "@/lib/plan/views";
import { formatHours, phaseProgress } from "@/lib/plan/stats";
import { Checklist } from "./checklist";
import { InlineText } from "./inline-text";
import { StatusBadge } from "./plan-badges";
import { TaskCard } from "./task-card";
import type { ToggleItem, UpdateTask } from "./use-plan-edits";

type Props = {
  planId: string;
  phase: PhaseSummary;
  initial?: PhaseDetail;
  index: number;
  canEdit: boolean;
  onToggle: ToggleItem;
  onUpdate: UpdateTask;
  open: boolean;
  onExpand: () => void;
};

/** An open phase shows this many tasks, then a button for the next ones (a phase may hold hundreds). */
const TASKS_PER_STEP = 100;

/**
 * One phase of the plan page: its header with progress; when open, its tasks and deliverables,
 * loaded when it first opens (a closed phase of a large plan costs the page nothing).
 */
export function PhaseCard({
  planId,
  phase: summary,
  initial,
  index,
  canEdit,
  onToggle,
  onUpdate,
  open,
  onExpand,
}: Props) {
  const [shown, setShown] = useState(TASKS_PER_STEP);
  const detail = usePhaseDetail(planId, summary.id, open, initial);
  const bodyId = `phase-body-${summary.id}`;
  const phase = detail.data;
  return (
    // Off screen, a closed card is neither laid out nor painted (125 phase headers on a large
    // plan's overview); an open one, of any height, always is, so scrolling never jumps.
    <Card
      data-testid="phase"
      className={open ? undefined : "[contain-intrinsic-size:auto_5.5rem] [content-visibility:auto]"}
    >
      <PhaseHeader phase={summary} detail={phase} index={index} open={open} onExpand={onExpand} bodyId={bodyId} />
      {open && !phase ? (
        <CardBody id={bodyId} className="border-t border-slate-100 text-sm text-slate-400">
          {detail.isError ? "Could not load the tasks of this phase." : "Loading the tasks…"}
        </CardBody>
      ) : null}
      {open && phase ? (
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
              <button
                type="button"
                className="text-sm font-medium text-brand-700 hover:underline"
                onClick={() => setShown((n) => n + TASKS_PER_STEP)}
              >
                Show {Math.min(TASKS_PER_STEP, phase.tasks.length - shown)} more of {phase.tasks.length - shown} tasks
              </button>
            </CardBody>
          ) : null}
          <PhaseBody phase={phase} canEdit={canEdit} onToggle={onToggle} />
        </div>
      ) : null}
    </Card>
  );
}

function PhaseBody({ phase, canEdit, onToggle }: { phase: PhaseDetail; canEdit: boolean; onToggle: ToggleItem }) {
  return (
    <>
      {phase.checklist.length > 0 ? (
        <CardBody className="border-t border-slate-100">
          <p className="mb-2 text-xs font-medium tracking-wide text-slate-500 uppercase">Deliverables</p>
          <Checklist items={phase.checklist} canEdit={canEdit} onToggle={onToggle} />
        </CardBody>
      ) : null}
      {phase.tasks.length === 0 && phase.checklist.length === 0 ? (
        <CardBody className="text-sm text-slate-400">Nothing to track in this phase.</CardBody>
      ) : null}
    </>
  );
}

function PhaseHeader({
  phase,
  detail,
  index,
  open,
  onExpand,
  bodyId,
}: {
  phase: PhaseSummary;
  detail?: PhaseDetail;
  index: number;
  open: boolean;
  onExpand: () => void;
  bodyId: string;
}) {
  // The loaded phase follows ticks at once; a closed one shows the server's numbers.
  const progress = detail ? phaseProgress(detail) : null;
  const tasks = progress ? progress.tasks : { total: phase.tasks };
  const items = progress ? progress.items : phase.items;
  const hours = progress ? progress.estimateHours : phase.hours;
  return (
    <div className="flex items-start justify-between gap-4 px-5 py-4">
      <div className="min-w-0">
        <h2 className="text-sm font-semibold text-slate-900">
          <button
            type="button"
            onClick={onExpand}
            aria-expanded={open}
            aria-controls={bodyId}
            className="flex flex-wrap items-center gap-2 text-left focus-visible:outline-2 focus-visible:outline-brand-600"
            data-testid="phase-toggle"
          >
            <svg
              viewBox="0 0 20 20"
              fill="currentColor"
              aria-hidden="true"
              className={`size-4 shrink-0 text-slate-400 transition-transform ${open ? "rotate-90" : ""}`}
            >
              <path d="M7.2 14.8a.75.75 0 0 1 0-1.06L10.94 10 7.2 6.26a.75.75 0 1 1 1.06-1.06l4.27 4.27a.75.75 0 0 1 0 1.06L8.26 14.8a.75.75 0 0 1-1.06 0Z" />
            </svg>
            <span className="text-slate-400">{phase.key ?? index + 1}.</span>
            <InlineText text={phase.title} />
            <StatusBadge status={phase.status} />
          </button>
        </h2>
        <p className="mt-0.5 pl-6 text-sm text-slate-500">
          {phase.weeks ? `Weeks ${phase.weeks.from}–${phase.weeks.to} · ` : ""}
          {tasks.total} {tasks.total === 1 ? "task" : "tasks"} · {items.done}/{items.total} checkboxes
          {hours.max > 0 ? ` · ${formatHours(hours.min, hours.max)}` : ""}
        </p>
      </div>
      {items.total === 0 ? null : (
        <div className="hidden w-32 shrink-0 pt-1 sm:block">
          <ProgressBar value={items.done} total={items.total} label={`${phase.title} progress`} />
        </div>
      )}
    </div>
  );
}
