"use client";

import { usePlanVersions, useRefreshOnVersion } from "@/lib/hooks/use-refresh-on-version";

/**
 * Keeps a plan's weekly summary current: an owner's status override (or any other change of the
 * plan) elsewhere renders the page again, as the overview does.
 */
export function WeeklyLive({ planId, version }: { planId: string; version: number }) {
  usePlanVersions(planId, useRefreshOnVersion(version));
  return null;
}
