import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getSessionActor } from "@/lib/auth";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  if (await getSessionActor()) redirect("/plans");
  const signedUp = (await searchParams)["signed-up"] === "1";
  return (
    <AuthCard
      title="Sign in to Flightplan"
      footer={
        <>
          New here?{" "}
          <Link href="/sign-up" className="font-medium text-brand-600 hover:text-brand-700">
            Create a workspace
          </Link>
        </>
      }
    >
      <SignInForm
        notice={
          signedUp
            ? "If this email was new, its workspace is ready: sign in with the password you chose. If it already had an account, sign in with that account's password."
            : undefined
        }
      />
    </AuthCard>
  );
}
