"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import type { ApiPlan, MeasurementInput, MeasurementResult } from "@/lib/plan/contract";
import { planKeys } from "./use-plans";

/** Record a measurement of a metric; the reply is added to the metric in the cached plan. */
export function useRecordMeasurement(planId: string) {
  const qc = useQueryClient();
  const key = planKeys.detail(planId);
  return useMutation({
    mutationFn: ({ metricId, input }: { metricId: string; input: MeasurementInput }) =>
      apiFetch<MeasurementResult>(`/api/plans/${encodeURIComponent(planId)}/metrics/${encodeURIComponent(metricId)}/measurements`, { method: "POST", json: input }),
    onSuccess: ({ planVersion, metricId, ...m }) => {
      const current = qc.getQueryData<ApiPlan>(key);
      if (!current) return;
      qc.setQueryData<ApiPlan>(key, {
        ...current,
        version: planVersion === current.version + 1 ? planVersion : current.version,
        metrics: current.metrics.map((x) =>
          x.id === metricId ? { ...x, measurements: [...x.measurements, m].sort((a, b) => a.measuredAt.localeCompare(b.measuredAt)) } : x,
        ),
      });
    },
  });
}
