import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import type { ApiPlan } from "@/lib/plan/contract";
import { ExportButtons } from "./export-buttons";
import { PlanMeta } from "./plan-meta";
import { PlanTitle } from "./plan-title";
import { ReimportDialog } from "./reimport-dialog";

/** Title, file name, the first meta fields, and the export / re-import actions. */
export function PlanHeader({ plan, canEdit }: { plan: ApiPlan; canEdit: boolean }) {
  return (
    <div className="flex flex-col gap-4 lg:flex-row lg:items-start lg:justify-between">
      <div className="min-w-0">
        <PlanTitle title={plan.title} />
        <div className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-slate-500">
          {plan.fileName ? <span className="font-mono text-xs">{plan.fileName}</span> : null}
          <PlanMeta meta={plan.meta} limit={4} />
          {plan.repairedEncoding ? (
            <Badge tone="amber" title="The file was decoded with a legacy encoding and repaired to UTF-8">
              encoding repaired ({plan.repairedEncoding})
            </Badge>
          ) : null}
        </div>
      </div>
      <div className="flex shrink-0 flex-wrap gap-2">
        <Link href={`/plans/${plan.id}/roadmap`} className={buttonClasses("secondary")} data-testid="plan-roadmap-link">
          Roadmap
        </Link>
        <ExportButtons planId={plan.id} />
        {canEdit ? <ReimportDialog planId={plan.id} /> : null}
      </div>
    </div>
  );
}
