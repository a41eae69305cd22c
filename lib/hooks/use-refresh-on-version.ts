"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef } from "react";

/**
 * For a server-rendered page of a plan at `version`: a callback that hears the plan's versions and
 * renders the page again (router.refresh) once the plan moves past the version it shows, at most
 * one refresh at a time; a burst of changes (a re-import, several people) becomes one refresh.
 */
export function useRefreshOnVersion(version: number): (version: number) => void {
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
  return useCallback(
    (v: number) => {
      if (v <= rendered.current || v <= requested.current || timer.current) return;
      requested.current = v;
      timer.current = setTimeout(() => {
        timer.current = null;
        router.refresh();
      }, 300);
    },
    [router],
  );
}

/**
 * The plan's versions as the server's event stream says them (every change, through any
 * instance), for a page that holds no views of the plan (lib/hooks/use-plan-live.ts is for those).
 */
export function usePlanVersions(planId: string, onVersion: (version: number) => void): void {
  const listener = useRef(onVersion);
  useEffect(() => {
    listener.current = onVersion;
  }, [onVersion]);
  useEffect(() => {
    const events = new EventSource(`/api/plans/${encodeURIComponent(planId)}/events`);
    events.onmessage = (e) => {
      const { version } = JSON.parse(e.data as string) as { version: number };
      listener.current(version);
    };
    return () => events.close();
  }, [planId]);
}
