"use client";

import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody } from "@/components/ui/card";
import { PlanSubHeading } from "@/components/plans/plan-sub-heading";
import { PlanTabs } from "@/components/plans/plan-tabs";
import { usePlan } from "@/lib/hooks/use-plans";
import { usePlanLive } from "@/lib/hooks/use-plan-live";
import type { ApiPlan } from "@/lib/plan/contract";
import { tasksHeldByDecisions } from "@/lib/plan/tracking";
import { DecisionCard } from "./decision-card";

export function DecisionsView({ initialPlan, canDecide }: { initialPlan: ApiPlan; canDecide: boolean }) {
  const { data: plan = initialPlan } = usePlan(initialPlan.id, initialPlan);
  const { live } = usePlanLive(plan.id);
  const held = tasksHeldByDecisions(plan);
  const open = plan.decisions.filter((d) => d.status === "open");
  const decided = plan.decisions.filter((d) => d.status === "decided");

  return (
    <div className="space-y-6">
      <PlanSubHeading plan={plan} title="Decisions">
        <p className="mt-1 text-sm text-slate-500" data-testid="decision-counts">
          {open.length} open · {decided.length} decided
        </p>
      </PlanSubHeading>
      <PlanTabs planId={plan.id} current="/decisions" live={live} />
      {!canDecide ? <Alert tone="info">You have view-only access: decisions are read-only.</Alert> : null}
      {plan.decisions.length === 0 ? (
        <Card><CardBody><p className="text-sm text-slate-500">This plan has no decisions.</p></CardBody></Card>
      ) : null}
      {[{ title: "Open", list: open }, { title: "Decided", list: decided }].map(({ title, list }) =>
        list.length ? (
          <section key={title} aria-labelledby={`decisions-${title}`} className="space-y-3">
            <h2 id={`decisions-${title}`} className="flex items-center gap-2 text-sm font-semibold text-slate-900">
              {title} <Badge tone={title === "Open" ? "amber" : "green"}>{list.length}</Badge>
            </h2>
            {list.map((d) => (
              <DecisionCard key={d.id} planId={plan.id} decision={d} heldTasks={held.get(d.id) ?? []} canDecide={canDecide} />
            ))}
          </section>
        ) : null,
      )}
    </div>
  );
}
