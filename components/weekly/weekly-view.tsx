import Link from "next/link";
import type { ReactNode } from "react";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { STATUS_TITLE, type WeeklyStatus } from "@/lib/plan/weekly/status";
import type { WeeklySummary } from "@/lib/plan/weekly/types";
import { BurndownSection, ChangesSection, DecisionsSection, DoneSection, MetricsSection, NextSection } from "./weekly-sections";

const TONE: Record<WeeklyStatus, BadgeTone> = { on_track: "green", at_risk: "amber", off_track: "red" };

/**
 * The weekly summary page body. `basePath` is where the week links point (the plan's page or a
 * share link); `exportHref` is the markdown download, absent where there is none; `actions` are
 * more buttons beside it (the owner's "Share").
 */
export function WeeklyView({ s, basePath, exportHref, actions }: { s: WeeklySummary; basePath: string; exportHref?: string; actions?: ReactNode }) {
  const f = s.forecast;
  return (
    <div className="space-y-4 print:space-y-2" data-testid="weekly">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div>
          <h1 className="text-lg font-semibold text-slate-900">{`Week ${s.week.label}`}</h1>
          <p className="text-sm text-slate-500">{`${s.title} · ${s.week.firstDay} to ${s.week.lastDay}`}</p>
        </div>
        <nav aria-label="Weeks" className="flex items-center gap-2 print:hidden">
          <Link className={buttonClasses("secondary", "sm")} href={`${basePath}?week=${s.previous}`} data-testid="weekly-previous">← {s.previous}</Link>
          {s.nextStarted ? <Link className={buttonClasses("secondary", "sm")} href={`${basePath}?week=${s.next}`} data-testid="weekly-next-week">{s.next} →</Link> : null}
          {exportHref ? <a className={buttonClasses("primary", "sm")} href={exportHref} download data-testid="weekly-export">Export markdown</a> : null}
          {actions}
        </nav>
      </div>
      <section className="rounded-lg border border-slate-200 bg-white p-4" data-testid="weekly-status" data-status={s.computed.status}>
        <div className="flex flex-wrap items-center gap-3">
          <Badge tone={TONE[s.computed.status]}>{STATUS_TITLE[s.computed.status]}</Badge>
          <span className="text-sm text-slate-700 tabular-nums">
            {`P50 ${f.then ? `${f.then.p50} → ` : ""}${f.now.p50} · P85 ${f.then ? `${f.then.p85} → ` : ""}${f.now.p85} · target ${s.targetDate ?? "none"}`}
          </span>
        </div>
        <ul className="mt-2 list-disc space-y-0.5 pl-5 text-sm text-slate-700">
          {s.computed.reasons.map((r) => <li key={r}>{r}</li>)}
        </ul>
        <p className="mt-2 text-xs text-slate-500">{`Rule: ${s.rule}`}</p>
      </section>
      <div className="grid gap-4 lg:grid-cols-2 print:grid-cols-1">
        <DoneSection s={s} />
        <NextSection s={s} />
        <ChangesSection s={s} />
        <DecisionsSection s={s} />
        <MetricsSection s={s} />
        <BurndownSection s={s} />
      </div>
    </div>
  );
}
