"use client";

import { useEffect, useId, useRef, useState } from "react";
import { cn } from "@/components/ui/cn";
import { useHydrated } from "@/components/ui/use-hydrated";
import { useSwitchWorkspace } from "@/lib/hooks/use-session-workspace";
import type { WorkspaceMembership } from "@/lib/plan/contract";

/**
 * The current workspace's name; opens a list of the user's other workspaces. Choosing one moves
 * the session there (PUT /api/session/workspace) and loads that workspace's plans with a full
 * navigation, so no page or cached query of the old workspace survives the switch.
 */
export function WorkspaceSwitcher({ workspaces }: { workspaces: WorkspaceMembership[] }) {
  const [open, setOpen] = useState(false);
  const hydrated = useHydrated();
  const switcher = useSwitchWorkspace();
  const root = useRef<HTMLDivElement>(null);
  const listId = useId();
  const current = workspaces.find((w) => w.current);

  useEffect(() => {
    if (!open) return;
    const close = (e: MouseEvent | KeyboardEvent) => {
      if (e instanceof KeyboardEvent ? e.key === "Escape" : !root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener("mousedown", close);
    document.addEventListener("keydown", close);
    return () => {
      document.removeEventListener("mousedown", close);
      document.removeEventListener("keydown", close);
    };
  }, [open]);

  const choose = (w: WorkspaceMembership) => {
    if (w.current) return setOpen(false);
    switcher.mutate(w.id, { onSuccess: () => window.location.assign("/plans") });
  };

  return (
    <div ref={root} className="relative min-w-0">
      <button
        type="button"
        disabled={!hydrated}
        onClick={() => setOpen((o) => !o)}
        aria-haspopup="true"
        aria-expanded={open}
        aria-controls={listId}
        data-testid="workspace-switcher"
        className="flex w-full min-w-0 items-center gap-2 rounded-md px-2 py-1.5 text-left ring-1 ring-inset ring-slate-200 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-brand-600"
      >
        <span className="min-w-0 flex-1">
          <span className="block text-[11px] font-medium uppercase tracking-wide text-slate-400">Workspace</span>
          <span className="block truncate text-sm font-medium text-slate-900" data-testid="current-workspace">
            {current?.name ?? "No workspace"}
          </span>
        </span>
        <svg viewBox="0 0 20 20" fill="currentColor" className="size-4 shrink-0 text-slate-400" aria-hidden="true">
          <path d="M10 3 6 7h8l-4-4Zm0 14 4-4H6l4 4Z" />
        </svg>
      </button>
      {open && (
        <div
          id={listId}
          className="absolute right-0 z-30 mt-1 w-72 max-w-[calc(100vw-2rem)] rounded-md bg-white py-1 shadow-lg ring-1 ring-slate-200 lg:left-0 lg:right-auto"
        >
          <p className="px-3 py-1.5 text-[11px] font-medium uppercase tracking-wide text-slate-400">Your workspaces</p>
          <ul>
            {workspaces.map((w) => (
              <li key={w.id}>
                <button
                  type="button"
                  onClick={() => choose(w)}
                  disabled={switcher.isPending}
                  aria-current={w.current ? "true" : undefined}
                  data-testid="workspace-option"
                  className={cn(
                    "flex w-full items-center gap-2 px-3 py-2 text-left text-sm hover:bg-slate-50 disabled:opacity-60",
                    w.current ? "font-medium text-brand-700" : "text-slate-700",
                  )}
                >
                  <span className="min-w-0 flex-1 truncate" title={w.name}>
                    {w.name}
                  </span>
                  <span className="shrink-0 text-xs text-slate-400">{w.role}</span>
                  <span className={cn("size-4 shrink-0 text-brand-600", !w.current && "invisible")} aria-hidden="true">
                    <svg viewBox="0 0 20 20" fill="currentColor">
                      <path d="M8 13.2 4.8 10l-1.1 1.1L8 15.4l8.3-8.3-1.1-1.1Z" />
                    </svg>
                  </span>
                </button>
              </li>
            ))}
          </ul>
          {workspaces.length < 2 && (
            <p className="px-3 py-2 text-xs text-slate-500">An invite from another workspace adds it here.</p>
          )}
          {switcher.error && (
            <p role="alert" className="px-3 py-2 text-xs text-red-700">
              {switcher.error.message}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
