"use client";

import { PlanTabs } from "@/components/plans/plan-tabs";
import { usePlanLive } from "@/lib/hooks/use-plan-live";
import { useRefreshOnVersion } from "@/lib/hooks/use-refresh-on-version";

/**
 * Keeps the overview current: the opened phases and criteria follow changes in the browser (their
 * views), and the server-rendered numbers (progress, hours, blocked, decisions) are rendered again
 * when the plan moves past the version they show, at most one refresh at a time.
 */
export function OverviewLive({ planId, version }: { planId: string; version: number }) {
  const { live } = usePlanLive(planId, { onVersion: useRefreshOnVersion(version) });
  return <PlanTabs planId={planId} current="" live={live} />;
}
