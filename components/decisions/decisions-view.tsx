"use client";

import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody } from "@/components/ui/card";
import { PlanSubHeading } from "@/components/plans/plan-sub-heading";
import { PlanTabs } from "@/components/plans/plan-tabs";
import { usePlanLive } from "@/lib/hooks/use-plan-live";
import { useDecisionsView } from "@/lib/hooks/use-tracking-views";
import type { DecisionsView as View } from "@/lib/plan/tracking-views";
import { DecisionCard } from "./decision-card";

/** The decisions page: it holds the decisions view (lib/plan/tracking-views.ts), never the whole plan. */
export function DecisionsView({
  planId,
  title,
  initial,
  canDecide,
}: {
  planId: string;
  title: string;
  initial: View;
  canDecide: boolean;
}) {
  const { data: view = initial } = useDecisionsView(planId, initial);
  const { live } = usePlanLive(planId);
  const plan = { id: planId, title };
  const open = view.decisions.filter((d) => d.status === "open");
  const decided = view.decisions.filter((d) => d.status === "decided");

  return (
    <div className="space-y-6">
      <PlanSubHeading plan={plan} title="Decisions">
        <p className="mt-1 text-sm text-slate-500" data-testid="decision-counts">
          {open.length} open · {decided.length} decided
        </p>
      </PlanSubHeading>
      <PlanTabs planId={plan.id} current="/decisions" live={live} />
      {!canDecide ? <Alert tone="info">You have view-only access: decisions are read-only.</Alert> : null}
      {view.decisions.length === 0 ? (
        <Card>
          <CardBody>
            <p className="text-sm text-slate-500">This plan has no decisions.</p>
          </CardBody>
        </Card>
      ) : null}
      {[
        { title: "Open", list: open },
        { title: "Decided", list: decided },
      ].map(({ title, list }) =>
        list.length ? (
          <section key={title} aria-labelledby={`decisions-${title}`} className="space-y-3">
            <h2 id={`decisions-${title}`} className="flex items-center gap-2 text-sm font-semibold text-slate-900">
              {title} <Badge tone={title === "Open" ? "amber" : "green"}>{list.length}</Badge>
            </h2>
            {list.map((d) => (
              <DecisionCard
                key={d.id}
                planId={plan.id}
                decision={d}
                heldTasks={view.held[d.id] ?? []}
                canDecide={canDecide}
              />
            ))}
          </section>
        ) : null,
      )}
    </div>
  );
}
