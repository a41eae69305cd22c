"use client";

import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { Burndown } from "@/lib/plan/contract";
import { addCalendarDays, daysBetween } from "@/lib/plan/calendar-days";
import type { PhaseHours } from "@/lib/plan/progress";

/** Recharts is large: this file is only loaded by next/dynamic, after the page is interactive. */

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

export function BurndownChart({ data }: { data: Burndown }) {
  const rows = burndownRows(data);
  return (
    <div className="h-64 w-full" role="img" aria-label={burndownSummary(data)}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={rows} margin={{ top: 8, right: 12, bottom: 0, left: 0 }}>
          <CartesianGrid stroke="#e2e8f0" strokeDasharray="3 3" />
          <XAxis dataKey="date" tick={{ fontSize: 11 }} minTickGap={28} />
          <YAxis tick={{ fontSize: 11 }} width={48} unit="h" />
          <Tooltip formatter={(v) => [`${v} h`]} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Line type="stepAfter" dataKey="remaining" name="Remaining" stroke="#2563eb" strokeWidth={2} dot={data.points.length < 3 ? { r: 3 } : false} isAnimationActive={false} connectNulls={false} />
          <Line type="linear" dataKey="ideal" name={data.ideal?.basis === "target" ? "Ideal (to target)" : "Ideal (at capacity)"} stroke="#94a3b8" strokeDasharray="6 4" dot={false} isAnimationActive={false} />
          <Line type="linear" dataKey="p50" name="Forecast P50" stroke="#059669" dot={false} isAnimationActive={false} />
          <Line type="linear" dataKey="p85" name="Forecast P85" stroke="#d97706" strokeDasharray="2 3" dot={false} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
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
    <div className="max-h-96 w-full overflow-y-auto" role="img" aria-label={`Done and remaining hours for ${phases.length} phases`}>
      <div style={{ height: rows.length > 40 ? rows.length * 28 + 40 : height }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 12, bottom: 0, left: 0 }}>
            <CartesianGrid stroke="#e2e8f0" strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" tick={{ fontSize: 11 }} unit="h" />
            <YAxis type="category" dataKey="name" tick={PhaseTick} width={150} interval={0} />
            <Tooltip formatter={(v) => [`${v} h`]} />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            <Bar dataKey="done" name="Done" stackId="h" fill="#10b981" isAnimationActive={false} />
            <Bar dataKey="remaining" name="Remaining" stackId="h" fill="#94a3b8" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
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
