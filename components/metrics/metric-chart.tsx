"use client";

import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { ApiMetric } from "@/lib/plan/contract";

const day = (iso: string) => new Date(iso).toLocaleDateString(undefined, { month: "short", day: "numeric" });

/** Measurements over time with the target as a reference line (loaded lazily: Recharts is large). */
export default function MetricChart({ metric }: { metric: ApiMetric }) {
  const data = metric.measurements.map((m) => ({ t: new Date(m.measuredAt).getTime(), value: m.value }));
  const values = [...data.map((d) => d.value), metric.target.value];
  const pad = Math.max(1, (Math.max(...values) - Math.min(...values)) * 0.1);
  return (
    <div className="h-48 w-full" data-testid="metric-chart" data-points={data.length}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 8, right: 12, bottom: 0, left: 0 }}>
          <CartesianGrid stroke="#e2e8f0" strokeDasharray="3 3" />
          <XAxis
            dataKey="t"
            type="number"
            scale="time"
            domain={["dataMin", "dataMax"]}
            tickFormatter={(t: number) => day(new Date(t).toISOString())}
            fontSize={11}
          />
          <YAxis
            domain={[Math.min(...values) - pad, Math.max(...values) + pad]}
            fontSize={11}
            width={44}
            tickFormatter={(v: number) => String(Math.round(v * 100) / 100)}
          />
          <Tooltip
            labelFormatter={(t) => day(new Date(Number(t)).toISOString())}
            formatter={(v) => [`${v} ${metric.target.unit}`.trim(), metric.name]}
          />
          <ReferenceLine
            y={metric.target.value}
            stroke="#dc2626"
            strokeDasharray="4 4"
            label={{
              value: `target ${metric.target.op} ${metric.target.value}`,
              position: "insideTopRight",
              fontSize: 11,
              fill: "#b91c1c",
            }}
          />
          <Line
            type="monotone"
            dataKey="value"
            stroke="#4f46e5"
            strokeWidth={2}
            dot={{ r: 3 }}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
