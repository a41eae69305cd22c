import type { Roadmap, RoadmapTask } from "@/lib/plan/schedule";
import { makeScale, shortDate, type Scale, type Zoom } from "./timeline-scale";
import { timelineDates, timelineRows, type Row } from "./timeline-rows";
import { TimelineMarkers } from "./timeline-markers";

/**
 * The roadmap as a server-rendered SVG: phases as bars with their progress, expandable (links,
 * so it works without JavaScript) to their tasks; dependency arrows; the P50 run's critical path
 * outlined and tasks shaded by criticality; dated windows dashed; last week's baseline as ghost
 * bars; today, target, P50 and P85 lines; open decisions as diamonds at their due date.
 */

export const LABEL_WIDTH = 180;
const TOP = 64;
const PHASE_H = 28;
const TASK_H = 22;
const MAX_ARROWS = 1500;

export interface TimelineProps {
  /** Link to the same page with other phases open. */
  hrefFor: (open: string[]) => string;
}

const rowHeight = (r: Row) => (r.kind === "phase" ? PHASE_H : TASK_H);
const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** Grey for a task never on the critical path, through amber to red for one always on it. */
export function criticalityColor(c: number): string {
  const hue = 40 - 35 * c;
  const sat = Math.round(20 + 70 * c);
  const light = Math.round(78 - 22 * c);
  return `hsl(${hue.toFixed(0)} ${sat}% ${light}%)`;
}

export interface TimelineLayout {
  scale: Scale;
  placed: { row: Row; top: number }[];
  y: Map<string, number>;
  height: number;
  hiddenTasks: number;
}

export function layoutTimeline(
  roadmap: Roadmap,
  baseline: Roadmap | null,
  zoom: Zoom,
  expanded: Set<string>,
): TimelineLayout {
  const scale = makeScale(timelineDates(roadmap, baseline), zoom, 0);
  const { rows, hiddenTasks } = timelineRows(roadmap, expanded);
  const y = new Map<string, number>();
  let at = TOP;
  const placed = rows.map((r) => {
    const top = at;
    at += rowHeight(r);
    if (r.kind === "task") y.set(r.task.id, top + TASK_H / 2);
    return { row: r, top };
  });
  return { scale, placed, y, height: at + 14, hiddenTasks };
}

/** The left column: phase names (links that open and close a phase) and task names. */
export function TimelineLabels({
  layout,
  expanded,
  hrefFor,
}: {
  layout: TimelineLayout;
  expanded: Set<string>;
  hrefFor: TimelineProps["hrefFor"];
}) {
  const toggle = (id: string) => hrefFor(expanded.has(id) ? [...expanded].filter((e) => e !== id) : [...expanded, id]);
  return (
    <svg
      width={LABEL_WIDTH}
      height={layout.height}
      className="block font-sans text-[11px]"
      aria-hidden="false"
      data-testid="roadmap-labels"
    >
      {layout.placed.map(({ row, top }, i) => {
        const h = rowHeight(row);
        const mid = top + h / 2 + 4;
        return (
          <g key={row.kind === "phase" ? row.phase.id : row.task.id}>
            {i % 2 ? <rect x={0} y={top} width={LABEL_WIDTH} height={h} fill="#f8fafc" /> : null}
            {row.kind === "phase" ? (
              <a
                href={toggle(row.phase.id)}
                aria-expanded={row.expanded}
                aria-label={`${row.expanded ? "Collapse" : "Expand"} ${row.phase.title}`}
              >
                <text x={8} y={mid} fontWeight={600} fill="#0f172a">
                  {`${row.tasks ? (row.expanded ? "▾ " : "▸ ") : "   "}${clip(row.phase.title, 24)}`}
                </text>
              </a>
            ) : (
              <text x={20} y={mid} fill="#334155">
                {clip(`${row.task.key ? `${row.task.key} ` : ""}${row.task.title}`, 27)}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}

/** The chart: bars, windows, ghosts, arrows, lines and decision markers. */
export function TimelineSvg({
  roadmap,
  baseline,
  layout,
}: {
  roadmap: Roadmap;
  baseline: Roadmap | null;
  layout: TimelineLayout;
}) {
  const { scale, placed, y, height, hiddenTasks } = layout;
  const baseById = new Map((baseline?.phases ?? []).map((p) => [p.id, p]));
  const baseTask = new Map((baseline?.tasks ?? []).map((t) => [t.id, t]));
  const critical = new Set(roadmap.criticalPath);
  return (
    <svg
      width={scale.width}
      height={height}
      viewBox={`0 0 ${scale.width} ${height}`}
      role="img"
      aria-labelledby="roadmap-svg-title"
      className="block font-sans text-[11px]"
      data-testid="roadmap-svg"
    >
      <title id="roadmap-svg-title">{`Timeline of ${roadmap.phases.length} phases; P50 finish ${roadmap.finish.p50}, P85 ${roadmap.finish.p85}`}</title>
      <defs>
        <marker id="arrow" viewBox="0 0 6 6" refX="6" refY="3" markerWidth="6" markerHeight="6" orient="auto">
          <path d="M0,0 L6,3 L0,6 z" fill="#64748b" />
        </marker>
        <marker id="arrow-critical" viewBox="0 0 6 6" refX="6" refY="3" markerWidth="6" markerHeight="6" orient="auto">
          <path d="M0,0 L6,3 L0,6 z" fill="#dc2626" />
        </marker>
      </defs>
      {placed.map(({ row, top }, i) =>
        i % 2 ? <rect key={`z${i}`} x={0} y={top} width={scale.width} height={rowHeight(row)} fill="#f8fafc" /> : null,
      )}
      <Grid scale={scale} height={height} />
      <Arrows roadmap={roadmap} scale={scale} y={y} critical={critical} />
      {placed.map(({ row, top }) =>
        row.kind === "phase" ? (
          <PhaseRow key={row.phase.id} row={row} top={top} scale={scale} base={baseById.get(row.phase.id) ?? null} />
        ) : (
          <TaskRow
            key={row.task.id}
            task={row.task}
            top={top}
            scale={scale}
            critical={critical.has(row.task.id)}
            base={baseTask.get(row.task.id) ?? null}
          />
        ),
      )}
      <TimelineMarkers roadmap={roadmap} scale={scale} height={height} top={TOP} />
      {hiddenTasks > 0 ? (
        <text
          x={8}
          y={height - 3}
          fill="#64748b"
        >{`${hiddenTasks} more tasks not drawn; open fewer phases or use the table.`}</text>
      ) : null}
    </svg>
  );
}

function Grid({ scale, height }: { scale: Scale; height: number }) {
  return (
    <g aria-hidden="true">
      {scale.ticks.map((t) => (
        <g key={t.x}>
          <line x1={t.x} x2={t.x} y1={14} y2={height} stroke={t.major ? "#cbd5e1" : "#e2e8f0"} />
          <text x={t.x + 3} y={11} fill="#475569" fontWeight={t.major ? 600 : 400}>
            {t.label}
          </text>
        </g>
      ))}
    </g>
  );
}

function PhaseRow({
  row,
  top,
  scale,
  base,
}: {
  row: Extract<Row, { kind: "phase" }>;
  top: number;
  scale: Scale;
  base: Roadmap["phases"][number] | null;
}) {
  const p = row.phase;
  const mid = top + PHASE_H / 2;
  const share =
    p.progress.hours > 0
      ? p.progress.hoursDone / p.progress.hours
      : p.progress.tasks
        ? p.progress.tasksDone / p.progress.tasks
        : 0;
  const tip = [
    p.title,
    p.window
      ? `Window ${shortDate(p.window.from)} – ${shortDate(p.window.to)}`
      : "No dated window: follows the phase before",
    p.start && p.finish ? `Scheduled ${shortDate(p.start)} – ${shortDate(p.finish)}` : "Nothing to schedule",
    p.p50 ? `P50 ${shortDate(p.p50)} · P85 ${shortDate(p.p85!)}` : "",
    `${p.progress.tasksDone}/${p.progress.tasks} tasks done, ${p.progress.hoursDone}/${p.progress.hours} h`,
    p.slipping ? "Slipping: its window has passed with work left" : "",
    p.overflow ? `${p.overflow} task(s) do not fit the window` : "",
  ]
    .filter(Boolean)
    .join("\n");
  return (
    <g data-testid="roadmap-phase" data-phase-id={p.id} data-tip={tip} data-slipping={p.slipping || undefined}>
      <title>{tip}</title>
      {p.window ? (
        <rect
          x={scale.x(p.window.from)}
          y={top + 3}
          width={scale.xEnd(p.window.to) - scale.x(p.window.from)}
          height={PHASE_H - 6}
          fill="none"
          stroke="#94a3b8"
          strokeDasharray="4 3"
          rx={3}
          data-testid="roadmap-window"
        />
      ) : null}
      {base?.start && base.finish ? (
        <rect
          x={scale.x(base.start)}
          y={top + PHASE_H - 7}
          width={Math.max(2, scale.xEnd(base.finish) - scale.x(base.start))}
          height={4}
          fill="#94a3b8"
          opacity={0.45}
          data-testid="roadmap-ghost"
        />
      ) : null}
      {p.start && p.finish ? (
        <g>
          <rect
            x={scale.x(p.start)}
            y={top + 6}
            width={Math.max(3, scale.xEnd(p.finish) - scale.x(p.start))}
            height={PHASE_H - 14}
            rx={3}
            fill="#c7d2fe"
            stroke={p.slipping ? "#dc2626" : "#6366f1"}
            strokeWidth={p.slipping ? 2 : 1}
          />
          <rect
            x={scale.x(p.start)}
            y={top + 6}
            width={Math.max(0, (scale.xEnd(p.finish) - scale.x(p.start)) * share)}
            height={PHASE_H - 14}
            rx={3}
            fill="#4f46e5"
          />
          {p.slipping || p.overflow ? (
            <text x={scale.xEnd(p.finish) + 4} y={mid + 4} fill="#dc2626" fontWeight={700}>
              {p.slipping ? "⚑ slipping" : `⚑ ${p.overflow} over window`}
            </text>
          ) : null}
        </g>
      ) : null}
    </g>
  );
}

function TaskRow({
  task,
  top,
  scale,
  critical,
  base,
}: {
  task: RoadmapTask;
  top: number;
  scale: Scale;
  critical: boolean;
  base: RoadmapTask | null;
}) {
  const mid = top + TASK_H / 2;
  const done = task.status === "done";
  const tip = [
    `${task.key ? `${task.key} ` : ""}${task.title}`,
    `${shortDate(task.start!)} – ${shortDate(task.finish!)}${task.worker ? ` · ${task.worker}` : ""}`,
    done ? "Done" : `Criticality ${Math.round(task.criticality * 100)}% · float ${task.float ?? 0} working days`,
    critical ? "On the critical path (P50 run)" : "",
    task.estimated ? "" : "No estimate: the plan's median is used",
    task.slipping ? "Slipping: its phase window has passed" : task.overflow ? "Does not fit its phase window" : "",
    task.heldBy.length ? "Held by an open decision" : "",
    task.external.length ? `Waits for: ${task.external.join("; ")}` : "",
  ]
    .filter(Boolean)
    .join("\n");
  const x = scale.x(task.start!);
  const w = Math.max(3, scale.xEnd(task.finish!) - x);
  return (
    <g data-testid="roadmap-task" data-task-id={task.id} data-critical={critical || undefined} data-tip={tip}>
      <title>{tip}</title>
      {base?.start && base.finish ? (
        <rect
          x={scale.x(base.start)}
          y={top + TASK_H - 5}
          width={Math.max(2, scale.xEnd(base.finish) - scale.x(base.start))}
          height={3}
          fill="#94a3b8"
          opacity={0.45}
        />
      ) : null}
      <rect
        x={x}
        y={top + 5}
        width={w}
        height={TASK_H - 10}
        rx={2}
        fill={done ? "#86efac" : criticalityColor(task.criticality)}
        stroke={critical ? "#dc2626" : task.slipping || task.overflow ? "#d97706" : "none"}
        strokeWidth={critical ? 2 : 1.5}
      />
      {task.slipping || task.overflow ? (
        <text x={x + w + 3} y={mid + 4} fill="#d97706" fontWeight={700}>
          ⚑
        </text>
      ) : null}
    </g>
  );
}

function Arrows({
  roadmap,
  scale,
  y,
  critical,
}: {
  roadmap: Roadmap;
  scale: Scale;
  y: Map<string, number>;
  critical: Set<string>;
}) {
  const byId = new Map(roadmap.tasks.map((t) => [t.id, t]));
  const paths: { d: string; crit: boolean; key: string }[] = [];
  for (const t of roadmap.tasks) {
    const ty = y.get(t.id);
    if (ty === undefined || !t.start) continue;
    for (const dep of t.dependsOn) {
      const from = byId.get(dep);
      const fy = y.get(dep);
      if (!from?.finish || fy === undefined || paths.length >= MAX_ARROWS) continue;
      const x1 = scale.xEnd(from.finish);
      const x2 = scale.x(t.start);
      const bend = Math.max(8, Math.min(30, Math.abs(x2 - x1) / 2));
      paths.push({
        key: `${dep}>${t.id}`,
        crit: critical.has(dep) && critical.has(t.id),
        d: `M${x1},${fy} C${x1 + bend},${fy} ${x2 - bend},${ty} ${x2},${ty}`,
      });
    }
  }
  return (
    <g fill="none" aria-hidden="true">
      {paths.map((p) => (
        <path
          key={p.key}
          d={p.d}
          stroke={p.crit ? "#dc2626" : "#94a3b8"}
          strokeWidth={p.crit ? 1.6 : 1}
          markerEnd={`url(#${p.crit ? "arrow-critical" : "arrow"})`}
          data-testid="roadmap-arrow"
          data-critical={p.crit || undefined}
        />
      ))}
    </g>
  );
}
