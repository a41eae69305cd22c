"use client";

import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import type { Burndown } from "@/lib/plan/contract";

export const burndownKeys = {
  all: ["burndown"] as const,
  // Keyed by plan version: every change refetches, an unchanged plan never does.
  detail: (planId: string, version: number) => [...burndownKeys.all, planId, version] as const,
};

export function useBurndown(planId: string, version: number) {
  return useQuery({
    queryKey: burndownKeys.detail(planId, version),
    queryFn: () => apiFetch<Burndown>(`/api/plans/${encodeURIComponent(planId)}/burndown`),
    staleTime: Infinity,
    placeholderData: (prev) => prev,
  });
}
