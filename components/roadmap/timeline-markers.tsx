import type { Roadmap } from "@/lib/plan/schedule";
import { shortDate, type Scale } from "./timeline-scale";

type Line = { key: string; date: string; label: string; color: string; dash?: string };

/** Today, target, P50 and P85 as vertical lines with staggered labels; open decisions as diamonds. */
export function TimelineMarkers({
  roadmap,
  scale,
  height,
  top,
}: {
  roadmap: Roadmap;
  scale: Scale;
  height: number;
  top: number;
}) {
  const lines: Line[] = [
    { key: "today", date: roadmap.today, label: "Today", color: "#2563eb" },
    ...(roadmap.targetDate
      ? [{ key: "target", date: roadmap.targetDate, label: "Target", color: "#0f172a", dash: "6 3" }]
      : []),
    { key: "p50", date: roadmap.finish.p50, label: "P50", color: "#7c3aed" },
    { key: "p85", date: roadmap.finish.p85, label: "P85", color: "#7c3aed", dash: "3 3" },
  ];
  const sorted = [...lines].sort((a, b) => scale.x(a.date) - scale.x(b.date));
  const open = roadmap.decisions.filter((d) => d.status === "open" && d.due);
  const titleOf = new Map(roadmap.tasks.map((t) => [t.id, t.title]));
  return (
    <g>
      {sorted.map((l, i) => {
        const x = l.key === "today" ? scale.x(l.date) : scale.xEnd(l.date);
        return (
          <g key={l.key} data-testid={`roadmap-line-${l.key}`} data-date={l.date}>
            <title>{`${l.label}: ${shortDate(l.date)}`}</title>
            <line x1={x} x2={x} y1={top - 30} y2={height} stroke={l.color} strokeWidth={1.5} strokeDasharray={l.dash} />
            <text x={x + 3} y={i % 2 ? 34 : 24} fill={l.color} fontWeight={600}>
              {l.label}
            </text>
          </g>
        );
      })}
      {open.map((d) => {
        const x = scale.xEnd(d.due!);
        const held = d.holds.map((id) => titleOf.get(id)).filter(Boolean);
        const tip = `Decision: ${d.title}\nDue ${shortDate(d.due!)}${held.length ? `\nHolds: ${held.join("; ")}` : ""}`;
        return (
          <g key={d.id} data-testid="roadmap-decision" data-tip={tip}>
            <title>{tip}</title>
            <path d={`M${x},${top - 18} l6,6 l-6,6 l-6,-6 z`} fill="#f59e0b" stroke="#b45309" />
          </g>
        );
      })}
    </g>
  );
}
