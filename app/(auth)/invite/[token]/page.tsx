import type { Metadata } from "next";
import { AuthCard } from "@/components/auth/auth-card";
import { AcceptInviteForm } from "@/components/auth/accept-invite-form";

export const metadata: Metadata = { title: "Accept invite" };

export default async function AcceptInvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return (
    <AuthCard
      title="Join the workspace"
      subtitle="You were invited to a Flightplan workspace. Pick a name and a password to join."
    >
      <AcceptInviteForm token={token} />
    </AuthCard>
  );
}
