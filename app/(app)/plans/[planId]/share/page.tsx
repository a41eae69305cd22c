import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PlanTabs } from "@/components/plans/plan-tabs";
import { requireActor } from "@/lib/auth";
import { isAppError } from "@/lib/errors";
import { can } from "@/lib/permissions";
import type { ShareLinkInfo } from "@/lib/plan/contract";
import { listShareLinks } from "@/lib/server/share-links";
import { ShareLinksCard } from "./_components/share-links-card";

export const metadata: Metadata = { title: "Share" };

/** Owners make read-only links to this plan's weekly summaries and roadmap; others get a 404. */
export default async function SharePage({ params }: { params: Promise<{ planId: string }> }) {
  const { planId } = await params;
  const actor = await requireActor();
  if (!can(actor.role, "share.manage")) notFound();
  let links: ShareLinkInfo[];
  try {
    links = await listShareLinks(actor, planId);
  } catch (err) {
    if (isAppError(err) && err.code === "not_found") notFound();
    throw err;
  }
  return (
    <div className="space-y-4">
      <PlanTabs planId={planId} current="/weekly" />
      <div>
        <h1 className="text-lg font-semibold text-slate-900">Share</h1>
        <p className="text-sm text-slate-500">
          A share link opens this plan&apos;s weekly summaries, roadmap and Atom feed to anyone who has it, without an
          account and read-only. Revoke it and it stops working at once.
        </p>
      </div>
      <ShareLinksCard planId={planId} initialLinks={links} />
    </div>
  );
}
