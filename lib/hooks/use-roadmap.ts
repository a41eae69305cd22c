"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import type { RoadmapSettingsPatch } from "@/lib/validations/roadmap";

export const roadmapKeys = {
  all: ["roadmap"] as const,
  detail: (planId: string) => [...roadmapKeys.all, "detail", planId] as const,
};

/** PATCH the roadmap settings; the page re-renders its server-built timeline afterwards. */
export function useUpdateRoadmapSettings(planId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (patch: RoadmapSettingsPatch) =>
      apiFetch<{ settings: RoadmapSettingsPatch }>(`/api/plans/${encodeURIComponent(planId)}/roadmap`, {
        method: "PATCH",
        json: patch,
      }),
    onSuccess: () => qc.invalidateQueries({ queryKey: roadmapKeys.detail(planId) }),
  });
}
