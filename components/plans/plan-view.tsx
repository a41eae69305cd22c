"use client";

import { Alert } from "@/components/ui/alert";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { ChartsCard } from "@/components/overview/charts-card";
import { BlockedCard, HoursCard, ProgressCard } from "@/components/overview/overview-cards";
import { PhaseList } from "@/components/overview/phase-list";
import { usePlan } from "@/lib/hooks/use-plans";
import { usePlanLive } from "@/lib/hooks/use-plan-live";
import type { ApiPlan } from "@/lib/plan/contract";
import { hoursByPhase } from "@/lib/plan/progress";
import { planStats } from "@/lib/plan/stats";
import { Checklist } from "./checklist";
import { PlanHeader } from "./plan-header";
import { DecisionsCard, MetricsCard, WarningsCard } from "./plan-sections";
import { PlanStatCards } from "./plan-stat-cards";
import { PlanTabs } from "./plan-tabs";
import { usePlanEdits, type ToggleItem } from "./use-plan-edits";

export function PlanView({ initialPlan, canEdit }: { initialPlan: ApiPlan; canEdit: boolean }) {
  const { data: plan = initialPlan } = usePlan(initialPlan.id, initialPlan);
  const { toggle, update, error } = usePlanEdits(plan.id);
  const { live } = usePlanLive(plan.id);
  const stats = planStats(plan);

  return (
    <div className="space-y-6">
      <PlanHeader plan={plan} canEdit={canEdit} />
      <PlanTabs planId={plan.id} current="" live={live} />
      {!canEdit ? (
        <Alert tone="info">You have view-only access to this workspace: checkboxes and tasks are read-only.</Alert>
      ) : null}
      {error ? <Alert tone="error">{error}</Alert> : null}
      <PlanStatCards stats={stats} />
      <div className="grid gap-4 lg:grid-cols-2">
        <ProgressCard plan={plan} stats={stats} />
        <BlockedCard plan={plan} planId={plan.id} />
      </div>
      <ChartsCard planId={plan.id} version={plan.version} phases={hoursByPhase(plan).phases} />
      <HoursCard plan={plan} />
      <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_20rem]">
        <PhaseList phases={plan.phases} totalTasks={stats.tasks} canEdit={canEdit} onToggle={toggle} onUpdate={update} />
        <div className="space-y-4">
          <CriteriaCard plan={plan} canEdit={canEdit} onToggle={toggle} />
          <DecisionsCard decisions={plan.decisions} />
          <MetricsCard metrics={plan.metrics} />
          <WarningsCard warnings={plan.warnings} />
        </div>
      </div>
    </div>
  );
}

function CriteriaCard({ plan, canEdit, onToggle }: { plan: ApiPlan; canEdit: boolean; onToggle: ToggleItem }) {
  if (plan.criteria.length === 0) return null;
  return (
    <Card data-testid="plan-criteria">
      <CardHeader title="Success criteria" description={`${plan.criteria.filter((c) => c.done).length} of ${plan.criteria.length} met`} />
      <CardBody>
        <Checklist items={plan.criteria} canEdit={canEdit} onToggle={onToggle} />
      </CardBody>
    </Card>
  );
}
