import "server-only";
import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { redirect } from "next/navigation";
import { getEnv } from "@/lib/env";
import type { Actor } from "@/lib/server/actor";
import { getActorForUser, verifyUserPassword } from "@/lib/server/users/accounts";
import { getActorForApiToken } from "@/lib/server/tokens/api-tokens";
import { SignInSchema } from "@/lib/validations/auth";

/**
 * Auth.js v5: email + password (Credentials) with a JWT session cookie. The token carries only
 * the user id; the workspace and role are looked up on every request (`getActorForUser`) so a
 * role change or removal takes effect at once.
 */
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  // Read lazily: `next build` imports this module without any environment.
  secret: getEnv().AUTH_SECRET,
  trustHost: true,
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/sign-in" },
  logger: {
    // A wrong password is an expected outcome (the form says so), not a server error.
    error(error) {
      if (error.name === "CredentialsSignin") return;
      console.error(`[auth] ${error.name}: ${error.message}`);
    },
  },
  providers: [
    Credentials({
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(raw) {
        const parsed = SignInSchema.safeParse(raw);
        if (!parsed.success) return null;
        const user = await verifyUserPassword(parsed.data.email, parsed.data.password);
        return user ? { id: user.id, email: user.email, name: user.name } : null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) token.sub = user.id;
      return token;
    },
    session({ session, token }) {
      if (token.sub && session.user) session.user.id = token.sub;
      return session;
    },
  },
}));

/** The actor behind the session cookie, or null. */
export async function getSessionActor(): Promise<Actor | null> {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) return null;
  return getActorForUser(userId);
}

/** For server-component pages: the actor, or a redirect to the sign-in page. */
export async function requireActor(): Promise<Actor> {
  const actor = await getSessionActor();
  if (!actor) redirect("/sign-in");
  return actor;
}

/**
 * For API routes: `Authorization: Bearer <token>` wins when present (an invalid token is refused,
 * never silently replaced by the cookie); otherwise the Auth.js session cookie.
 */
export async function resolveRequestActor(req: Request): Promise<Actor | null> {
  const header = req.headers.get("authorization");
  if (header !== null) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match?.[1]) return null;
    return getActorForApiToken(match[1]);
  }
  return getSessionActor();
}
