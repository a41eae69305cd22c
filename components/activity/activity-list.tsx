import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import Link from "next/link";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import type { ActivityEntry } from "@/lib/plan/activity/types";

const TONE: Record<string, BadgeTone> = {
  task: "blue",
  item: "green",
  decision: "violet",
  measurement: "amber",
  plan: "slate",
  roadmap: "orange",
};

/** Times in the workspace's zone, the one the weekly summaries and the date filter use. */
const when = (iso: string, timeZone: string) => format(new TZDate(iso, timeZone), "yyyy-MM-dd HH:mm");

/** One page of the log, newest first: who, when, what, and each field's before → after. */
export function ActivityList({ entries, timeZone }: { entries: ActivityEntry[]; timeZone: string }) {
  if (!entries.length)
    return (
      <p
        className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-sm text-slate-500"
        data-testid="activity-empty"
      >
        No changes match these filters.
      </p>
    );
  return (
    <ol className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white" data-testid="activity-list">
      {entries.map((e) => (
        <li
          key={e.id}
          className="flex flex-col gap-1 px-4 py-3 sm:flex-row sm:gap-4"
          data-testid="activity-row"
          data-kind={e.kind}
          data-action={e.action}
        >
          <time
            dateTime={e.at}
            className="shrink-0 text-xs whitespace-nowrap text-slate-500 tabular-nums sm:w-36 sm:pt-0.5"
          >
            {when(e.at, timeZone)}
          </time>
          <div className="min-w-0 flex-1">
            <p className="text-sm text-slate-800 [overflow-wrap:anywhere]">
              <span className="font-medium text-slate-900">{e.actor?.name ?? "Someone"}</span> {e.summary}
            </p>
            {e.changes.length ? (
              <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-2 gap-y-0.5 text-xs text-slate-600">
                {e.changes.map((c) => (
                  <div key={c.field} className="contents">
                    <dt className="text-slate-500">{c.field}</dt>
                    <dd className="[overflow-wrap:anywhere]">
                      <span className="text-slate-500 line-through decoration-slate-300">{c.before}</span> →{" "}
                      <span className="text-slate-800">{c.after}</span>
                    </dd>
                  </div>
                ))}
              </dl>
            ) : null}
          </div>
          <Badge tone={TONE[e.kind] ?? "slate"} className="self-start">
            {e.kind}
          </Badge>
        </li>
      ))}
    </ol>
  );
}

/** Older / Newer as links: the cursor and the filters are all in the URL. */
export function ActivityPager({ newerHref, olderHref }: { newerHref: string | null; olderHref: string | null }) {
  if (!newerHref && !olderHref) return null;
  const off = "pointer-events-none opacity-40";
  return (
    <nav aria-label="Pages" className="flex justify-between gap-2">
      {newerHref ? (
        <Link href={newerHref} className={buttonClasses("secondary", "sm")} data-testid="activity-newer">
          ← Newer
        </Link>
      ) : (
        <span className={buttonClasses("secondary", "sm", off)} aria-hidden>
          ← Newer
        </span>
      )}
      {olderHref ? (
        <Link href={olderHref} className={buttonClasses("secondary", "sm")} data-testid="activity-older">
          Older →
        </Link>
      ) : (
        <span className={buttonClasses("secondary", "sm", off)} aria-hidden>
          Older →
        </span>
      )}
    </nav>
  );
}
