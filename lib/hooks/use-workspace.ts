"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import type { UpdateWorkspaceInput } from "@/lib/validations/workspace";

export type WorkspaceInfo = { id: string; name: string; timeZone: string };

export const workspaceKeys = { all: ["workspace"] as const };

export function useWorkspace(initialData?: WorkspaceInfo) {
  return useQuery({
    queryKey: workspaceKeys.all,
    queryFn: () => apiFetch<WorkspaceInfo>("/api/workspace"),
    initialData,
  });
}

/** Owners set the workspace's time zone; the cached workspace takes the reply. */
export function useUpdateWorkspace() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateWorkspaceInput) =>
      apiFetch<WorkspaceInfo>("/api/workspace", { method: "PATCH", json: input }),
    onSuccess: (ws) => qc.setQueryData(workspaceKeys.all, ws),
  });
}
