"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef } from "react";
import { PlanTabs } from "@/components/plans/plan-tabs";
import { usePlanLive } from "@/lib/hooks/use-plan-live";

/**
 * Keeps the overview current: the opened phases and criteria follow changes in the browser (their
 * views), and the server-rendered numbers (progress, hours, blocked, decisions) are rendered again
 * when the plan moves past the version they show, at most one refresh at a time.
 */
export function OverviewLive({ planId, version }: { planId: string; version: number }) {
  const router = useRouter();
  const rendered = useRef(version);
  const requested = useRef(version);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => {
    rendered.current = version;
  }, [version]);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
  const onVersion = useCallback(
    (v: number) => {
      if (v <= rendered.current || v <= requested.current || timer.current) return;
      requested.current = v;
      // A burst of changes (a re-import, several people) becomes one refresh.
      timer.current = setTimeout(() => {
        timer.current = null;
        router.refresh();
      }, 300);
    },
    [router],
  );
  const { live } = usePlanLive(planId, { onVersion });
  return <PlanTabs planId={planId} current="" live={live} />;
}
