"use client";

import { useActionState } from "react";
import { changePasswordAction } from "@/components/auth/auth-actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Field, Input } from "@/components/ui/field";

/** Your password: changing it signs out every other browser at once. */
export function PasswordCard() {
  const [state, action, pending] = useActionState(changePasswordAction, undefined);
  return (
    <Card>
      <CardHeader title="Password" description="Changing your password signs you out everywhere else." />
      <CardBody>
        <form action={action} className="space-y-4" noValidate>
          {state?.error ? <Alert tone="error">{state.error}</Alert> : null}
          {state?.notice ? <Alert tone="success">{state.notice}</Alert> : null}
          <div className="grid gap-4 sm:grid-cols-2">
            <Field label="Current password" htmlFor="current-password" error={state?.fieldErrors?.current}>
              <Input id="current-password" name="current" type="password" autoComplete="current-password" required />
            </Field>
            <Field label="New password" htmlFor="new-password" error={state?.fieldErrors?.next}>
              <Input
                id="new-password"
                name="next"
                type="password"
                autoComplete="new-password"
                minLength={8}
                maxLength={200}
                required
              />
            </Field>
          </div>
          <Button type="submit" disabled={pending}>
            {pending ? "Changing…" : "Change password"}
          </Button>
        </form>
      </CardBody>
    </Card>
  );
}
