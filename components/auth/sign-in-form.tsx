"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { signInAction } from "./auth-actions";
import { AuthField, AuthSubmit } from "./auth-field";

export function SignInForm({ notice }: { notice?: string }) {
  const [state, action, pending] = useActionState(signInAction, undefined);
  return (
    <form action={action} className="space-y-4" noValidate>
      {notice && !state?.error ? <Alert tone="success">{notice}</Alert> : null}
      {state?.error ? <Alert tone="error">{state.error}</Alert> : null}
      <AuthField name="email" label="Email" type="email" autoComplete="email" error={state?.fieldErrors?.email} />
      <AuthField
        name="password"
        label="Password"
        type="password"
        autoComplete="current-password"
        error={state?.fieldErrors?.password}
      />
      <AuthSubmit pending={pending} label="Sign in" pendingLabel="Signing in…" />
    </form>
  );
}
