import type { Roadmap } from "@/lib/plan/schedule";
import { timelineRows } from "./timeline-rows";

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** The same schedule as the timeline, as a table for keyboards and screen readers. */
export function RoadmapTable({ roadmap, expanded }: { roadmap: Roadmap; expanded: Set<string> }) {
  const { rows } = timelineRows(roadmap, expanded);
  const critical = new Set(roadmap.criticalPath);
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[640px] text-left text-xs" data-testid="roadmap-table">
        <caption className="sr-only">Schedule of every phase and the tasks of open phases, in plan order</caption>
        <thead className="border-b border-slate-200 text-slate-500">
          <tr>
            <th scope="col" className="py-2 pr-3 font-medium">
              Phase / task
            </th>
            <th scope="col" className="py-2 pr-3 font-medium">
              Window
            </th>
            <th scope="col" className="py-2 pr-3 font-medium">
              Start
            </th>
            <th scope="col" className="py-2 pr-3 font-medium">
              Finish
            </th>
            <th scope="col" className="py-2 pr-3 font-medium">
              P50 / P85
            </th>
            <th scope="col" className="py-2 pr-3 font-medium">
              Who
            </th>
            <th scope="col" className="py-2 pr-3 font-medium">
              Criticality
            </th>
            <th scope="col" className="py-2 font-medium">
              Flags
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((r) =>
            r.kind === "phase" ? (
              <tr key={r.phase.id} className="bg-slate-50 font-medium" data-testid="roadmap-table-phase">
                <th scope="row" className="py-1.5 pr-3 text-slate-900">
                  {r.phase.title}
                </th>
                <td className="py-1.5 pr-3">
                  {r.phase.window ? `${r.phase.window.from} – ${r.phase.window.to}` : "—"}
                </td>
                <td className="py-1.5 pr-3">{r.phase.start ?? "—"}</td>
                <td className="py-1.5 pr-3">{r.phase.finish ?? "—"}</td>
                <td className="py-1.5 pr-3">{r.phase.p50 ? `${r.phase.p50} / ${r.phase.p85}` : "—"}</td>
                <td className="py-1.5 pr-3">{`${r.phase.progress.tasksDone}/${r.phase.progress.tasks} done`}</td>
                <td className="py-1.5 pr-3" />
                <td className="py-1.5">
                  {[r.phase.slipping && "slipping", r.phase.overflow && `${r.phase.overflow} over window`]
                    .filter(Boolean)
                    .join(", ")}
                </td>
              </tr>
            ) : (
              <tr key={r.task.id} data-testid="roadmap-table-task">
                <th
                  scope="row"
                  className="py-1.5 pr-3 pl-4 font-normal text-slate-700"
                >{`${r.task.key ? `${r.task.key} ` : ""}${r.task.title}`}</th>
                <td className="py-1.5 pr-3" />
                <td className="py-1.5 pr-3">{r.task.start}</td>
                <td className="py-1.5 pr-3">{r.task.finish}</td>
                <td className="py-1.5 pr-3" />
                <td className="py-1.5 pr-3">{r.task.worker ?? "—"}</td>
                <td className="py-1.5 pr-3">{r.task.status === "done" ? "done" : pct(r.task.criticality)}</td>
                <td className="py-1.5">
                  {[
                    critical.has(r.task.id) && "critical path",
                    r.task.slipping && "slipping",
                    r.task.overflow && "over window",
                    !r.task.estimated && "unestimated",
                    r.task.heldBy.length && "held by decision",
                  ]
                    .filter(Boolean)
                    .join(", ")}
                </td>
              </tr>
            ),
          )}
        </tbody>
      </table>
    </div>
  );
}
