"use client";

import dynamic from "next/dynamic";
import { Card, CardHeader } from "@/components/ui/card";
import { useBurndown } from "@/lib/hooks/use-burndown";
import type { PhaseHours } from "@/lib/plan/progress";

const placeholder = () => <div className="h-64 animate-pulse rounded-md bg-slate-50" aria-hidden="true" />;
// Recharts stays out of the first load: the charts arrive after the page is usable.
const BurndownChart = dynamic(() => import("./plan-charts").then((m) => m.BurndownChart), {
  ssr: false,
  loading: placeholder,
});
const PhaseHoursChart = dynamic(() => import("./plan-charts").then((m) => m.PhaseHoursChart), {
  ssr: false,
  loading: placeholder,
});

export function ChartsCard({ planId, version, phases }: { planId: string; version: number; phases: PhaseHours[] }) {
  const burndown = useBurndown(planId, version);
  return (
    <div className="grid gap-4 xl:grid-cols-2">
      <Card data-testid="chart-burndown">
        <CardHeader
          title="Burn-down"
          description={
            burndown.data
              ? `Remaining hours (middle of each estimate) since the import, from the activity log; ${burndown.data.unestimatedTasks} of ${burndown.data.openTasks} open tasks have no estimate and are not counted.`
              : "Remaining hours since the import, from the activity log."
          }
        />
        <div className="px-2 py-3 sm:px-4">
          {burndown.isError ? (
            <p className="text-sm text-red-600">Could not load the burn-down.</p>
          ) : burndown.data ? (
            <BurndownChart data={burndown.data} />
          ) : (
            placeholder()
          )}
        </div>
      </Card>
      <Card data-testid="chart-phases">
        <CardHeader title="Hours per phase" description="Done and remaining (middle of each estimate)." />
        <div className="px-2 py-3 sm:px-4">
          <PhaseHoursChart phases={phases} />
        </div>
      </Card>
    </div>
  );
}
