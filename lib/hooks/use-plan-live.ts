"use client";

import { useEffect, useRef, useState } from "react";
import { useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import { applyPlanChanges } from "@/lib/plan/changes";
import type { ApiPlan, PlanChanges } from "@/lib/plan/contract";
import { planKeys } from "./use-plans";

const POLL_MS = 3000;

/**
 * Keeps the cached plan current while a page shows it: the server's event stream says a new
 * version exists, and only what changed since the cached version is fetched and applied. When the
 * stream is down, the same catch-up runs every few seconds instead (paused in background tabs).
 */
export function usePlanLive(planId: string): { live: boolean } {
  const qc = useQueryClient();
  const [live, setLive] = useState(false);
  const syncing = useRef<Promise<void> | null>(null);
  const again = useRef(false);

  const sync = () => {
    if (syncing.current) {
      again.current = true;
      return syncing.current;
    }
    syncing.current = catchUp(qc, planId)
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
    events.onerror = () => setLive(false);
    // Live from the first message on: the server sends it once it listens for changes.
    events.onmessage = (e) => {
      setLive(true);
      const { version } = JSON.parse(e.data as string) as { version: number };
      const current = qc.getQueryData<ApiPlan>(planKeys.detail(planId));
      if (current && version > current.version) void sync();
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
    enabled: !live,
    refetchInterval: live ? false : POLL_MS,
  });
  return { live };
}

async function catchUp(qc: QueryClient, planId: string): Promise<void> {
  const key = planKeys.detail(planId);
  const current = qc.getQueryData<ApiPlan>(key);
  if (!current) return;
  const changes = await apiFetch<PlanChanges>(`/api/plans/${encodeURIComponent(planId)}/changes?since=${current.version}`);
  // Edits of this tab may have landed meanwhile: apply to what the cache holds now.
  const latest = qc.getQueryData<ApiPlan>(key) ?? current;
  if (latest.version >= changes.version) return;
  const next = latest.version === current.version ? applyPlanChanges(latest, changes) : null;
  if (next) qc.setQueryData<ApiPlan>(key, next);
  else await qc.invalidateQueries({ queryKey: key });
}
