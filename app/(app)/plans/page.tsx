import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/layout/page-header";
import { PlanList } from "@/components/plans/plan-list";
import { buttonClasses } from "@/components/ui/button";
import { requireActor } from "@/lib/auth";
import { can } from "@/lib/permissions";
import { listPlans } from "@/lib/server/plans";

export const metadata: Metadata = { title: "Plans" };

export default async function PlansPage() {
  const actor = await requireActor();
  const plans = await listPlans(actor);
  const canImport = can(actor.role, "plan.import");
  return (
    <>
      <PageHeader
        title="Plans"
        description="Every plan of the workspace and how far along it is."
        actions={
          <>
            {plans.length ? (
              <Link href="/weekly" className={buttonClasses("secondary")} data-testid="plans-weekly">
                Weekly summary
              </Link>
            ) : null}
            {canImport ? (
              <Link href="/plans/new" className={buttonClasses()}>
                Import plan
              </Link>
            ) : null}
          </>
        }
      />
      <PlanList plans={plans} canImport={canImport} />
    </>
  );
}
