"use client";

import { useEffect, useRef, useState } from "react";
import { useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import { applyPlanChanges } from "@/lib/plan/changes";
import type { ApiPlan, PlanChanges } from "@/lib/plan/contract";
import { feedChanges } from "@/lib/plan/views";
import { applyToViews, oldestViewVersion, viewKeys } from "./plan-views";
import { planKeys } from "./use-plans";

/**
 * What a page keeps current: the whole cached plan (decisions, metrics), or the plan's page views
 * (overview, tasks: lib/hooks/plan-views.ts). `onVersion` hears each version the stream or a
 * catch-up reports (the overview refreshes its server-rendered summary with it).
 */
type Target = { views?: boolean; onVersion?: (version: number) => void };

const POLL_MS = 3000;

/**
 * Keeps the cached plan current while a page shows it: the server's event stream says a new
 * version exists, and only what changed since the cached version is fetched and applied. When the
 * stream is down, the same catch-up runs every few seconds instead (paused in background tabs).
 */
export function usePlanLive(planId: string, target: Target = {}): { live: boolean } {
  const qc = useQueryClient();
  const onVersion = useRef(target.onVersion);
  onVersion.current = target.onVersion;
  const views = target.views === true;
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
    syncing.current = (views ? catchUpViews(qc, planId) : catchUp(qc, planId))
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
      const current = views ? oldestViewVersion(qc, planId) : (qc.getQueryData<ApiPlan>(planKeys.detail(planId))?.version ?? null);
      if (current !== null && version > current) void sync();
      onVersion.current?.(version);
    };
    return () => events.close();
    // sync only reads refs and the query client.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [planId, qc]);

  useQuery({
    queryKey: [...planKeys.changes(planId), views ? "views" : "plan"],
    queryFn: async () => {
      await sync();
      return Date.now();
    },
    enabled: down && !live,
    refetchInterval: down && !live ? POLL_MS : false,
  });
  return { live };
}

async function catchUp(qc: QueryClient, planId: string): Promise<number | null> {
  const key = planKeys.detail(planId);
  const current = qc.getQueryData<ApiPlan>(key);
  if (!current) return null;
  const changes = await apiFetch<PlanChanges>(`/api/plans/${encodeURIComponent(planId)}/changes?since=${current.version}`);
  // Edits of this tab may have landed meanwhile: apply to what the cache holds now.
  const latest = qc.getQueryData<ApiPlan>(key) ?? current;
  if (latest.version >= changes.version) return changes.version;
  const next = latest.version === current.version ? applyPlanChanges(latest, changes) : null;
  if (next) qc.setQueryData<ApiPlan>(key, next);
  else await qc.invalidateQueries({ queryKey: key });
  return changes.version;
}

/** The same for page views: one feed from the oldest view's version, applied to each view. */
async function catchUpViews(qc: QueryClient, planId: string): Promise<number | null> {
  const since = oldestViewVersion(qc, planId);
  if (since === null) return null;
  const feed = await apiFetch<PlanChanges>(`/api/plans/${encodeURIComponent(planId)}/changes?since=${since}`);
  const changes = feedChanges(feed);
  if (changes) applyToViews(qc, planId, changes);
  else await qc.invalidateQueries({ queryKey: viewKeys.all(planId) });
  return feed.version;
}
