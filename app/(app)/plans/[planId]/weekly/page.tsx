import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PlanTabs } from "@/components/plans/plan-tabs";
import { buttonClasses } from "@/components/ui/button";
import { StatusOverrideForm } from "@/components/weekly/status-override-form";
import { WeeklyLive } from "@/components/weekly/weekly-live";
import { WeeklyView } from "@/components/weekly/weekly-view";
import { requireActor } from "@/lib/auth";
import { isAppError } from "@/lib/errors";
import { can } from "@/lib/permissions";
import type { WeeklySummary } from "@/lib/plan/weekly/types";
import { getPlanVersion } from "@/lib/server/plans";
import { getWeeklySummary } from "@/lib/server/weekly";

export const metadata: Metadata = { title: "Weekly summary" };

export default async function WeeklyPage({
  params,
  searchParams,
}: {
  params: Promise<{ planId: string }>;
  searchParams: Promise<{ week?: string | string[] }>;
}) {
  const [{ planId }, search] = await Promise.all([params, searchParams]);
  const actor = await requireActor();
  const week = typeof search.week === "string" ? search.week : null;
  let summary: WeeklySummary;
  let version: number;
  try {
    // The version first: a change landing while the summary is built refreshes the page once more.
    version = await getPlanVersion(actor, planId);
    summary = await getWeeklySummary(actor, planId, week);
  } catch (err) {
    if (isAppError(err) && (err.code === "not_found" || err.code === "bad_request")) notFound();
    throw err;
  }
  const base = `/plans/${planId}/weekly`;
  return (
    <div className="space-y-4">
      <div className="print:hidden">
        <PlanTabs planId={planId} current="/weekly" />
      </div>
      <WeeklyLive planId={planId} version={version} />
      <WeeklyView
        s={summary}
        basePath={base}
        exportHref={`/api/plans/${planId}/weekly?week=${summary.week.label}&format=md`}
        statusControl={
          can(actor.role, "weekly.override") ? (
            <StatusOverrideForm
              key={`${summary.week.label}:${summary.override?.at ?? ""}`}
              planId={planId}
              week={summary.week.label}
              computed={summary.computed.status}
              override={summary.override}
            />
          ) : undefined
        }
        actions={
          can(actor.role, "share.manage") ? (
            <Link
              className={buttonClasses("secondary", "sm")}
              href={`/plans/${planId}/share`}
              data-testid="weekly-share"
            >
              Share
            </Link>
          ) : null
        }
      />
    </div>
  );
}
