import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import { ProgressBar } from "@/components/ui/progress-bar";
import { formatHours, type PlanStats } from "@/lib/plan/stats";
import { StatusBar } from "./plan-badges";

/** The four numbers at the top of the plan page. */
export function PlanStatCards({ stats }: { stats: PlanStats }) {
  return (
    <div className="grid grid-cols-2 gap-3 sm:gap-4 xl:grid-cols-4">
      <StatCard label="Checklist" testId="stat-items" value={stats.checkboxes.done} unit={`/${stats.checkboxes.total}`}>
        <ProgressBar
          className="mt-3"
          value={stats.checkboxes.done}
          total={stats.checkboxes.total}
          label="Checklist progress"
        />
      </StatCard>
      <StatCard label="Tasks" testId="stat-tasks" value={stats.tasksByStatus.done} unit={`/${stats.tasks} done`}>
        <div className="mt-3">
          <StatusBar counts={stats.tasksByStatus} />
        </div>
      </StatCard>
      <StatCard label="Estimated" value={formatHours(stats.hours.min, stats.hours.max)}>
        <p className="mt-2 text-xs text-slate-500">across {stats.phases} phases</p>
      </StatCard>
      <StatCard label="Decisions" value={stats.decisions.open} unit={` open of ${stats.decisions.total}`}>
        <p className="mt-2 text-xs text-slate-500">{stats.metrics} success metrics</p>
      </StatCard>
    </div>
  );
}

function StatCard(props: { label: string; value: ReactNode; unit?: string; testId?: string; children: ReactNode }) {
  return (
    <Card className="p-4 sm:p-5">
      <p className="text-xs font-medium tracking-wide text-slate-500 uppercase">{props.label}</p>
      <p className="mt-2 text-2xl font-semibold text-slate-900 tabular-nums" data-testid={props.testId}>
        {props.value}
        {props.unit ? <span className="text-base font-normal text-slate-400">{props.unit}</span> : null}
      </p>
      {props.children}
    </Card>
  );
}
