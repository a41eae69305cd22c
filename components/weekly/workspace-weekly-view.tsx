import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { STATUS_TITLE, WEEKLY_STATUSES } from "@/lib/plan/weekly/status";
import type { WorkspacePlanWeek, WorkspaceWeekly } from "@/lib/plan/weekly/workspace";
import { STATUS_TONE } from "./weekly-status";

const more = (shown: number, total: number) => (total > shown ? ` and ${total - shown} more` : "");

function PlanRow({ p, week }: { p: WorkspacePlanWeek; week: string }) {
  const f = p.forecast;
  return (
    <Card className="break-inside-avoid p-4 print:shadow-none" data-testid="workspace-plan" data-status={p.status}>
      <div className="flex flex-wrap items-center gap-2">
        <Badge tone={STATUS_TONE[p.status]}>{STATUS_TITLE[p.status]}</Badge>
        <Link
          href={`/plans/${p.planId}/weekly?week=${week}`}
          className="min-w-0 break-words font-medium text-slate-900 hover:underline"
        >
          {p.title}
        </Link>
      </div>
      {p.override ? (
        <p className="mt-2 break-words text-sm text-slate-700" data-testid="workspace-override">
          <span className="text-slate-500">{`Set by ${p.override.by ?? "an owner"}: `}</span>
          {p.override.reason}
          <span className="text-slate-500">{` · computed: ${STATUS_TITLE[p.computed.status].toLowerCase()}`}</span>
        </p>
      ) : null}
      <ul className="mt-2 list-disc space-y-0.5 pl-5 text-sm text-slate-600">
        {p.computed.reasons.map((r) => (
          <li key={r} className="break-words">
            {r}
          </li>
        ))}
      </ul>
      <dl className="mt-3 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
        <div>
          <dt className="inline text-slate-500">P50 </dt>
          <dd className="inline tabular-nums">{`${f.then ? `${f.then.p50} → ` : ""}${f.now.p50}`}</dd>
        </div>
        <div>
          <dt className="inline text-slate-500">P85 </dt>
          <dd className="inline tabular-nums">{`${f.then ? `${f.then.p85} → ` : ""}${f.now.p85}`}</dd>
          <span className="text-slate-500">{` · target ${p.targetDate ?? "none"}`}</span>
        </div>
        <div>
          <dt className="inline text-slate-500">Done </dt>
          <dd className="inline">{`${p.done.tasks} tasks, ${p.done.items} items, ${p.done.hours} h`}</dd>
        </div>
        <div>
          <dt className="inline text-slate-500">Decisions </dt>
          <dd className="inline">{`${p.decisions.made.length} made, ${p.decisions.due.length} due${p.decisions.due.some((d) => d.overdue) ? ` (${p.decisions.due.filter((d) => d.overdue).length} overdue)` : ""}`}</dd>
        </div>
        {p.slipped.total ? (
          <div className="sm:col-span-2 break-words">
            <dt className="inline text-slate-500">Slipped </dt>
            <dd className="inline">
              {p.slipped.items.map((t) => t.title).join("; ") + more(p.slipped.items.length, p.slipped.total)}
            </dd>
          </div>
        ) : null}
        {p.blocked.total ? (
          <div className="sm:col-span-2 break-words">
            <dt className="inline text-slate-500">Blocked </dt>
            <dd className="inline">
              {p.blocked.items.map((t) => `${t.priority ? `${t.priority} ` : ""}${t.title}`).join("; ") +
                more(p.blocked.items.length, p.blocked.total)}
            </dd>
          </div>
        ) : null}
      </dl>
    </Card>
  );
}

/** Every plan's week in the workspace: status counts, then each plan, worst first. */
export function WorkspaceWeeklyView({ w }: { w: WorkspaceWeekly }) {
  return (
    <div className="space-y-4" data-testid="workspace-weekly">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div>
          <h1 className="text-lg font-semibold text-slate-900">{`Week ${w.week.label}`}</h1>
          <p className="text-sm text-slate-500">{`All plans · ${w.week.firstDay} to ${w.week.lastDay} (${w.week.timeZone})`}</p>
        </div>
        <nav aria-label="Weeks" className="flex items-center gap-2 print:hidden">
          <Link className={buttonClasses("secondary", "sm")} href={`/weekly?week=${w.previous}`}>
            ← {w.previous}
          </Link>
          {w.nextStarted ? (
            <Link className={buttonClasses("secondary", "sm")} href={`/weekly?week=${w.next}`}>
              {w.next} →
            </Link>
          ) : null}
          <a
            className={buttonClasses("primary", "sm")}
            href={`/api/weekly?week=${w.week.label}&format=md`}
            download
            data-testid="workspace-export"
          >
            Export markdown
          </a>
        </nav>
      </div>
      <div className="flex flex-wrap gap-2" data-testid="workspace-counts">
        {WEEKLY_STATUSES.toReversed().map((s) => (
          <Badge key={s} tone={STATUS_TONE[s]}>{`${w.counts[s]} ${STATUS_TITLE[s].toLowerCase()}`}</Badge>
        ))}
      </div>
      {w.plans.length === 0 ? <p className="text-sm text-slate-500">No plans existed in this week.</p> : null}
      <div className="space-y-3">
        {w.plans.map((p) => (
          <PlanRow key={p.planId} p={p} week={w.week.label} />
        ))}
      </div>
    </div>
  );
}
