"use client";

import { Bar, BarChart, CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { Burndown } from "@/lib/plan/contract";
import { addCalendarDays, daysBetween } from "@/lib/plan/calendar-days";
import type { PhaseHours } from "@/lib/plan/progress";

/**
 * Recharts is large: this file is only loaded by next/dynamic, after the page is interactive. The
 * legends are plain HTML (ChartLegend): Recharts' Legend adds ~4 kB gzip to this lazy chunk for
 * a row of swatches.
 */

type LegendEntry = { name: string; color: string; dash?: string; square?: boolean };

/** The series' names with their colour and line style, under the chart. */
function ChartLegend({ entries }: { entries: LegendEntry[] }) {
  return (
    <ul className="mt-1 flex flex-wrap justify-center gap-x-4 gap-y-1 text-xs text-slate-600" aria-hidden="true">
      {entries.map((e) => (
        <li key={e.name} className="flex items-center gap-1.5">
          <svg width="16" height="10" viewBox="0 0 16 10" className="shrink-0">
            {e.square ? (
              <rect x="3" y="0" width="10" height="10" fill={e.color} />
            ) : (
              <line x1="0" y1="5" x2="16" y2="5" stroke={e.color} strokeWidth="2" strokeDasharray={e.dash} />
            )}
          </svg>
          {e.name}
        </li>
      ))}
    </ul>
  );
}

type Row = { date: string; remaining?: number; ideal?: number; p50?: number; p85?: number };

/** One row per day from the first point to the last line end; each series only where it is defined. */
export function burndownRows(b: Burndown): Row[] {
  const first = b.points[0]?.date;
  if (!first) return [];
  const ends = [b.points.at(-1)!.date, b.ideal?.to, b.forecast?.p85].filter((d): d is string => !!d).sort();
  const last = ends.at(-1)!;
  const span = daysBetween(first, last);
  // At most ~200 rows: a long forecast is drawn by the week.
  const step = Math.max(1, Math.ceil(span / 200));
  const byDate = new Map(b.points.map((p) => [p.date, p.remaining]));
  const today = b.points.at(-1)!;
  const rows: Row[] = [];
  const at = (from: string, to: string, hours: number, d: string) => {
    const total = daysBetween(from, to);
    const k = daysBetween(from, d);
    return k < 0 || k > total ? undefined : Math.round(hours * (1 - k / Math.max(1, total)) * 10) / 10;
  };
  for (let i = 0; i <= span; i += step) rows.push(row(addCalendarDays(first, i)));
  if (rows.at(-1)?.date !== last) rows.push(row(last));
  return rows;

  function row(date: string): Row {
    return {
      date,
      remaining: byDate.get(date),
      ideal: b.ideal ? at(b.ideal.from, b.ideal.to, b.ideal.hours, date) : undefined,
      p50: b.forecast ? at(today.date, b.forecast.p50, today.remaining, date) : undefined,
      p85: b.forecast ? at(today.date, b.forecast.p85, today.remaining, date) : undefined,
    };
  }
}

const BURNDOWN = {
  remaining: { color: "#2563eb" },
  ideal: { color: "#94a3b8", dash: "6 4" },
  p50: { color: "#059669" },
  p85: { color: "#d97706", dash: "2 3" },
};

export function BurndownChart({ data }: { data: Burndown }) {
  const rows = burndownRows(data);
  const idealName = data.ideal?.basis === "target" ? "Ideal (to target)" : "Ideal (at capacity)";
  return (
    <div className="w-full" role="img" aria-label={burndownSummary(data)}>
      <div className="h-56 w-full">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={rows} margin={{ top: 8, right: 12, bottom: 0, left: 0 }}>
            <CartesianGrid stroke="#e2e8f0" strokeDasharray="3 3" />
            <XAxis dataKey="date" tick={{ fontSize: 11 }} minTickGap={28} />
            <YAxis tick={{ fontSize: 11 }} width={48} unit="h" />
            <Tooltip formatter={(v) => [`${v} h`]} />
            <Line
              type="stepAfter"
              dataKey="remaining"
              name="Remaining"
              stroke={BURNDOWN.remaining.color}
              strokeWidth={2}
              dot={data.points.length < 3 ? { r: 3 } : false}
              isAnimationActive={false}
              connectNulls={false}
            />
            <Line
              type="linear"
              dataKey="ideal"
              name={idealName}
              stroke={BURNDOWN.ideal.color}
              strokeDasharray={BURNDOWN.ideal.dash}
              dot={false}
              isAnimationActive={false}
            />
            <Line
              type="linear"
              dataKey="p50"
              name="Forecast P50"
              stroke={BURNDOWN.p50.color}
              dot={false}
              isAnimationActive={false}
            />
            <Line
              type="linear"
              dataKey="p85"
              name="Forecast P85"
              stroke={BURNDOWN.p85.color}
              strokeDasharray={BURNDOWN.p85.dash}
              dot={false}
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <ChartLegend
        entries={[
          { name: "Remaining", ...BURNDOWN.remaining },
          { name: idealName, ...BURNDOWN.ideal },
          { name: "Forecast P50", ...BURNDOWN.p50 },
          { name: "Forecast P85", ...BURNDOWN.p85 },
        ]}
      />
    </div>
  );
}

export function burndownSummary(b: Burndown): string {
  const now = b.points.at(-1);
  const parts = [`Burn-down: ${now?.remaining ?? 0} hours remaining on ${now?.date ?? "today"}`];
  if (b.forecast) parts.push(`forecast P50 finish ${b.forecast.p50}, P85 ${b.forecast.p85}`);
  if (b.ideal) parts.push(`ideal line reaches zero on ${b.ideal.to}`);
  return parts.join("; ") + ".";
}

export function PhaseHoursChart({ phases }: { phases: PhaseHours[] }) {
  const rows = phases.map((p, i) => ({
    name: `${i + 1}. ${p.title.length > 20 ? `${p.title.slice(0, 19)}…` : p.title}`,
    done: mid(p.done),
    remaining: mid(p.remaining),
  }));
  const height = Math.max(160, Math.min(rows.length, 40) * 28 + 40);
  return (
    <div className="w-full" role="img" aria-label={`Done and remaining hours for ${phases.length} phases`}>
      <div className="max-h-96 w-full overflow-y-auto">
        <div style={{ height: rows.length > 40 ? rows.length * 28 + 40 : height }}>
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 12, bottom: 0, left: 0 }}>
              <CartesianGrid stroke="#e2e8f0" strokeDasharray="3 3" horizontal={false} />
              <XAxis type="number" tick={{ fontSize: 11 }} unit="h" />
              <YAxis type="category" dataKey="name" tick={PhaseTick} width={150} interval={0} />
              <Tooltip formatter={(v) => [`${v} h`]} />
              <Bar dataKey="done" name="Done" stackId="h" fill="#10b981" isAnimationActive={false} />
              <Bar dataKey="remaining" name="Remaining" stackId="h" fill="#94a3b8" isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        </div>
      </div>
      <ChartLegend
        entries={[
          { name: "Done", color: "#10b981", square: true },
          { name: "Remaining", color: "#94a3b8", square: true },
        ]}
      />
    </div>
  );
}

/** One line per phase label (Recharts wraps tick text to the axis width otherwise). */
function PhaseTick({ x, y, payload }: { x?: number | string; y?: number | string; payload?: { value?: unknown } }) {
  return (
    <text x={x} y={y} dy={4} textAnchor="end" fontSize={11} fill="#475569">
      {String(payload?.value ?? "")}
    </text>
  );
}

const mid = (h: { min: number; max: number }) => Math.round(((h.min + h.max) / 2) * 10) / 10;
