import type { Move, MoveKind } from "@/lib/plan/schedule";
import { shortDate } from "@/components/roadmap/timeline-scale";

export const MOVE_LABELS: Record<MoveKind, string> = {
  time: "Time passing",
  scope: "Scope added or removed",
  estimates: "Estimates changed",
  plan: "Dependencies, people or settings",
  work: "Work done",
};

/** `+3 days`, `−1 day`, `±0`. */
export function signedDays(d: number): string {
  if (d === 0) return "±0";
  const n = Math.abs(d);
  return `${d > 0 ? "+" : "−"}${n} ${n === 1 ? "day" : "days"}`;
}

interface Row {
  key: string;
  label: string;
  from: number;
  to: number;
  total: boolean;
  p50: string;
  p85: string;
}

function rows(move: Move): Row[] {
  let at = 0;
  const parts = move.parts.map((p): Row => {
    const from = at;
    at += p.p50;
    return {
      key: p.kind,
      label: MOVE_LABELS[p.kind],
      from,
      to: at,
      total: false,
      p50: signedDays(p.p50),
      p85: signedDays(p.p85),
    };
  });
  return [
    {
      key: "then",
      label: "A week before",
      from: 0,
      to: 0,
      total: true,
      p50: shortDate(move.from.p50),
      p85: shortDate(move.from.p85),
    },
    ...parts,
    {
      key: "now",
      label: `Moved ${signedDays(move.total.p50)}`,
      from: 0,
      to: move.total.p50,
      total: true,
      p50: shortDate(move.to.p50),
      p85: shortDate(move.to.p85),
    },
  ];
}

/**
 * Why the P50 finish moved over the week, as a waterfall: one bar per kind of change, from where
 * the one before left the forecast (later: red, earlier: green), adding up to the move. HTML
 * bars (they fit a phone and print); the P85's parts are under the P50's.
 */
export function MoveWaterfall({ move }: { move: Move }) {
  const all = rows(move);
  const ends = all.flatMap((r) => [r.from, r.to]);
  const lo = Math.min(0, ...ends);
  const hi = Math.max(0, ...ends);
  const span = hi - lo || 1;
  const pct = (d: number) => ((d - lo) / span) * 100;
  return (
    <div data-testid="move-waterfall">
      <table className="w-full border-separate border-spacing-y-1 text-xs">
        <thead>
          <tr className="text-left text-[11px] font-medium tracking-wide text-slate-500 uppercase">
            <th scope="col" className="pr-2 font-medium">
              Change
            </th>
            <th scope="col" className="w-[45%] font-medium">
              <span className="sr-only">Bar</span>
            </th>
            <th scope="col" className="pl-2 text-right font-medium">
              P50 <span className="text-slate-400">/ P85</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {all.map((r) => {
            const left = pct(Math.min(r.from, r.to));
            const width = Math.max(pct(Math.max(r.from, r.to)) - left, 0);
            const tone = r.total
              ? "bg-slate-400"
              : r.to > r.from
                ? "bg-red-500"
                : r.to < r.from
                  ? "bg-emerald-500"
                  : "bg-slate-300";
            return (
              <tr key={r.key} data-kind={r.key} className={r.total ? "font-medium text-slate-900" : "text-slate-700"}>
                <th scope="row" className={`pr-2 text-left ${r.total ? "font-medium" : "font-normal"}`}>
                  {r.label}
                </th>
                <td>
                  <div className="relative h-3 rounded-sm bg-slate-100">
                    <div
                      className={`absolute top-0 h-3 rounded-sm ${tone}`}
                      style={{ left: `${left}%`, width: width > 0 ? `${width}%` : "2px" }}
                    />
                  </div>
                </td>
                <td className="pl-2 text-right whitespace-nowrap tabular-nums">
                  {r.p50}
                  <span className="block text-[11px] font-normal text-slate-500">{r.p85}</span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
