"use client";

import { useState } from "react";
import { CopyField } from "@/components/settings/copy-field";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Field, Input } from "@/components/ui/field";
import { useCreateShareLink, useRevokeShareLink, useShareLinks } from "@/lib/hooks/use-share-links";
import { CreateShareLinkSchema, type ShareLinkInfo } from "@/lib/plan/contract";

// A link's expiry is a UTC day (the API reads `yyyy-mm-dd` as "through that day, UTC").
const DAY: Intl.DateTimeFormatOptions = { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" };
function date(value: string | null, none: string) {
  return value ? new Date(value).toLocaleDateString(undefined, DAY) : none;
}

/** The last day a link works: an expiry "after 31 March" ends at midnight, 1 April. */
function lastDay(expiresAt: string | null) {
  return expiresAt ? new Date(Date.parse(expiresAt) - 1).toLocaleDateString(undefined, DAY) : "no expiry";
}

function state(link: ShareLinkInfo): "revoked" | "expired" | null {
  if (link.revokedAt) return "revoked";
  if (link.expiresAt && Date.parse(link.expiresAt) <= Date.now()) return "expired";
  return null;
}

/** Create a link (the URL is shown once), see the plan's links and revoke them. */
export function ShareLinksCard({ planId, initialLinks }: { planId: string; initialLinks: ShareLinkInfo[] }) {
  const { data: links = initialLinks } = useShareLinks(planId, initialLinks);
  const create = useCreateShareLink(planId);
  const revoke = useRevokeShareLink(planId);
  const [label, setLabel] = useState("");
  const [expires, setExpires] = useState("");
  const [fieldError, setFieldError] = useState<string | undefined>();
  return (
    <Card>
      <CardHeader
        title="Share links"
        description="Give each link a label that says who it is for, so you know which one to revoke."
      />
      <CardBody className="space-y-4">
        <form
          className="grid gap-3 sm:grid-cols-[1fr_12rem_auto] sm:items-end"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            const parsed = CreateShareLinkSchema.safeParse({ label, expiresAt: expires || null });
            if (!parsed.success) {
              setFieldError(parsed.error.issues[0]?.message);
              return;
            }
            setFieldError(undefined);
            create.mutate(parsed.data, {
              onSuccess: () => {
                setLabel("");
                setExpires("");
              },
            });
          }}
        >
          <Field label="Label" htmlFor="share-label" error={fieldError}>
            <Input
              id="share-label"
              value={label}
              onChange={(e) => setLabel(e.target.value)}
              placeholder="Steering committee"
              maxLength={100}
            />
          </Field>
          <Field label="Expires after (optional)" htmlFor="share-expires">
            <Input id="share-expires" type="date" value={expires} onChange={(e) => setExpires(e.target.value)} />
          </Field>
          <Button type="submit" disabled={create.isPending} data-testid="share-create">
            {create.isPending ? "Creating…" : "Create link"}
          </Button>
        </form>
        {create.error ? <Alert tone="error">{create.error.message}</Alert> : null}
        {revoke.error ? <Alert tone="error">{revoke.error.message}</Alert> : null}
        {create.data ? (
          <div className="space-y-2 rounded-md border border-emerald-200 bg-emerald-50 p-3">
            <p className="text-sm text-emerald-900">Link created. Copy it now — it will not be shown again.</p>
            <CopyField value={create.data.url} testId="share-new-url" />
          </div>
        ) : null}
      </CardBody>
      {links.length > 0 ? (
        <LinksTable links={links} revoking={revoke.isPending} onRevoke={(id) => revoke.mutate(id)} />
      ) : null}
    </Card>
  );
}

function LinksTable({
  links,
  revoking,
  onRevoke,
}: {
  links: ShareLinkInfo[];
  revoking: boolean;
  onRevoke: (id: string) => void;
}) {
  return (
    <table className="w-full border-t border-slate-100 text-sm" data-testid="share-links">
      <thead className="bg-slate-50 text-left text-xs font-medium tracking-wide text-slate-500 uppercase">
        <tr>
          <th className="px-5 py-2">Label</th>
          <th className="hidden px-5 py-2 sm:table-cell">Created</th>
          <th className="px-5 py-2">Works until</th>
          <th className="hidden px-5 py-2 md:table-cell">Last used</th>
          <th className="px-5 py-2" />
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {links.map((l) => {
          const gone = state(l);
          return (
            <tr key={l.id} className={gone ? "opacity-60" : undefined} data-testid="share-link-row">
              <td className="px-5 py-2.5 font-medium break-words text-slate-900">{l.label}</td>
              <td className="hidden px-5 py-2.5 text-slate-500 sm:table-cell">{`${date(l.createdAt, "")}${l.createdBy ? ` · ${l.createdBy}` : ""}`}</td>
              <td className="px-5 py-2.5 whitespace-nowrap text-slate-500">{lastDay(l.expiresAt)}</td>
              <td className="hidden px-5 py-2.5 text-slate-500 md:table-cell">{date(l.lastUsedAt, "never")}</td>
              <td className="px-5 py-2.5 text-right">
                {gone ? (
                  <Badge tone="slate">{gone}</Badge>
                ) : (
                  <Button
                    variant="danger"
                    size="sm"
                    disabled={revoking}
                    onClick={() => onRevoke(l.id)}
                    aria-label={`Revoke ${l.label}`}
                  >
                    Revoke
                  </Button>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
