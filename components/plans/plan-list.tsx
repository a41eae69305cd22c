import Link from "next/link";
import { Card } from "@/components/ui/card";
import { ProgressBar } from "@/components/ui/progress-bar";
import { buttonClasses } from "@/components/ui/button";
import type { PlanOverview } from "@/lib/plan/contract";
import { formatHours } from "@/lib/plan/stats";
import { StatusBar, StatusLegend } from "./plan-badges";

export function PlanList({ plans, canImport }: { plans: PlanOverview[]; canImport: boolean }) {
  if (plans.length === 0) {
    return (
      <Card className="px-6 py-16 text-center">
        <h2 className="text-base font-semibold text-slate-900">No plans yet</h2>
        <p className="mx-auto mt-1 max-w-md text-sm text-slate-500">
          Import a markdown plan — a roadmap, a backlog, a readiness checklist — and Flightplan turns it into phases,
          tasks and checklists you can track.
        </p>
        {canImport ? (
          <Link href="/plans/new" className={buttonClasses("primary", "md", "mt-6")}>
            Import a plan
          </Link>
        ) : null}
      </Card>
    );
  }
  return (
    <Card className="overflow-hidden">
      <table className="w-full text-sm" data-testid="plan-list">
        <thead className="bg-slate-50 text-left text-xs font-medium tracking-wide text-slate-500 uppercase">
          <tr>
            <th className="px-5 py-3">Plan</th>
            <th className="hidden w-56 px-5 py-3 md:table-cell">Checklist</th>
            <th className="hidden w-64 px-5 py-3 lg:table-cell">Tasks</th>
            <th className="hidden w-36 px-5 py-3 text-right sm:table-cell">Hours</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {plans.map((plan) => {
            const { items, estimateHours: hours } = plan;
            const tasksTotal = plan.tasks.total;
            const pct = items.total ? Math.round((items.done / items.total) * 100) : 0;
            return (
              <tr key={plan.id} className="hover:bg-slate-50/60" data-testid="plan-row">
                <td className="px-5 py-4 align-top">
                  <Link href={`/plans/${plan.id}`} className="font-medium text-slate-900 hover:text-brand-700">
                    {plan.title}
                  </Link>
                  {plan.fileName ? <p className="mt-0.5 font-mono text-xs text-slate-400">{plan.fileName}</p> : null}
                  <div className="mt-2 md:hidden">
                    <ProgressBar value={items.done} total={items.total} label={`${plan.title} checklist progress`} />
                  </div>
                </td>
                <td className="hidden px-5 py-4 align-top md:table-cell">
                  <div className="flex items-center justify-between text-xs text-slate-500">
                    <span data-testid="plan-items">
                      {items.done}/{items.total} done
                    </span>
                    <span className="font-medium text-slate-700">{pct}%</span>
                  </div>
                  <ProgressBar
                    className="mt-1.5"
                    value={items.done}
                    total={items.total}
                    label={`${plan.title} checklist progress`}
                  />
                </td>
                <td className="hidden px-5 py-4 align-top lg:table-cell">
                  <p className="mb-1.5 text-xs text-slate-500">
                    {tasksTotal} {tasksTotal === 1 ? "task" : "tasks"}
                  </p>
                  <StatusBar counts={plan.tasks.byStatus} />
                  <div className="mt-2">
                    <StatusLegend counts={plan.tasks.byStatus} />
                  </div>
                </td>
                <td className="hidden px-5 py-4 text-right align-top whitespace-nowrap text-slate-700 tabular-nums sm:table-cell">
                  {formatHours(hours.min, hours.max)}
                  {hours.max > 0 ? (
                    <p className="mt-0.5 text-xs text-slate-400">
                      {formatHours(hours.remainingMin, hours.remainingMax)} left
                    </p>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </Card>
  );
}
