import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { PlanImport } from "@/components/plans/plan-import";
import { requireActor } from "@/lib/auth";
import { can } from "@/lib/permissions";

export const metadata: Metadata = { title: "Import plan" };

export default async function NewPlanPage() {
  const actor = await requireActor();
  if (!can(actor.role, "plan.import")) redirect("/plans");
  return (
    <>
      <PageHeader
        title="Import a plan"
        description="Flightplan reads phases, tasks, checklists, criteria, decisions and metrics from your markdown — and writes it back byte for byte."
      />
      <PlanImport />
    </>
  );
}
