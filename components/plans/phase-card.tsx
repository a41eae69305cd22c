import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { ProgressBar } from "@/components/ui/progress-bar";
import type { ApiPhase } from "@/lib/plan/contract";
import { formatHours, phaseProgress } from "@/lib/plan/stats";
import { Checklist } from "./checklist";
import { InlineText } from "./inline-text";
import { StatusBadge } from "./plan-badges";
import { TaskCard } from "./task-card";
import type { ToggleItem, UpdateTask } from "./use-plan-edits";

type Props = { phase: ApiPhase; index: number; canEdit: boolean; onToggle: ToggleItem; onUpdate: UpdateTask };

/** One phase of the plan page: its header with progress, its tasks, its deliverables. */
export function PhaseCard({ phase, index, canEdit, onToggle, onUpdate }: Props) {
  return (
    <Card data-testid="phase">
      <PhaseHeader phase={phase} index={index} />
      {phase.tasks.length > 0 ? (
        <ul className="divide-y divide-slate-100">
          {phase.tasks.map((task) => (
            <TaskCard key={task.id} task={task} canEdit={canEdit} onToggleItem={onToggle} onUpdate={onUpdate} />
          ))}
        </ul>
      ) : null}
      {phase.checklist.length > 0 ? (
        <CardBody className="border-t border-slate-100">
          <p className="mb-2 text-xs font-medium tracking-wide text-slate-500 uppercase">Deliverables</p>
          <Checklist items={phase.checklist} canEdit={canEdit} onToggle={onToggle} />
        </CardBody>
      ) : null}
      {phase.tasks.length === 0 && phase.checklist.length === 0 ? (
        <CardBody className="text-sm text-slate-400">Nothing to track in this phase.</CardBody>
      ) : null}
    </Card>
  );
}

function PhaseHeader({ phase, index }: { phase: ApiPhase; index: number }) {
  const { tasks, items, estimateHours: hours } = phaseProgress(phase);
  return (
    <CardHeader
      title={
        <span className="flex flex-wrap items-center gap-2">
          <span className="text-slate-400">{phase.key ?? index + 1}.</span>
          <InlineText text={phase.title} />
          <StatusBadge status={phase.status} />
        </span>
      }
      description={
        <>
          {phase.weeks ? `Weeks ${phase.weeks.from}–${phase.weeks.to} · ` : ""}
          {tasks.total} {tasks.total === 1 ? "task" : "tasks"} · {items.done}/{items.total} checkboxes
          {hours.max > 0 ? ` · ${formatHours(hours.min, hours.max)}` : ""}
        </>
      }
      actions={
        items.total === 0 ? undefined : (
          <div className="hidden w-32 sm:block">
            <ProgressBar value={items.done} total={items.total} label={`${phase.title} progress`} />
          </div>
        )
      }
    />
  );
}
