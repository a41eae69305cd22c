import type { ReactNode } from "react";
import { AppShell } from "@/components/layout/app-shell";
import { auth, requireActor } from "@/lib/auth";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const actor = await requireActor();
  const session = await auth();
  return (
    <AppShell user={{ name: session?.user?.name ?? "", email: session?.user?.email ?? "", role: actor.role }}>
      {children}
    </AppShell>
  );
}
