"use client";

import { useEffect, useRef, useState } from "react";
import { useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import type { PlanChanges } from "@/lib/plan/contract";
import { feedChanges } from "@/lib/plan/views";
import { applyToViews, oldestViewVersion, viewKeys } from "./plan-views";
import { planKeys } from "./use-plans";

/**
 * `onVersion` hears each version the stream or a catch-up reports (the overview refreshes its
 * server-rendered summary with it).
 */
type Target = { onVersion?: (version: number) => void };

const POLL_MS = 3000;

/**
 * Keeps the plan's cached page views current while a page shows them (overview, tasks, decisions,
 * metrics: lib/hooks/plan-views.ts; no page holds the whole plan): the server's event stream says
 * a new version exists, and only what changed since the oldest view's version is fetched and
 * applied. When the stream is down, the same catch-up runs every few seconds instead (paused in
 * background tabs).
 */
export function usePlanLive(planId: string, target: Target = {}): { live: boolean } {
  const qc = useQueryClient();
  const onVersion = useRef(target.onVersion);
  onVersion.current = target.onVersion;
  const [live, setLive] = useState(false);
  // The polling fallback starts once the stream has failed (not while it is still connecting).
  const [down, setDown] = useState(false);
  const syncing = useRef<Promise<void> | null>(null);
  const again = useRef(false);

  const sync = () => {
    if (syncing.current) {
      again.current = true;
      return syncing.current;
    }
    syncing.current = catchUpViews(qc, planId)
      .then((v) => {
        if (v !== null) onVersion.current?.(v);
      })
      .catch(() => undefined)
      .finally(() => {
        syncing.current = null;
        if (again.current) {
          again.current = false;
          void sync();
        }
      });
    return syncing.current;
  };

  useEffect(() => {
    const events = new EventSource(`/api/plans/${encodeURIComponent(planId)}/events`);
    events.onerror = () => {
      setLive(false);
      setDown(true);
    };
    // Live from the first message on: the server sends it once it listens for changes.
    events.onmessage = (e) => {
      setLive(true);
      setDown(false);
      const { version } = JSON.parse(e.data as string) as { version: number };
      const current = oldestViewVersion(qc, planId);
      if (current !== null && version > current) void sync();
      onVersion.current?.(version);
    };
    return () => events.close();
    // sync only reads refs and the query client.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [planId, qc]);

  useQuery({
    queryKey: planKeys.changes(planId),
    queryFn: async () => {
      await sync();
      return Date.now();
    },
    enabled: down && !live,
    refetchInterval: down && !live ? POLL_MS : false,
  });
  return { live };
}

/** One feed from the oldest view's version, applied to each view; a reset loads every view again. */
async function catchUpViews(qc: QueryClient, planId: string): Promise<number | null> {
  const since = oldestViewVersion(qc, planId);
  if (since === null) return null;
  const feed = await apiFetch<PlanChanges>(`/api/plans/${encodeURIComponent(planId)}/changes?since=${since}`);
  const changes = feedChanges(feed);
  if (changes) applyToViews(qc, planId, changes);
  else await qc.invalidateQueries({ queryKey: viewKeys.all(planId) });
  return feed.version;
}
