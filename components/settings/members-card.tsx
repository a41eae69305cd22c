"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Field, Input, Select } from "@/components/ui/field";
import { useCreateInvite, useMembers, useRemoveMember, useSetMemberRole } from "@/lib/hooks/use-members";
import type { Member } from "@/lib/plan/contract";
import { ROLES, type Role } from "@/lib/permissions";
import { CreateInviteSchema } from "@/lib/validations/workspace";
import { CopyField } from "./copy-field";

const ROLE_TONE: Record<Role, BadgeTone> = { owner: "violet", editor: "blue", viewer: "slate" };

const ROLE_HELP: Record<Role, string> = {
  owner: "Everything, including members and invites",
  editor: "Import plans, tick items, edit tasks",
  viewer: "Read-only",
};

export function MembersCard({
  initialMembers,
  canManage,
  currentUserId,
}: {
  initialMembers: Member[];
  canManage: boolean;
  currentUserId: string;
}) {
  const { data: members = initialMembers } = useMembers(initialMembers);
  const setRole = useSetMemberRole();
  const remove = useRemoveMember();
  return (
    <Card>
      <CardHeader
        title="Members"
        description={
          canManage ? "Change roles here; a change applies to the member's next request." : "People in this workspace."
        }
      />
      {setRole.error || remove.error ? (
        <div className="px-5 pt-4">
          <Alert tone="error">{(setRole.error ?? remove.error)!.message}</Alert>
        </div>
      ) : null}
      <table className="w-full text-sm" data-testid="members">
        <tbody className="divide-y divide-slate-100">
          {members.map((m) => (
            <tr key={m.userId} data-testid="member-row">
              <td className="px-5 py-3">
                <p className="font-medium text-slate-900">
                  {m.name}
                  {m.userId === currentUserId ? (
                    <span className="ml-2 text-xs font-normal text-slate-400">(you)</span>
                  ) : null}
                </p>
                <p className="text-xs text-slate-500">{m.email}</p>
              </td>
              <td className="w-56 px-5 py-3 text-right">
                {canManage && m.userId !== currentUserId ? (
                  <div className="flex items-center justify-end gap-2">
                    <Select
                      aria-label={`Role of ${m.email}`}
                      value={m.role}
                      onChange={(e) => setRole.mutate({ userId: m.userId, role: e.target.value as Role })}
                      className="h-8 text-xs"
                    >
                      {ROLES.map((r) => (
                        <option key={r} value={r}>
                          {r}
                        </option>
                      ))}
                    </Select>
                    <Button
                      type="button"
                      variant="secondary"
                      className="h-8 px-2 text-xs"
                      aria-label={`Remove ${m.email}`}
                      disabled={remove.isPending}
                      onClick={() => {
                        if (window.confirm(`Remove ${m.email} from this workspace? They are signed out at once.`))
                          remove.mutate(m.userId);
                      }}
                    >
                      Remove
                    </Button>
                  </div>
                ) : (
                  <Badge tone={ROLE_TONE[m.role]}>{m.role}</Badge>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}

export function InviteCard() {
  const invite = useCreateInvite();
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<Role>("editor");
  const [fieldError, setFieldError] = useState<string | undefined>();
  const link = invite.data
    ? new URL(`/invite/${encodeURIComponent(invite.data.token)}`, window.location.origin).toString()
    : null;
  return (
    <Card>
      <CardHeader
        title="Invite a teammate"
        description="They get a one-time link; it is shown here once, so copy it now."
      />
      <CardBody>
        <form
          className="grid gap-3 sm:grid-cols-[1fr_10rem_auto] sm:items-end"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            const parsed = CreateInviteSchema.safeParse({ email, role });
            if (!parsed.success) {
              setFieldError(parsed.error.issues[0]?.message);
              return;
            }
            setFieldError(undefined);
            invite.mutate(parsed.data, { onSuccess: () => setEmail("") });
          }}
        >
          <Field label="Email" htmlFor="invite-email" error={fieldError}>
            <Input
              id="invite-email"
              type="email"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              placeholder="teammate@example.com"
            />
          </Field>
          <Field label="Role" htmlFor="invite-role">
            <Select id="invite-role" value={role} onChange={(e) => setRole(e.target.value as Role)}>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {r}
                </option>
              ))}
            </Select>
          </Field>
          <Button type="submit" disabled={invite.isPending} data-testid="invite-submit">
            {invite.isPending ? "Creating…" : "Create invite"}
          </Button>
        </form>
        <p className="mt-2 text-xs text-slate-500">{ROLE_HELP[role]}.</p>
        {invite.error ? (
          <Alert tone="error" className="mt-4">
            {invite.error.message}
          </Alert>
        ) : null}
        {invite.data && link ? (
          <div className="mt-4 space-y-2 rounded-md border border-emerald-200 bg-emerald-50 p-3">
            <p className="text-sm text-emerald-900">
              Invite for <strong>{invite.data.email}</strong> as <strong>{invite.data.role}</strong>. Send them this
              link:
            </p>
            <CopyField value={link} testId="invite-link" />
          </div>
        ) : null}
      </CardBody>
    </Card>
  );
}
