"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import type { MeasurementInput, MeasurementResult } from "@/lib/plan/contract";
import {
  measuredAtOf,
  PENDING_PREFIX,
  withMeasurement,
  withoutMeasurement,
  type MetricsView,
} from "@/lib/plan/tracking-views";
import { viewKeys } from "./plan-views";
// The metrics view's kind must be registered for the replies to reach it (its page loads it too).
import "./use-tracking-views";

type Measure = { metricId: string; input: MeasurementInput };
let pending = 0;

/**
 * Record a measurement of a metric. It is on the chart in the click itself (a pending point);
 * the reply replaces that point with the stored one and moves the view's version, and a refusal
 * takes the point away again.
 */
export function useRecordMeasurement(planId: string) {
  const qc = useQueryClient();
  const key = viewKeys.metrics(planId);
  const update = (f: (v: MetricsView) => MetricsView) => qc.setQueryData<MetricsView>(key, (v) => (v ? f(v) : v));
  const mutation = useMutation({
    mutationFn: ({ metricId, input }: Measure & { tempId: string }) =>
      apiFetch<MeasurementResult>(
        `/api/plans/${encodeURIComponent(planId)}/metrics/${encodeURIComponent(metricId)}/measurements`,
        { method: "POST", json: input },
      ),
    onSuccess: ({ planVersion, metricId, ...m }, { tempId }) =>
      update((v) => ({
        ...withMeasurement(v, metricId, m, tempId),
        version: planVersion === v.version + 1 ? planVersion : v.version,
      })),
    onError: (_err, { metricId, tempId }) => update((v) => withoutMeasurement(v, metricId, tempId)),
  });
  const mutate = (variables: Measure, options?: Parameters<typeof mutation.mutate>[1]) => {
    const tempId = `${PENDING_PREFIX}${++pending}`;
    const { value, at, note } = variables.input;
    update((v) =>
      withMeasurement(v, variables.metricId, {
        id: tempId,
        value,
        measuredAt: measuredAtOf(at),
        note: note?.trim() || null,
      }),
    );
    mutation.mutate({ ...variables, tempId }, options);
  };
  return { ...mutation, mutate };
}
