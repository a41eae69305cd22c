import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { getSessionActor } from "@/lib/auth";

export const metadata: Metadata = { title: "Create a workspace" };

export default async function SignUpPage() {
  if (await getSessionActor()) redirect("/plans");
  return (
    <AuthCard
      title="Create your workspace"
      subtitle="You will be its owner and can invite your team."
      footer={
        <>
          Already have an account?{" "}
          <Link href="/sign-in" className="font-medium text-brand-600 hover:text-brand-700">
            Sign in
          </Link>
        </>
      }
    >
      <SignUpForm />
    </AuthCard>
  );
}
