"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { ChartsCard } from "@/components/overview/charts-card";
import { BlockedCard, HoursCard, ProgressCard } from "@/components/overview/overview-cards";
import { PhaseList } from "@/components/overview/phase-list";
import { hoursByPhase } from "@/lib/plan/progress";
import { ProgressBar } from "@/components/ui/progress-bar";
import { ApiError } from "@/lib/api/client";
import type { ApiItem, ApiPlan, ApiTask, TaskPatch } from "@/lib/plan/contract";
import { usePlan, useSetItemDone, useUpdateTask } from "@/lib/hooks/use-plans";
import { Checklist } from "./checklist";
import { ExportButtons } from "./export-buttons";
import { StatusBar } from "./plan-badges";
import { PlanTabs } from "./plan-tabs";
import { DecisionsCard, MetricsCard, WarningsCard } from "./plan-sections";
import { formatHours, planStats } from "@/lib/plan/stats";
import { ReimportDialog } from "./reimport-dialog";

export function PlanView({ initialPlan, canEdit }: { initialPlan: ApiPlan; canEdit: boolean }) {
  const { data: plan = initialPlan } = usePlan(initialPlan.id, initialPlan);
  const setItem = useSetItemDone(plan.id);
  const updateTask = useUpdateTask(plan.id);
  const [error, setError] = useState<string | null>(null);

  const stats = planStats(plan);
  const phaseHours = hoursByPhase(plan).phases;
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

      <PlanTabs planId={plan.id} />

      {!canEdit ? (
        <Alert tone="info">You have view-only access to this workspace: checkboxes and tasks are read-only.</Alert>
      ) : null}
      {error ? <Alert tone="error">{error}</Alert> : null}

      <div className="grid grid-cols-2 gap-3 sm:gap-4 xl:grid-cols-4">
        <Card className="p-4 sm:p-5">
          <p className="text-xs font-medium tracking-wide text-slate-500 uppercase">Checklist</p>
          <p className="mt-2 text-2xl font-semibold text-slate-900 tabular-nums" data-testid="stat-items">
            {stats.checkboxes.done}
            <span className="text-base font-normal text-slate-400">/{stats.checkboxes.total}</span>
          </p>
          <ProgressBar className="mt-3" value={stats.checkboxes.done} total={stats.checkboxes.total} label="Checklist progress" />
        </Card>
        <Card className="p-4 sm:p-5">
          <p className="text-xs font-medium tracking-wide text-slate-500 uppercase">Tasks</p>
          <p className="mt-2 text-2xl font-semibold text-slate-900 tabular-nums" data-testid="stat-tasks">
            {stats.tasksByStatus.done}
            <span className="text-base font-normal text-slate-400">/{stats.tasks} done</span>
          </p>
          <div className="mt-3">
            <StatusBar counts={stats.tasksByStatus} />
          </div>
        </Card>
        <Card className="p-4 sm:p-5">
          <p className="text-xs font-medium tracking-wide text-slate-500 uppercase">Estimated</p>
          <p className="mt-2 text-2xl font-semibold text-slate-900 tabular-nums">{formatHours(stats.hours.min, stats.hours.max)}</p>
          <p className="mt-2 text-xs text-slate-500">across {stats.phases} phases</p>
        </Card>
        <Card className="p-4 sm:p-5">
          <p className="text-xs font-medium tracking-wide text-slate-500 uppercase">Decisions</p>
          <p className="mt-2 text-2xl font-semibold text-slate-900 tabular-nums">
            {stats.decisions.open}
            <span className="text-base font-normal text-slate-400"> open of {stats.decisions.total}</span>
          </p>
          <p className="mt-2 text-xs text-slate-500">{stats.metrics} success metrics</p>
        </Card>
      </div>

      <div className="grid gap-4 lg:grid-cols-2">
        <ProgressCard plan={plan} stats={stats} />
        <BlockedCard plan={plan} planId={plan.id} />
      </div>
      <ChartsCard planId={plan.id} version={plan.version} phases={phaseHours} />
      <HoursCard plan={plan} />

      <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_20rem]">
        <PhaseList phases={plan.phases} totalTasks={stats.tasks} canEdit={canEdit} onToggle={toggle} onUpdate={update} />
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
