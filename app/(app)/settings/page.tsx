import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { InviteCard, MembersCard } from "@/components/settings/members-card";
import { PasswordCard } from "@/components/settings/password-card";
import { TokensCard } from "@/components/settings/tokens-card";
import { requireActor } from "@/lib/auth";
import { can } from "@/lib/permissions";
import { listApiTokens, toApiTokenInfo } from "@/lib/server/tokens/api-tokens";
import { listMembers } from "@/lib/server/workspaces/members";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const actor = await requireActor();
  const [members, tokens] = await Promise.all([listMembers(actor), listApiTokens(actor)]);
  const canManage = can(actor.role, "member.manage");
  return (
    <>
      <PageHeader title="Settings" description="Members, invites and API tokens of this workspace; your password." />
      <div className="space-y-6">
        <MembersCard initialMembers={members} canManage={canManage} currentUserId={actor.userId} />
        {can(actor.role, "invite.create") ? <InviteCard /> : null}
        <TokensCard initialTokens={tokens.map(toApiTokenInfo)} />
        <PasswordCard />
      </div>
    </>
  );
}
