import Link from "next/link";
import type { ReactNode } from "react";
import { buttonClasses } from "@/components/ui/button";
import type { WeeklySummary } from "@/lib/plan/weekly/types";
import {
  BurndownSection,
  ChangesSection,
  DecisionsSection,
  DoneSection,
  MetricsSection,
  NextSection,
} from "./weekly-sections";
import { WeeklyStatusSection } from "./weekly-status";

/**
 * The weekly summary page body. `basePath` is where the week links point (the plan's page or a
 * share link); `exportHref` is the markdown download, absent where there is none; `actions` are
 * more buttons beside it (the owner's "Share"); `statusControl` is the owner's override form,
 * absent for everyone else; `history` is the forecast week by week (components/forecast).
 */
export function WeeklyView(props: {
  s: WeeklySummary;
  basePath: string;
  exportHref?: string;
  actions?: ReactNode;
  statusControl?: ReactNode;
  history?: ReactNode;
}) {
  const { s, basePath, exportHref, actions, statusControl, history } = props;
  return (
    <div className="space-y-4 print:space-y-2" data-testid="weekly">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div>
          <h1 className="text-lg font-semibold text-slate-900">{`Week ${s.week.label}`}</h1>
          <p className="text-sm text-slate-500">{`${s.title} · ${s.week.firstDay} to ${s.week.lastDay}`}</p>
        </div>
        <nav aria-label="Weeks" className="flex items-center gap-2 print:hidden">
          <Link
            className={buttonClasses("secondary", "sm")}
            href={`${basePath}?week=${s.previous}`}
            data-testid="weekly-previous"
          >
            ← {s.previous}
          </Link>
          {s.nextStarted ? (
            <Link
              className={buttonClasses("secondary", "sm")}
              href={`${basePath}?week=${s.next}`}
              data-testid="weekly-next-week"
            >
              {s.next} →
            </Link>
          ) : null}
          {exportHref ? (
            <a className={buttonClasses("primary", "sm")} href={exportHref} download data-testid="weekly-export">
              Export markdown
            </a>
          ) : null}
          {actions}
        </nav>
      </div>
      <WeeklyStatusSection s={s} control={statusControl} />
      {history}
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
