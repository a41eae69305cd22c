import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";

/** One required labelled input of an auth form; its id and name are the form field the action reads. */
export function AuthField({
  name,
  label,
  type,
  autoComplete,
  error,
  hint,
}: {
  name: string;
  label: string;
  type?: "email" | "password";
  autoComplete: string;
  error?: string;
  hint?: ReactNode;
}) {
  return (
    <Field label={label} htmlFor={name} error={error} hint={hint}>
      <Input id={name} name={name} type={type} autoComplete={autoComplete} required />
    </Field>
  );
}

/** The password field of a form that sets one (sign up, accept invite): the browser may suggest a new password. */
export function NewPasswordField({ label, error, hint }: { label: string; error?: string; hint: ReactNode }) {
  return (
    <AuthField name="password" label={label} type="password" autoComplete="new-password" error={error} hint={hint} />
  );
}

/** The full-width submit button of an auth form, disabled and relabelled while the action runs. */
export function AuthSubmit({
  pending,
  label,
  pendingLabel,
}: {
  pending: boolean;
  label: string;
  pendingLabel: string;
}) {
  return (
    <Button type="submit" className="w-full" disabled={pending}>
      {pending ? pendingLabel : label}
    </Button>
  );
}
