import { Alert } from "@/components/ui/alert";
import { ChartsCard } from "@/components/overview/charts-card";
import { CriteriaCard } from "@/components/overview/criteria-card";
import { OverviewLive } from "@/components/overview/overview-live";
import { BlockedCard, HoursCard, planHours, ProgressCard } from "@/components/overview/overview-cards";
import { PhaseList } from "@/components/overview/phase-list";
import type { ApiPlan } from "@/lib/plan/contract";
import { perPlan } from "@/lib/plan/per-plan";
import { planStats } from "@/lib/plan/stats";
import { phaseSummaries, type PhaseDetail } from "@/lib/plan/views";
import { PlanHeader } from "./plan-header";
import { DecisionsCard, MetricsCard, WarningsCard } from "./plan-sections";
import { PlanStatCards } from "./plan-stat-cards";

const statsOf = perPlan(planStats);
const summariesOf = perPlan(phaseSummaries);

/** Small plans open every phase; large ones start collapsed so the page stays light. */
const OPEN_ALL_UP_TO_TASKS = 200;

/**
 * The plan overview, rendered on the server: its numbers, cards and the phase headers. Only the
 * parts that change in the browser are client components, each with a small view of the plan
 * (the opened phases, the criteria): the whole plan never goes to the page.
 */
export function PlanView({ plan, canEdit }: { plan: ApiPlan; canEdit: boolean }) {
  const numbers = statsOf(plan);
  const openAll = numbers.tasks <= OPEN_ALL_UP_TO_TASKS;
  const initial: Record<string, PhaseDetail> = openAll
    ? Object.fromEntries(
        plan.phases.map((p) => [p.id, { version: plan.version, tasks: p.tasks, checklist: p.checklist }]),
      )
    : {};
  return (
    <div className="space-y-6">
      <PlanHeader plan={plan} canEdit={canEdit} />
      <OverviewLive planId={plan.id} version={plan.version} />
      {!canEdit ? (
        <Alert tone="info">You have view-only access to this workspace: checkboxes and tasks are read-only.</Alert>
      ) : null}
      <PlanStatCards stats={numbers} />
      <div className="grid gap-4 lg:grid-cols-2">
        <ProgressCard plan={plan} stats={numbers} />
        <BlockedCard plan={plan} planId={plan.id} />
      </div>
      <ChartsCard planId={plan.id} version={plan.version} phases={planHours(plan).phases} />
      <HoursCard plan={plan} />
      <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_20rem]">
        <PhaseList planId={plan.id} phases={summariesOf(plan)} initial={initial} openAll={openAll} canEdit={canEdit} />
        <div className="space-y-4">
          <CriteriaCard planId={plan.id} initial={{ version: plan.version, items: plan.criteria }} canEdit={canEdit} />
          <DecisionsCard decisions={plan.decisions} />
          <MetricsCard metrics={plan.metrics} />
          <WarningsCard warnings={plan.warnings} />
        </div>
      </div>
    </div>
  );
}
