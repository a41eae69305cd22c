"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { acceptInviteAction } from "./auth-actions";
import { AuthField, AuthSubmit, NewPasswordField } from "./auth-field";

export function AcceptInviteForm({ token }: { token: string }) {
  const [state, action, pending] = useActionState(acceptInviteAction, undefined);
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="token" value={token} />
      {state?.error ? <Alert tone="error">{state.error}</Alert> : null}
      <AuthField name="name" label="Your name" autoComplete="name" error={state?.fieldErrors?.name} />
      <NewPasswordField
        label="Choose a password"
        error={state?.fieldErrors?.password}
        hint="At least 8 characters. Already have an account with this email? Enter its password."
      />
      <AuthSubmit pending={pending} label="Accept invite" pendingLabel="Joining…" />
    </form>
  );
}
