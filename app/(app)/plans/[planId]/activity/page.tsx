import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActivityFilters } from "@/components/activity/activity-filters";
import { ActivityList, ActivityPager } from "@/components/activity/activity-list";
import { PlanTabs } from "@/components/plans/plan-tabs";
import { Alert } from "@/components/ui/alert";
import { requireActor } from "@/lib/auth";
import { isAppError } from "@/lib/errors";
import {
  activityHref,
  parseActivityQuery,
  type ActivityFilters as Filters,
  type ActivityQuery,
} from "@/lib/plan/activity/query";
import type { ActivityPage } from "@/lib/plan/activity/types";
import { listActivity, listActivityPeople } from "@/lib/server/activity-log";

export const metadata: Metadata = { title: "Activity" };

type Search = Record<string, string | string[] | undefined>;
const single = (s: Search) => ({ get: (k: string) => (typeof s[k] === "string" ? (s[k] as string) : null) });
const NO_FILTERS: Filters = { actor: null, kind: null, from: null, to: null };

export default async function ActivityLogPage({
  params,
  searchParams,
}: {
  params: Promise<{ planId: string }>;
  searchParams: Promise<Search>;
}) {
  const [{ planId }, search] = await Promise.all([params, searchParams]);
  const actor = await requireActor();
  const base = `/plans/${planId}/activity`;
  let query: ActivityQuery | null = null;
  let problem: string | null = null;
  try {
    query = parseActivityQuery(single(search));
  } catch (err) {
    if (!isAppError(err)) throw err;
    problem = err.message;
  }
  let page: ActivityPage;
  try {
    // A malformed filter still shows the newest changes, under the message saying what was wrong.
    page = await listActivity(actor, planId, query ?? { ...NO_FILTERS, cursor: null, limit: 50 });
  } catch (err) {
    if (isAppError(err) && err.code === "not_found") notFound();
    throw err;
  }
  const people = await listActivityPeople(actor);
  const filters = query ?? NO_FILTERS;
  const keep = { ...filters, limit: query?.limit };
  return (
    <div className="space-y-4">
      <PlanTabs planId={planId} current="/activity" />
      <div>
        <h1 className="text-lg font-semibold text-slate-900">Activity</h1>
        <p className="text-sm text-slate-500">{`${page.title} · every change, newest first · times in ${page.timeZone}`}</p>
      </div>
      <ActivityFilters basePath={base} filters={filters} people={people} />
      {problem ? <Alert tone="error">{problem}</Alert> : null}
      <ActivityPager
        newerHref={page.newer ? activityHref(base, keep, page.newer) : null}
        olderHref={page.older ? activityHref(base, keep, page.older) : null}
      />
      <ActivityList entries={page.entries} timeZone={page.timeZone} />
      <ActivityPager
        newerHref={page.newer ? activityHref(base, keep, page.newer) : null}
        olderHref={page.older ? activityHref(base, keep, page.older) : null}
      />
    </div>
  );
}
