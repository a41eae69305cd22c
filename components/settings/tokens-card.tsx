"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Field, Input } from "@/components/ui/field";
import { useCreateToken, useRevokeToken, useTokens } from "@/lib/hooks/use-tokens";
import type { ApiTokenInfo } from "@/lib/plan/contract";
import { CreateTokenSchema } from "@/lib/validations/workspace";
import { CopyField } from "./copy-field";

function date(value?: string | null) {
  return value
    ? new Date(value).toLocaleDateString(undefined, { year: "numeric", month: "short", day: "numeric" })
    : "never";
}

export function TokensCard({ initialTokens }: { initialTokens: ApiTokenInfo[] }) {
  const { data: tokens = initialTokens } = useTokens(initialTokens);
  const create = useCreateToken();
  const revoke = useRevokeToken();
  const [name, setName] = useState("");
  const [fieldError, setFieldError] = useState<string | undefined>();
  return (
    <Card>
      <CardHeader
        title="API tokens"
        description={
          <>
            For scripts and CI: send <code className="font-mono text-xs">Authorization: Bearer &lt;token&gt;</code>. A
            token acts as you, with your role.
          </>
        }
      />
      <CardBody className="space-y-4">
        <form
          className="flex flex-col gap-3 sm:flex-row sm:items-end"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            const parsed = CreateTokenSchema.safeParse({ name });
            if (!parsed.success) {
              setFieldError(parsed.error.issues[0]?.message);
              return;
            }
            setFieldError(undefined);
            create.mutate(parsed.data.name, { onSuccess: () => setName("") });
          }}
        >
          <div className="flex-1">
            <Field label="Token name" htmlFor="token-name" error={fieldError}>
              <Input id="token-name" value={name} onChange={(e) => setName(e.target.value)} placeholder="ci-export" />
            </Field>
          </div>
          <Button type="submit" disabled={create.isPending} data-testid="token-submit">
            {create.isPending ? "Creating…" : "Create token"}
          </Button>
        </form>
        {create.error ? <Alert tone="error">{create.error.message}</Alert> : null}
        {revoke.error ? <Alert tone="error">{revoke.error.message}</Alert> : null}
        {create.data ? (
          <div className="space-y-2 rounded-md border border-emerald-200 bg-emerald-50 p-3">
            <p className="text-sm text-emerald-900">
              Token <strong>{create.data.name}</strong> created. Copy it now — it will not be shown again.
            </p>
            <CopyField value={create.data.token} testId="new-token" />
          </div>
        ) : null}
      </CardBody>
      {tokens.length > 0 ? (
        <table className="w-full border-t border-slate-100 text-sm" data-testid="tokens">
          <thead className="bg-slate-50 text-left text-xs font-medium tracking-wide text-slate-500 uppercase">
            <tr>
              <th className="px-5 py-2">Name</th>
              <th className="hidden px-5 py-2 sm:table-cell">Created</th>
              <th className="hidden px-5 py-2 sm:table-cell">Last used</th>
              <th className="px-5 py-2" />
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {tokens.map((t) => (
              <tr key={t.id} className={t.revokedAt ? "opacity-60" : undefined}>
                <td className="px-5 py-2.5">
                  <span className="font-medium text-slate-900">{t.name}</span>
                  {t.prefix ? <span className="ml-2 font-mono text-xs text-slate-400">{t.prefix}…</span> : null}
                </td>
                <td className="hidden px-5 py-2.5 text-slate-500 sm:table-cell">{date(t.createdAt)}</td>
                <td className="hidden px-5 py-2.5 text-slate-500 sm:table-cell">{date(t.lastUsedAt)}</td>
                <td className="px-5 py-2.5 text-right">
                  {t.revokedAt ? (
                    <Badge tone="slate">revoked</Badge>
                  ) : (
                    <Button variant="danger" size="sm" disabled={revoke.isPending} onClick={() => revoke.mutate(t.id)}>
                      Revoke
                    </Button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </Card>
  );
}
