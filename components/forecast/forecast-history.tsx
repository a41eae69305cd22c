import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { shortDate } from "@/components/roadmap/timeline-scale";
import type { ForecastWeek } from "@/lib/plan/schedule";
import { ForecastHistoryChart } from "./forecast-history-chart";
import { MoveWaterfall, signedDays } from "./move-waterfall";

export interface ForecastHistoryProps {
  weeks: ForecastWeek[];
  /** Complete weeks not computed yet (a later visit shows them). */
  pending: number;
  targetDate: string | null;
  /** The week whose move the waterfall explains; default the last one that moved. */
  focus?: string;
}

const weekName = (w: ForecastWeek) => (w.complete ? w.week : "This week so far");

/**
 * The forecast week by week (the roadmap page and the weekly summary): P50 and P85 at each
 * week's end as a chart and a table, and a waterfall of why one week's forecast moved.
 */
export function ForecastHistory({ weeks, pending, targetDate, focus }: ForecastHistoryProps) {
  // A week before the plan existed has no forecast to show.
  if (!weeks.length) return null;
  const focused =
    (focus ? weeks.find((w) => w.week === focus) : undefined) ?? [...weeks].reverse().find((w) => w.move) ?? null;
  return (
    <Card data-testid="forecast-history">
      <CardHeader
        title="Forecast history"
        description="P50 and P85 finish at the end of each week, and why the forecast moved."
      />
      <CardBody className="space-y-4">
        <div className="grid gap-6 lg:grid-cols-2">
          <div className="min-w-0 space-y-2">
            <div className="overflow-x-auto">
              <ForecastHistoryChart weeks={weeks} targetDate={targetDate} />
            </div>
            <p className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600" aria-hidden="true">
              <span className="inline-flex items-center gap-1.5">
                <span className="inline-block h-0.5 w-5 bg-brand-600" />
                P50
              </span>
              <span className="inline-flex items-center gap-1.5">
                <span className="inline-block h-0.5 w-5 border-t-2 border-dashed border-amber-600" />
                P85
              </span>
              {targetDate ? (
                <span className="inline-flex items-center gap-1.5">
                  <span className="inline-block h-0.5 w-5 border-t-2 border-dashed border-red-500" />
                  target {shortDate(targetDate)}
                </span>
              ) : null}
              <span>○ this week so far</span>
            </p>
            {weeks.length < 2 ? (
              <p className="text-xs text-slate-500">The history starts this week: each week&apos;s end adds a point.</p>
            ) : null}
            {pending ? (
              <p className="text-xs text-slate-500">{`${pending} earlier week${pending === 1 ? " is" : "s are"} still being computed; they show on the next visit.`}</p>
            ) : null}
          </div>
          <div className="min-w-0">
            <h3 className="mb-2 text-xs font-semibold text-slate-900">
              {focused ? `Why it moved: ${weekName(focused)}` : "Why it moved"}
            </h3>
            {focused?.move ? (
              <MoveWaterfall move={focused.move} />
            ) : (
              <p className="text-xs text-slate-500">No week to compare with yet: the plan is younger than a week.</p>
            )}
            <p className="mt-2 text-[11px] leading-snug text-slate-500">
              The changes of the week replayed one kind at a time (time, scope, estimates, dependencies and settings,
              work done), forecasting after each with the same seed: the parts add up to the move.
            </p>
          </div>
        </div>
        <details className="text-xs">
          <summary className="cursor-pointer text-slate-600">Numbers by week</summary>
          <table className="mt-2 w-full text-left tabular-nums" data-testid="forecast-history-table">
            <thead className="text-slate-500">
              <tr>
                <th scope="col" className="py-1 font-medium">
                  Week
                </th>
                <th scope="col" className="py-1 font-medium">
                  P50
                </th>
                <th scope="col" className="py-1 font-medium">
                  P85
                </th>
                <th scope="col" className="py-1 font-medium">
                  P50 moved
                </th>
              </tr>
            </thead>
            <tbody className="text-slate-700">
              {weeks.map((w) => (
                <tr key={w.week} className="border-t border-slate-100">
                  <th scope="row" className="py-1 font-normal">
                    {weekName(w)}
                  </th>
                  <td className="py-1">{shortDate(w.p50)}</td>
                  <td className="py-1">{shortDate(w.p85)}</td>
                  <td className="py-1">{w.move ? signedDays(w.move.total.p50) : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </CardBody>
    </Card>
  );
}
