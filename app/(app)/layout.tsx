import type { ReactNode } from "react";
import { AppShell } from "@/components/layout/app-shell";
import { auth, requireActor } from "@/lib/auth";
import { listWorkspaces } from "@/lib/server/workspaces/session-workspace";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const actor = await requireActor();
  const [session, { workspaces }] = await Promise.all([auth(), listWorkspaces(actor)]);
  return (
    <AppShell
      user={{ name: session?.user?.name ?? "", email: session?.user?.email ?? "", role: actor.role }}
      workspaces={workspaces}
    >
      {children}
    </AppShell>
  );
}
