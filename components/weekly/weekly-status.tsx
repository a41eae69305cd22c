import type { ReactNode } from "react";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { STATUS_TITLE, type WeeklyStatus } from "@/lib/plan/weekly/status";
import type { WeeklySummary } from "@/lib/plan/weekly/types";

export const STATUS_TONE: Record<WeeklyStatus, BadgeTone> = { on_track: "green", at_risk: "amber", off_track: "red" };

/** The week's status: an owner's override (with its reason) beside the computed status and why; `control` edits it. */
export function WeeklyStatusSection({ s, control }: { s: WeeklySummary; control?: ReactNode }) {
  const f = s.forecast;
  const o = s.override;
  return (
    <section
      className="rounded-lg border border-slate-200 bg-white p-4"
      data-testid="weekly-status"
      data-status={s.status}
      data-computed={s.computed.status}
    >
      <div className="flex flex-wrap items-center gap-3">
        <Badge tone={STATUS_TONE[s.status]}>{STATUS_TITLE[s.status]}</Badge>
        <span className="text-sm text-slate-700 tabular-nums">
          {`P50 ${f.then ? `${f.then.p50} → ` : ""}${f.now.p50} · P85 ${f.then ? `${f.then.p85} → ` : ""}${f.now.p85} · target ${s.targetDate ?? "none"}`}
        </span>
      </div>
      {o ? (
        <div
          className="mt-2 rounded-md border-l-4 border-slate-300 bg-slate-50 px-3 py-2 text-sm text-slate-700"
          data-testid="weekly-override"
        >
          <p className="text-xs font-medium text-slate-500">{`Set by ${o.by ?? "an owner"} on ${o.at.slice(0, 10)}`}</p>
          <p className="mt-0.5 break-words">{o.reason}</p>
        </div>
      ) : null}
      <div className={o ? "mt-3" : "mt-2"}>
        {o ? (
          <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
            <span>Computed:</span>
            <Badge tone={STATUS_TONE[s.computed.status]}>{STATUS_TITLE[s.computed.status]}</Badge>
          </p>
        ) : null}
        <ul className="mt-1 list-disc space-y-0.5 pl-5 text-sm text-slate-700" data-testid="weekly-reasons">
          {s.computed.reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      </div>
      <p className="mt-2 text-xs text-slate-500">{`Rule: ${s.rule} Weeks run Monday to Sunday in ${s.week.timeZone}.`}</p>
      {control}
    </section>
  );
}
