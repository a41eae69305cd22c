"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import type { Role } from "@/lib/permissions";
import type { CreatedInvite, Member } from "@/lib/plan/contract";
import type { CreateInviteInput } from "@/lib/validations/workspace";

export const memberKeys = {
  all: ["members"] as const,
  list: () => [...memberKeys.all, "list"] as const,
};

export function useMembers(initialData?: Member[]) {
  return useQuery({ queryKey: memberKeys.list(), queryFn: () => apiFetch<Member[]>("/api/members"), initialData });
}

export function useSetMemberRole() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, role }: { userId: string; role: Role }) =>
      apiFetch<unknown>(`/api/members/${encodeURIComponent(userId)}`, { method: "PATCH", json: { role } }),
    onSettled: () => qc.invalidateQueries({ queryKey: memberKeys.list() }),
  });
}

export function useRemoveMember() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) => apiFetch<void>(`/api/members/${encodeURIComponent(userId)}`, { method: "DELETE" }),
    onSettled: () => qc.invalidateQueries({ queryKey: memberKeys.list() }),
  });
}

export function useCreateInvite() {
  return useMutation({
    mutationFn: (input: CreateInviteInput) => apiFetch<CreatedInvite>("/api/invites", { method: "POST", json: input }),
  });
}
