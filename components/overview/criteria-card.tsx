"use client";

import { Alert } from "@/components/ui/alert";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Checklist } from "@/components/plans/checklist";
import { usePlanEdits } from "@/components/plans/use-plan-edits";
import { useCriteria } from "@/lib/hooks/use-plan-views";
import type { CriteriaView } from "@/lib/plan/views";

/** The plan's success criteria, tickable by editors. */
export function CriteriaCard({
  planId,
  initial,
  canEdit,
}: {
  planId: string;
  initial: CriteriaView;
  canEdit: boolean;
}) {
  const { data: criteria = initial } = useCriteria(planId, initial);
  const { toggle, error } = usePlanEdits(planId);
  if (criteria.items.length === 0) return null;
  return (
    <Card data-testid="plan-criteria">
      <CardHeader
        title="Success criteria"
        description={`${criteria.items.filter((c) => c.done).length} of ${criteria.items.length} met`}
      />
      <CardBody className="space-y-3">
        {error ? <Alert tone="error">{error}</Alert> : null}
        <Checklist items={criteria.items} canEdit={canEdit} onToggle={toggle} />
      </CardBody>
    </Card>
  );
}
