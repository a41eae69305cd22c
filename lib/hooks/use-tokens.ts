"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import type { ApiTokenInfo, CreatedApiToken } from "@/lib/plan/contract";

export const tokenKeys = {
  all: ["tokens"] as const,
  list: () => [...tokenKeys.all, "list"] as const,
};

export function useTokens(initialData?: ApiTokenInfo[]) {
  return useQuery({ queryKey: tokenKeys.list(), queryFn: () => apiFetch<ApiTokenInfo[]>("/api/tokens"), initialData });
}

export function useCreateToken() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => apiFetch<CreatedApiToken>("/api/tokens", { method: "POST", json: { name } }),
    onSuccess: () => qc.invalidateQueries({ queryKey: tokenKeys.list() }),
  });
}

export function useRevokeToken() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiFetch<void>(`/api/tokens/${encodeURIComponent(id)}`, { method: "DELETE" }),
    onSettled: () => qc.invalidateQueries({ queryKey: tokenKeys.list() }),
  });
}
