"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { apiFetch } from "@/lib/api/client";
import type { WeeklySummary } from "@/lib/plan/weekly/types";
import type { StatusOverrideInput } from "@/lib/validations/weekly";

const url = (planId: string, week: string) =>
  `/api/plans/${encodeURIComponent(planId)}/weekly/status?week=${encodeURIComponent(week)}`;

/** An owner sets or clears a week's status override; the server-rendered summary then reloads. */
export function useWeeklyStatusOverride(planId: string, week: string) {
  const router = useRouter();
  const refresh = () => router.refresh();
  const set = useMutation({
    mutationFn: (input: StatusOverrideInput) =>
      apiFetch<WeeklySummary>(url(planId, week), { method: "PUT", json: input }),
    onSuccess: refresh,
  });
  const clear = useMutation({
    mutationFn: () => apiFetch<WeeklySummary>(url(planId, week), { method: "DELETE" }),
    onSuccess: refresh,
  });
  return { set, clear };
}
