import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { WeeklyView } from "@/components/weekly/weekly-view";
import { isAppError } from "@/lib/errors";
import type { WeeklySummary } from "@/lib/plan/weekly/types";
import { resolveShareLink } from "@/lib/server/share-links";
import { getWeeklySummary } from "@/lib/server/weekly";
import { getHistoryThrough } from "@/lib/server/roadmap";
import { ForecastHistory } from "@/components/forecast/forecast-history";
import { ShareHeader } from "./_components/share-header";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ token: string }>; searchParams: Promise<{ week?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { token } = await params;
  return {
    title: "Weekly summary",
    alternates: { types: { "application/atom+xml": `/s/${encodeURIComponent(token)}/feed.xml` } },
  };
}

/** A share link's weekly summary (the last complete week unless `?week=`), read-only. */
export default async function SharedWeeklyPage({ params, searchParams }: Props) {
  const [{ token }, search] = await Promise.all([params, searchParams]);
  const actor = await resolveShareLink(token);
  if (!actor) notFound();
  let summary: WeeklySummary;
  try {
    summary = await getWeeklySummary(actor, actor.planId, typeof search.week === "string" ? search.week : null);
  } catch (err) {
    if (isAppError(err) && (err.code === "not_found" || err.code === "bad_request")) notFound();
    throw err;
  }
  const history = await getHistoryThrough(actor, actor.planId, summary.week);
  return (
    <>
      <ShareHeader token={token} current="weekly" />
      <WeeklyView
        s={summary}
        basePath={`/s/${encodeURIComponent(token)}`}
        history={
          history ? (
            <ForecastHistory
              weeks={history.weeks}
              pending={history.pending}
              targetDate={summary.targetDate}
              focus={summary.week.label}
            />
          ) : null
        }
      />
    </>
  );
}
