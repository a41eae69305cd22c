import { differenceInCalendarDays } from "date-fns";
import type { Roadmap } from "@/lib/plan/schedule";
import { shortDate } from "./timeline-scale";

const days = (a: string, b: string) => differenceInCalendarDays(new Date(`${b}T00:00:00Z`), new Date(`${a}T00:00:00Z`));

function moved(now: string, then: string | undefined): string | null {
  if (!then) return null;
  const d = days(then, now);
  return d === 0 ? "unchanged since last week" : `${d > 0 ? "+" : "−"}${Math.abs(d)} days since last week`;
}

const times = (x: number) => `${Number(x.toFixed(2))}×`;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Which spread single-number estimates get, and why (the page says so; README, "The roadmap"). */
export function spreadNote(s: Roadmap["spread"]): string {
  const range = `from ${times(s.lo)} to ${times(s.hi)} of it, most likely ${times(s.mode)}`;
  if (s.source === "given")
    return s.lo === s.hi
      ? "Single-number estimates are taken as certain."
      : `Single-number estimates are drawn ${range}.`;
  if (s.source === "history")
    return `Single-number estimates are uncertain: each is drawn ${range}, fitted to this plan's ${plural(s.tasks, "finished task")} (time from start to done against the estimate).`;
  return `Single-number estimates are uncertain: each is drawn ${range} (the default: tasks overrun more often, and by more, than they finish early). This plan's own history takes over from ${plural(s.minTasks, "finished task")} with a recorded start; it has ${s.tasks}.`;
}

/** How many unnamed people work the tasks without an owner, and where the number comes from. */
export function peopleNote(p: Roadmap["people"]): string {
  const who = `Tasks without an owner go to ${plural(p.unnamed, "unnamed person", "unnamed people")}`;
  return p.source === "owners"
    ? `${who}: as many as the plan's named owners${p.owners ? "" : " (at least one)"}; Settings can set another number.`
    : `${who} (Settings).`;
}

/** The forecast in numbers: P50, P85, target and its probability, the range, and what moved. */
export function RoadmapSummary({
  roadmap,
  baseline,
  settingsHref = null,
}: {
  roadmap: Roadmap;
  baseline: Roadmap | null;
  settingsHref?: string | null;
}) {
  const r = roadmap;
  const cells: { key: string; label: string; value: string; note?: string | null }[] = [
    {
      key: "p50",
      label: "P50 finish",
      value: shortDate(r.finish.p50),
      note: moved(r.finish.p50, baseline?.finish.p50),
    },
    {
      key: "p85",
      label: "P85 finish",
      value: shortDate(r.finish.p85),
      note: moved(r.finish.p85, baseline?.finish.p85),
    },
    {
      key: "target",
      label: "Target",
      value: r.targetDate ? shortDate(r.targetDate) : "none",
      note: r.pTarget !== null ? `${Math.round(r.pTarget * 100)}% chance to make it` : null,
    },
    {
      key: "range",
      label: "Earliest – latest",
      value: `${shortDate(r.finish.earliest)} – ${shortDate(r.finish.latest)}`,
      note: "all minimums / all maximums",
    },
  ];
  return (
    <div className="space-y-3">
      <dl className="grid grid-cols-2 gap-2 lg:grid-cols-4">
        {cells.map((c) => (
          <div
            key={c.key}
            className="rounded-md bg-white px-3 py-2 ring-1 ring-slate-200 ring-inset"
            data-testid={`roadmap-${c.key}`}
          >
            <dt className="text-[11px] font-medium tracking-wide text-slate-500 uppercase">{c.label}</dt>
            <dd className="text-base font-semibold text-slate-900 tabular-nums">{c.value}</dd>
            {c.note ? <dd className="text-xs text-slate-500">{c.note}</dd> : null}
          </div>
        ))}
      </dl>
      <p className="text-xs text-slate-500">
        {`${r.runs.toLocaleString("en")} seeded runs, ${r.distribution} estimates · critical path of the P50 run: ${r.criticalPath.length} tasks · today ${shortDate(r.today)}`}
        {r.unestimated ? ` · ${r.unestimated} tasks without estimate use the plan's median` : ""}
        {baseline ? "" : " · no baseline yet (the plan is younger than a week)"}
      </p>
      <p className="text-xs text-slate-500" data-testid="roadmap-assumptions">
        {`${spreadNote(r.spread)} ${peopleNote(r.people)}`}
        {settingsHref ? (
          <>
            {" "}
            <a href={settingsHref} className="text-brand-700 hover:underline">
              Settings
            </a>
          </>
        ) : null}
      </p>
      {r.cycles.length ? (
        <p
          className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-xs text-amber-900"
          data-testid="roadmap-cycles"
        >
          {`Dependency cycles, broken to schedule: ${r.cycles.map((c) => c.map((id) => r.tasks.find((t) => t.id === id)?.title ?? id).join(" → ")).join("; ")}`}
        </p>
      ) : null}
    </div>
  );
}
