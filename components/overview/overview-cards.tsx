import { Card, CardHeader } from "@/components/ui/card";
import { InlineText } from "@/components/plans/inline-text";
import { StatusBar, StatusLegend } from "@/components/plans/plan-badges";
import type { ApiPlan, Priority } from "@/lib/plan/contract";
import { PRIORITY_TITLE } from "@/lib/plan/labels";
import { perPlan } from "@/lib/plan/per-plan";
import { blockedTasks, hoursByPhase, tasksByPriority, type Hours } from "@/lib/plan/progress";
import type { PlanStats } from "@/lib/plan/stats";

// Counted once per cached plan version, not on every render of the overview.
export const planHours = perPlan(hoursByPhase);
const planBlocked = perPlan(blockedTasks);
const planPriorities = perPlan(tasksByPriority);

const h = (x: Hours) =>
  x.min === 0 && x.max === 0 ? "0 h" : x.min === x.max ? `${round(x.min)} h` : `${round(x.min)}–${round(x.max)} h`;
const round = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));
const pct = (n: number, d: number) => (d === 0 ? "0%" : `${Math.round((n / d) * 100)}%`);

export function ProgressCard({ plan, stats }: { plan: ApiPlan; stats: PlanStats }) {
  const byPriority = planPriorities(plan);
  return (
    <Card data-testid="overview-progress">
      <CardHeader
        title="Progress"
        description={`${stats.tasksByStatus.done} of ${stats.tasks} tasks done · ${stats.checkboxes.done} of ${stats.checkboxes.total} checkboxes`}
      />
      <div className="space-y-4 px-5 py-4">
        <div className="space-y-2">
          <StatusBar counts={stats.tasksByStatus} />
          <StatusLegend counts={stats.tasksByStatus} />
        </div>
        <dl className="grid grid-cols-5 gap-2 text-center">
          {(["P0", "P1", "P2", "P3", "none"] as const).map((p) => (
            <div
              key={p}
              className="rounded-md bg-slate-50 px-1 py-2"
              title={p === "none" ? "No priority" : PRIORITY_TITLE[p as Priority]}
            >
              <dt className="text-xs text-slate-500">{p === "none" ? "None" : p}</dt>
              <dd className="text-lg font-semibold text-slate-900 tabular-nums" data-testid={`priority-${p}`}>
                {byPriority[p]}
              </dd>
            </div>
          ))}
        </dl>
      </div>
    </Card>
  );
}

export function HoursCard({ plan }: { plan: ApiPlan }) {
  const { phases, plan: sum } = planHours(plan);
  return (
    <Card data-testid="overview-hours">
      <CardHeader
        title="Hours"
        description={
          <>
            {h(sum.total)} estimated · {h(sum.done)} done · {h(sum.remaining)} remaining.{" "}
            <span
              className={sum.unestimated ? "font-medium text-amber-800" : undefined}
              data-testid="unestimated-share"
            >
              {sum.unestimated} of {sum.tasks} tasks ({pct(sum.unestimated, sum.tasks)}) have no estimate
            </span>
            {sum.unestimated ? ", so the real total is higher." : "."}
          </>
        }
      />
      <div className="max-h-96 overflow-auto">
        <table className="w-full text-sm">
          <caption className="sr-only">Estimated, done and remaining hours per phase</caption>
          <thead className="sticky top-0 bg-white text-left text-xs text-slate-500">
            <tr>
              <th scope="col" className="px-5 py-2 font-medium">
                Phase
              </th>
              <th scope="col" className="px-2 py-2 text-right font-medium">
                Estimate
              </th>
              <th scope="col" className="hidden px-2 py-2 text-right font-medium sm:table-cell">
                Done
              </th>
              <th scope="col" className="px-2 py-2 text-right font-medium">
                Remaining
              </th>
              <th scope="col" className="px-5 py-2 text-right font-medium">
                No estimate
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 tabular-nums">
            {phases.map((p) => (
              <tr key={p.phaseId}>
                <th
                  scope="row"
                  className="max-w-40 truncate px-5 py-2 text-left font-normal text-slate-800 sm:max-w-64"
                >
                  <InlineText text={p.title} />
                </th>
                <td className="px-2 py-2 text-right whitespace-nowrap">{h(p.total)}</td>
                <td className="hidden px-2 py-2 text-right whitespace-nowrap text-emerald-700 sm:table-cell">
                  {h(p.done)}
                </td>
                <td className="px-2 py-2 text-right whitespace-nowrap">{h(p.remaining)}</td>
                <td className="px-5 py-2 text-right whitespace-nowrap text-slate-500">
                  {p.unestimated ? `${p.unestimated} of ${p.tasks}` : "—"}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Card>
  );
}

/** The card lists the first few; the rest are one link away (a 5,000-task plan has hundreds). */
const BLOCKED_SHOWN = 10;

export function BlockedCard({ plan, planId }: { plan: ApiPlan; planId: string }) {
  const blocked = planBlocked(plan);
  return (
    <Card data-testid="overview-blocked">
      <CardHeader
        title="Blocked"
        description={
          blocked.length
            ? `${blocked.length} ${blocked.length === 1 ? "task is" : "tasks are"} blocked`
            : "Nothing is blocked."
        }
      />
      {blocked.length ? (
        <ul className="divide-y divide-slate-100">
          {blocked.slice(0, BLOCKED_SHOWN).map((b) => (
            <li key={b.task.id} className="px-5 py-2.5" data-testid="blocked-task">
              <a
                href={`/plans/${planId}/tasks?task=${encodeURIComponent(b.task.id)}`}
                className="text-sm font-medium text-slate-900 hover:text-brand-700"
              >
                {b.task.key ? <span className="mr-1.5 font-mono text-xs text-slate-400">{b.task.key}</span> : null}
                <InlineText text={b.task.title} />
              </a>
              <p className="mt-0.5 text-xs text-slate-500">
                <span className="mr-1">{b.phaseTitle} ·</span>
                {b.reasons.join("; ")}
              </p>
            </li>
          ))}
          {blocked.length > BLOCKED_SHOWN ? (
            <li className="px-5 py-2.5 text-sm">
              <a
                href={`/plans/${planId}/tasks?status=blocked`}
                className="font-medium text-brand-700 hover:underline"
                data-testid="blocked-more"
              >
                and {blocked.length - BLOCKED_SHOWN} more
              </a>
            </li>
          ) : null}
        </ul>
      ) : null}
    </Card>
  );
}
