"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { ProgressBar } from "@/components/ui/progress-bar";
import { ApiError } from "@/lib/api/client";
import type { ApiItem, ApiPlan, ApiTask, TaskPatch } from "@/lib/plan/contract";
import { usePlan, useSetItemDone, useUpdateTask } from "@/lib/hooks/use-plans";
import { Checklist } from "./checklist";
import { ExportButtons } from "./export-buttons";
import { InlineText } from "./inline-text";
import { StatusBadge, StatusBar, StatusLegend } from "./plan-badges";
import { DecisionsCard, MetricsCard, WarningsCard } from "./plan-sections";
import { formatHours, planStats } from "@/lib/plan/stats";
import { ReimportDialog } from "./reimport-dialog";
import { TaskCard } from "./task-card";

export function PlanView({ initialPlan, canEdit }: { initialPlan: ApiPlan; canEdit: boolean }) {
  const { data: plan = initialPlan } = usePlan(initialPlan.id, initialPlan);
  const setItem = useSetItemDone(plan.id);
  const updateTask = useUpdateTask(plan.id);
  const [error, setError] = useState<string | null>(null);

  const stats = planStats(plan);
  const toggle = (item: ApiItem, done: boolean) => {
    setError(null);
    setItem.mutate(
      { itemId: item.id, done },
      { onError: (err) => setError(err instanceof ApiError ? err.message : "Could not save the checkbox.") },
    );
  };
  const update = (task: ApiTask, patch: Omit<TaskPatch, "version">) => {
    setError(null);
    updateTask.mutate(
      { taskId: task.id, patch: { ...patch, version: task.version } },
      {
        onError: (err) =>
          setError(
            err instanceof ApiError && err.status === 409
              ? `“${task.title}” was changed by someone else; the latest version is shown now. Make your edit again.`
              : err instanceof ApiError
                ? err.message
                : "Could not save the task.",
          ),
      },
    );
  };

  const metaEntries = Object.entries(plan.meta);

  return (
    <div className="space-y-6">
      <div className="flex flex-col gap-4 lg:flex-row lg:items-start lg:justify-between">
        <div className="min-w-0">
          <h1 className="text-2xl font-semibold tracking-tight text-slate-900" data-testid="plan-title">
            {plan.title}
          </h1>
          <div className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-slate-500">
            {plan.fileName ? <span className="font-mono text-xs">{plan.fileName}</span> : null}
            {metaEntries.slice(0, 4).map(([k, v]) => (
              <span key={k}>
                <span className="text-slate-400">{k}:</span> {v}
              </span>
            ))}
            {plan.repairedEncoding ? (
              <Badge tone="amber" title="The file was decoded with a legacy encoding and repaired to UTF-8">
                encoding repaired ({plan.repairedEncoding})
              </Badge>
            ) : null}
          </div>
        </div>
        <div className="flex shrink-0 flex-wrap gap-2">
          <ExportButtons planId={plan.id} />
          {canEdit ? <ReimportDialog planId={plan.id} /> : null}
        </div>
      </div>

      {!canEdit ? (
        <Alert tone="info">You have view-only access to this workspace: checkboxes and tasks are read-only.</Alert>
      ) : null}
      {error ? <Alert tone="error">{error}</Alert> : null}

      <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
        <Card className="p-5">
          <p className="text-xs font-medium tracking-wide text-slate-500 uppercase">Checklist</p>
          <p className="mt-2 text-2xl font-semibold text-slate-900 tabular-nums" data-testid="stat-items">
            {stats.checkboxes.done}
            <span className="text-base font-normal text-slate-400">/{stats.checkboxes.total}</span>
          </p>
          <ProgressBar className="mt-3" value={stats.checkboxes.done} total={stats.checkboxes.total} label="Checklist progress" />
        </Card>
        <Card className="p-5">
          <p className="text-xs font-medium tracking-wide text-slate-500 uppercase">Tasks</p>
          <p className="mt-2 text-2xl font-semibold text-slate-900 tabular-nums" data-testid="stat-tasks">
            {stats.tasksByStatus.done}
            <span className="text-base font-normal text-slate-400">/{stats.tasks} done</span>
          </p>
          <div className="mt-3">
            <StatusBar counts={stats.tasksByStatus} />
          </div>
        </Card>
        <Card className="p-5">
          <p className="text-xs font-medium tracking-wide text-slate-500 uppercase">Estimated</p>
          <p className="mt-2 text-2xl font-semibold text-slate-900 tabular-nums">{formatHours(stats.hours.min, stats.hours.max)}</p>
          <p className="mt-2 text-xs text-slate-500">across {stats.phases} phases</p>
        </Card>
        <Card className="p-5">
          <p className="text-xs font-medium tracking-wide text-slate-500 uppercase">Decisions</p>
          <p className="mt-2 text-2xl font-semibold text-slate-900 tabular-nums">
            {stats.decisions.open}
            <span className="text-base font-normal text-slate-400"> open of {stats.decisions.total}</span>
          </p>
          <p className="mt-2 text-xs text-slate-500">{stats.metrics} success metrics</p>
        </Card>
      </div>

      <StatusLegend counts={stats.tasksByStatus} />

      <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="space-y-4">
          {plan.phases.map((phase, idx) => {
            const phaseStats = planStats({ phases: [phase], criteria: [], decisions: [], metrics: [], warnings: [] });
            return (
              <Card key={phase.id} data-testid="phase">
                <CardHeader
                  title={
                    <span className="flex flex-wrap items-center gap-2">
                      <span className="text-slate-400">{phase.key ?? idx + 1}.</span>
                      <InlineText text={phase.title} />
                      <StatusBadge status={phase.status} />
                    </span>
                  }
                  description={
                    <>
                      {phase.weeks ? `Weeks ${phase.weeks.from}–${phase.weeks.to} · ` : ""}
                      {phaseStats.tasks} {phaseStats.tasks === 1 ? "task" : "tasks"} · {phaseStats.checkboxes.done}/{phaseStats.checkboxes.total} checkboxes
                      {phaseStats.hours.max > 0 ? ` · ${formatHours(phaseStats.hours.min, phaseStats.hours.max)}` : ""}
                    </>
                  }
                  actions={
                    phaseStats.checkboxes.total === 0 ? undefined : <div className="hidden w-32 sm:block">
                      <ProgressBar value={phaseStats.checkboxes.done} total={phaseStats.checkboxes.total} label={`${phase.title} progress`} />
                    </div>
                  }
                />
                {phase.tasks.length > 0 ? (
                  <ul className="divide-y divide-slate-100">
                    {phase.tasks.map((task) => (
                      <TaskCard key={task.id} task={task} canEdit={canEdit} onToggleItem={toggle} onUpdate={update} />
                    ))}
                  </ul>
                ) : null}
                {phase.checklist.length > 0 ? (
                  <CardBody className="border-t border-slate-100">
                    <p className="mb-2 text-xs font-medium tracking-wide text-slate-500 uppercase">Deliverables</p>
                    <Checklist items={phase.checklist} canEdit={canEdit} onToggle={toggle} />
                  </CardBody>
                ) : null}
                {phase.tasks.length === 0 && phase.checklist.length === 0 ? (
                  <CardBody className="text-sm text-slate-400">Nothing to track in this phase.</CardBody>
                ) : null}
              </Card>
            );
          })}
        </div>
        <div className="space-y-4">
          {plan.criteria.length > 0 ? (
            <Card data-testid="plan-criteria">
              <CardHeader title="Success criteria" description={`${plan.criteria.filter((c) => c.done).length} of ${plan.criteria.length} met`} />
              <CardBody>
                <Checklist items={plan.criteria} canEdit={canEdit} onToggle={toggle} />
              </CardBody>
            </Card>
          ) : null}
          <DecisionsCard decisions={plan.decisions} />
          <MetricsCard metrics={plan.metrics} />
          <WarningsCard warnings={plan.warnings} />
        </div>
      </div>
    </div>
  );
}
