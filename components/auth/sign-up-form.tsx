"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { signUpAction } from "./auth-actions";
import { AuthField, AuthSubmit, NewPasswordField } from "./auth-field";

export function SignUpForm() {
  const [state, action, pending] = useActionState(signUpAction, undefined);
  return (
    <form action={action} className="space-y-4" noValidate>
      {state?.error ? <Alert tone="error">{state.error}</Alert> : null}
      <AuthField name="name" label="Name" autoComplete="name" error={state?.fieldErrors?.name} />
      <AuthField name="email" label="Email" type="email" autoComplete="email" error={state?.fieldErrors?.email} />
      <NewPasswordField label="Password" error={state?.fieldErrors?.password} hint="At least 8 characters." />
      <AuthSubmit pending={pending} label="Create workspace" pendingLabel="Creating workspace…" />
    </form>
  );
}
