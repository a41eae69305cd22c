import type { ForecastWeek } from "@/lib/plan/schedule";
import { dayNumber, shortDate } from "@/components/roadmap/timeline-scale";

const W = 540;
const H = 220;
const PAD = { left: 84, right: 20, top: 14, bottom: 34 };
const DAY_MS = 86_400_000;

/** `Jan 12` (the year on a tick in January or the first one). */
const tickDate = (day: number, first: boolean) => {
  const d = new Date(day * DAY_MS);
  const year = first || d.getUTCMonth() === 0 ? ` ${d.getUTCFullYear()}` : "";
  return `${d.toLocaleDateString("en", { month: "short", day: "numeric", timeZone: "UTC" })}${year}`;
};
const weekShort = (label: string) => label.replace(/^\d{4}-/, "");

/** About four date ticks over [lo, hi], on whole weeks when the span allows. */
function dateTicks(lo: number, hi: number): number[] {
  const span = hi - lo;
  const step = span <= 10 ? 2 : span <= 35 ? 7 : span <= 90 ? 14 : span <= 200 ? 35 : Math.ceil(span / 4 / 7) * 7;
  const first = Math.ceil(lo / step) * step;
  const ticks: number[] = [];
  for (let d = first; d <= hi; d += step) ticks.push(d);
  return ticks;
}

/**
 * P50 and P85 finish week by week: a line each, the band between them, the target. Server-
 * rendered SVG (prints, needs no JavaScript); colours are the theme's classes, so it reads in
 * either theme. The numbers are in the table below it.
 */
export function ForecastHistoryChart({ weeks, targetDate }: { weeks: ForecastWeek[]; targetDate: string | null }) {
  if (!weeks.length) return null;
  const days = weeks.flatMap((w) => [dayNumber(w.p50), dayNumber(w.p85)]);
  const span = Math.max(14, Math.max(...days) - Math.min(...days));
  const wanted = targetDate ? dayNumber(targetDate) : null;
  // A target far off the forecasts would flatten the lines: it is named at the edge instead.
  const near = wanted !== null && wanted >= Math.min(...days) - span && wanted <= Math.max(...days) + span;
  const target = near ? wanted : null;
  const all = target === null ? days : [...days, target];
  let lo = Math.min(...all);
  let hi = Math.max(...all);
  const pad = Math.max(2, Math.round((hi - lo) * 0.08));
  lo -= pad;
  hi += pad;
  const x = (i: number) =>
    weeks.length === 1
      ? (PAD.left + W - PAD.right) / 2
      : PAD.left + (i / (weeks.length - 1)) * (W - PAD.left - PAD.right);
  const y = (iso: string | number) =>
    PAD.top + (1 - ((typeof iso === "number" ? iso : dayNumber(iso)) - lo) / (hi - lo)) * (H - PAD.top - PAD.bottom);
  const line = (pick: (w: ForecastWeek) => string) =>
    weeks.map((w, i) => `${x(i).toFixed(1)},${y(pick(w)).toFixed(1)}`).join(" ");
  const band = `${line((w) => w.p50)} ${weeks
    .map((w, i) => `${x(i).toFixed(1)},${y(w.p85).toFixed(1)}`)
    .reverse()
    .join(" ")}`;
  const first = weeks[0]!;
  const last = weeks[weeks.length - 1]!;
  const label = `Forecast history: P50 ${shortDate(first.p50)} in ${first.week}, ${shortDate(last.p50)} ${
    last.complete ? `in ${last.week}` : "now"
  }; P85 ${shortDate(first.p85)} then, ${shortDate(last.p85)} ${last.complete ? `in ${last.week}` : "now"}.`;
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 0 ${W} ${H}`}
      className="block h-auto w-full max-w-2xl min-w-[26rem] font-sans text-[12px]"
      data-testid="forecast-history-chart"
    >
      {dateTicks(lo, hi).map((d, k) => (
        <g key={d}>
          <line x1={PAD.left} x2={W - PAD.right} y1={y(d)} y2={y(d)} className="stroke-slate-200" />
          <text x={PAD.left - 6} y={y(d) + 4} textAnchor="end" className="fill-slate-500">
            {tickDate(d, k === 0)}
          </text>
        </g>
      ))}
      {weeks.map((w, i) => (
        <text key={w.week} x={x(i)} y={H - 12} textAnchor="middle" className="fill-slate-500">
          {w.complete ? weekShort(w.week) : "now"}
        </text>
      ))}
      {target !== null ? (
        <g>
          <line
            x1={PAD.left}
            x2={W - PAD.right}
            y1={y(target)}
            y2={y(target)}
            className="stroke-red-500"
            strokeDasharray="5 4"
          />
          <text x={W - PAD.right} y={y(target) - 4} textAnchor="end" className="fill-red-700">
            target
          </text>
        </g>
      ) : null}
      {wanted !== null && !near ? (
        <text
          x={W - PAD.right}
          y={wanted < lo ? H - PAD.bottom - 4 : PAD.top + 10}
          textAnchor="end"
          className="fill-red-700"
        >
          {`target ${tickDate(wanted, true)} ${wanted < lo ? "↓ (passed)" : "↑"}`}
        </text>
      ) : null}
      {weeks.length > 1 ? <polygon points={band} className="fill-brand-100" opacity={0.7} /> : null}
      <polyline
        points={line((w) => w.p85)}
        fill="none"
        className="stroke-amber-600"
        strokeWidth={2}
        strokeDasharray="6 3"
      />
      <polyline points={line((w) => w.p50)} fill="none" className="stroke-brand-600" strokeWidth={2.5} />
      {weeks.map((w, i) => (
        <g key={w.week}>
          <circle cx={x(i)} cy={y(w.p85)} r={3} className="fill-amber-600" />
          <circle
            cx={x(i)}
            cy={y(w.p50)}
            r={4}
            className={w.complete ? "fill-brand-600" : "fill-white stroke-brand-600"}
            strokeWidth={2}
          >
            <title>{`${w.complete ? w.week : "Now"}: P50 ${w.p50}, P85 ${w.p85}`}</title>
          </circle>
        </g>
      ))}
    </svg>
  );
}
