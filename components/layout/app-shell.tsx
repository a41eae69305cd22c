import type { ReactNode } from "react";
import { signOutAction } from "@/components/auth/auth-actions";
import { can, type Role } from "@/lib/permissions";
import type { WorkspaceMembership } from "@/lib/plan/contract";
import { Logo } from "./logo";
import { NavLinks } from "./nav-links";
import { WorkspaceSwitcher } from "./workspace-switcher";

export type ShellUser = { name: string; email: string; role: Role };

export function AppShell({
  user,
  workspaces,
  children,
}: {
  user: ShellUser;
  workspaces: WorkspaceMembership[];
  children: ReactNode;
}) {
  return (
    <div className="min-h-screen lg:pl-60 print:pl-0">
      <aside className="print:hidden border-b border-slate-200 bg-white lg:fixed lg:inset-y-0 lg:left-0 lg:flex lg:w-60 lg:flex-col lg:border-r lg:border-b-0">
        {/* Phones: logo and switcher side by side in the top bar; wide screens: stacked in the sidebar. */}
        <div className="flex h-14 items-center justify-between gap-4 px-5 lg:h-auto lg:flex-col lg:items-stretch lg:gap-4 lg:px-3 lg:pt-5 lg:pb-4">
          <span className="shrink-0 lg:px-2">
            <Logo />
          </span>
          <div className="min-w-0 max-w-56 flex-1 lg:max-w-none lg:flex-none">
            <WorkspaceSwitcher workspaces={workspaces} />
          </div>
        </div>
        <NavLinks canImport={can(user.role, "plan.import")} />
        <div className="hidden border-t border-slate-200 p-4 lg:mt-auto lg:block">
          <UserBox user={user} />
        </div>
      </aside>
      <div className="print:hidden flex items-center justify-end border-b border-slate-200 bg-white px-4 py-2 lg:hidden">
        <UserBox user={user} />
      </div>
      <main className="mx-auto max-w-6xl px-4 py-8 sm:px-6 lg:px-10 print:max-w-none print:p-0">{children}</main>
    </div>
  );
}

function UserBox({ user }: { user: ShellUser }) {
  const initials = (user.name || user.email)
    .split(/[\s@.]+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((s) => s[0]?.toUpperCase())
    .join("");
  return (
    // min-w-0: in the right-aligned mobile bar a long name must truncate, not push the avatar off the left edge.
    <div className="flex min-w-0 items-center gap-3">
      <span className="grid size-8 shrink-0 place-items-center rounded-full bg-slate-200 text-xs font-semibold text-slate-700">
        {initials || "?"}
      </span>
      <div className="min-w-0 flex-1">
        <p className="truncate text-sm font-medium text-slate-900" data-testid="current-user">
          {user.name || user.email}
        </p>
        <p className="truncate text-xs text-slate-500">
          {user.email} · <span data-testid="current-role">{user.role}</span>
        </p>
      </div>
      <form action={signOutAction}>
        <button
          type="submit"
          className="rounded p-1 text-xs text-slate-500 hover:bg-slate-100 hover:text-slate-900"
          title="Sign out"
        >
          Sign out
        </button>
      </form>
    </div>
  );
}
