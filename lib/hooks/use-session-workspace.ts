"use client";

import { useMutation } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import type { SessionWorkspaces } from "@/lib/plan/contract";

/**
 * Moves this browser session to another workspace. The caller reloads into that workspace's plans:
 * every cached query belongs to the old workspace, so nothing of it may be shown afterwards.
 */
export function useSwitchWorkspace() {
  return useMutation({
    mutationFn: (workspaceId: string) =>
      apiFetch<SessionWorkspaces>("/api/session/workspace", { method: "PUT", json: { workspaceId } }),
  });
}
