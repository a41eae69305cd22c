import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { InviteCard, MembersCard } from "@/components/settings/members-card";
import { PasswordCard } from "@/components/settings/password-card";
import { TokensCard } from "@/components/settings/tokens-card";
import { WorkspaceCard } from "@/components/settings/workspace-card";
import { requireActor } from "@/lib/auth";
import { can } from "@/lib/permissions";
import { timeZoneNames } from "@/lib/plan/time-zone";
import { listApiTokens, toApiTokenInfo } from "@/lib/server/tokens/api-tokens";
import { listMembers } from "@/lib/server/workspaces/members";
import { getWorkspaceSettings } from "@/lib/server/workspaces/settings";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const actor = await requireActor();
  const [members, tokens, workspace] = await Promise.all([
    listMembers(actor),
    listApiTokens(actor),
    getWorkspaceSettings(actor),
  ]);
  const canManage = can(actor.role, "member.manage");
  return (
    <>
      <PageHeader
        title="Settings"
        description="The workspace's time zone, members, invites and API tokens; your password."
      />
      <div className="space-y-6">
        <WorkspaceCard initial={workspace} zones={timeZoneNames()} canManage={can(actor.role, "workspace.settings")} />
        <MembersCard initialMembers={members} canManage={canManage} currentUserId={actor.userId} />
        {can(actor.role, "invite.create") ? <InviteCard /> : null}
        <TokensCard initialTokens={tokens.map(toApiTokenInfo)} />
        <PasswordCard />
      </div>
    </>
  );
}
