import { buttonClasses } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import type { ForecastSummary, WhatIf } from "@/lib/plan/schedule";
import { signedDays } from "@/components/forecast/move-waterfall";
import { dayNumber, shortDate } from "./timeline-scale";

export interface WhatIfView {
  whatIf: WhatIf;
  current: ForecastSummary;
  result: ForecastSummary;
}

const pct = (p: number | null) => (p === null ? "—" : `${Math.round(p * 100)}%`);
const diff = (a: string, b: string) => signedDays(dayNumber(b) - dayNumber(a));

function Comparison({ view }: { view: WhatIfView }) {
  const { current: c, result: r } = view;
  const rows: [string, string, string, string][] = [
    ["P50 finish", shortDate(c.finish.p50), shortDate(r.finish.p50), diff(c.finish.p50, r.finish.p50)],
    ["P85 finish", shortDate(c.finish.p85), shortDate(r.finish.p85), diff(c.finish.p85, r.finish.p85)],
    [
      "Earliest – latest",
      `${shortDate(c.finish.earliest)} – ${shortDate(c.finish.latest)}`,
      `${shortDate(r.finish.earliest)} – ${shortDate(r.finish.latest)}`,
      "",
    ],
    [
      "Chance by target",
      c.targetDate ? `${pct(c.pTarget)} by ${shortDate(c.targetDate)}` : "no target",
      r.targetDate ? `${pct(r.pTarget)} by ${shortDate(r.targetDate)}` : "no target",
      "",
    ],
    ["Unnamed people", String(c.people.unnamed), String(r.people.unnamed), ""],
    ["Open tasks", String(c.openTasks), String(r.openTasks), ""],
  ];
  return (
    <table className="w-full max-w-2xl text-left text-sm tabular-nums" data-testid="what-if-result">
      <thead className="text-xs text-slate-500">
        <tr>
          <th scope="col" className="py-1 font-medium">
            <span className="sr-only">Measure</span>
          </th>
          <th scope="col" className="py-1 font-medium">
            Current
          </th>
          <th scope="col" className="py-1 font-medium">
            What-if
          </th>
        </tr>
      </thead>
      <tbody className="text-slate-700">
        {rows.map(([label, a, b, d]) => (
          <tr key={label} className="border-t border-slate-100">
            <th scope="row" className="py-1 pr-2 text-xs font-medium text-slate-500">
              {label}
            </th>
            <td className="py-1 pr-2">{a}</td>
            <td className="py-1 pr-2 font-medium text-slate-900">
              {b}
              {d ? <span className="ml-2 text-xs font-normal whitespace-nowrap text-slate-500">{d}</span> : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * "What if…": a plain GET form (works without JavaScript) that reloads the page with the what-if
 * in the query; the server forecasts it beside the current one. Nothing is saved.
 */
export function WhatIfPanel({
  view,
  error,
  keep,
}: {
  view: WhatIfView | null;
  error: string | null;
  /** Query parameters the form carries over (zoom, open). */
  keep: Record<string, string>;
}) {
  const w = view?.whatIf ?? {};
  const clearHref = `?${new URLSearchParams(keep).toString()}`;
  return (
    <Card data-testid="what-if">
      <CardHeader
        title="What if…"
        description="Try a change and see the forecast beside the current one; nothing is saved."
      />
      <CardBody className="space-y-4">
        <form method="get" className="flex flex-wrap items-end gap-x-5 gap-y-3 text-sm text-slate-700">
          {Object.entries(keep).map(([k, v]) => (
            <input key={k} type="hidden" name={k} value={v} />
          ))}
          <label className="inline-flex items-center gap-2">
            <input type="checkbox" name="people" value="1" defaultChecked={!!w.addPeople} />
            Add one person
          </label>
          <label className="inline-flex items-center gap-2">
            <input type="checkbox" name="drop" value="P3" defaultChecked={!!w.drop?.includes("P3")} />
            Drop P3 tasks
          </label>
          <label className="inline-flex items-center gap-2">
            <input type="checkbox" name="narrow" value="1" defaultChecked={!!w.narrow} />
            Narrow every range to its minimum
          </label>
          <label className="inline-flex flex-col gap-1">
            <span className="text-xs text-slate-500">New target date</span>
            <input
              type="date"
              name="target"
              defaultValue={w.targetDate ?? ""}
              className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm text-slate-900"
            />
          </label>
          <span className="flex gap-2">
            <button type="submit" className={buttonClasses("primary", "sm")} data-testid="what-if-try">
              Try
            </button>
            {view ? (
              <a href={clearHref} className={buttonClasses("secondary", "sm")}>
                Clear
              </a>
            ) : null}
          </span>
        </form>
        {error ? (
          <p className="text-sm text-red-700" role="alert">
            {error}
          </p>
        ) : null}
        {view ? <Comparison view={view} /> : null}
      </CardBody>
    </Card>
  );
}
