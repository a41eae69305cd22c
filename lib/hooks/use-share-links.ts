"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import type { CreatedShareLink, CreateShareLinkInput, ShareLinkInfo } from "@/lib/plan/contract";

export const shareLinkKeys = {
  all: ["share-links"] as const,
  list: (planId: string) => [...shareLinkKeys.all, planId] as const,
};

const path = (planId: string) => `/api/plans/${encodeURIComponent(planId)}/share-links`;

export function useShareLinks(planId: string, initialData?: ShareLinkInfo[]) {
  return useQuery({
    queryKey: shareLinkKeys.list(planId),
    queryFn: () => apiFetch<ShareLinkInfo[]>(path(planId)),
    initialData,
  });
}

export function useCreateShareLink(planId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateShareLinkInput) =>
      apiFetch<CreatedShareLink>(path(planId), { method: "POST", json: input }),
    onSuccess: () => qc.invalidateQueries({ queryKey: shareLinkKeys.list(planId) }),
  });
}

export function useRevokeShareLink(planId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (linkId: string) =>
      apiFetch<void>(`${path(planId)}/${encodeURIComponent(linkId)}`, { method: "DELETE" }),
    onSettled: () => qc.invalidateQueries({ queryKey: shareLinkKeys.list(planId) }),
  });
}
