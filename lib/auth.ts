import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { redirect } from "next/navigation";
import { getEnv } from "@/lib/env";
import type { Actor } from "@/lib/server/actor";
import { isAppError } from "@/lib/errors";
import { verifyUserPassword } from "@/lib/server/users/accounts";
import { actorForCredential, type RequestCredential } from "@/lib/server/users/credentials";
import { endSession, getActorForSession, SESSION_MAX_AGE_SECONDS, startSession } from "@/lib/server/users/sessions";
import { clientAddress, countSignInAttempt, forgiveSignInAttempt } from "@/lib/server/users/sign-in-limits";
import { hasWorkspace } from "@/lib/server/workspaces/session-workspace";
import { SignInSchema } from "@/lib/validations/auth";

/** Too many attempts for this account or address: the form shows when to try again. */
export class SignInRateLimited extends CredentialsSignin {
  code = "rate_limited";
  constructor(readonly retryAfterSeconds: number) {
    super();
  }
}

/** The password was right but the account belongs to no workspace any more (removed from its last one). */
export class SignInWithoutWorkspace extends CredentialsSignin {
  code = "no_workspace";
}

/**
 * Auth.js v5: email + password (Credentials) with a JWT session cookie. The token carries the
 * user id and a session id; every request checks that the session row still exists and looks up
 * the workspace and role (`getActorForSession`), so sign-out, a password change, removal or a role
 * change take effect at once.
 */
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  // Read lazily: `next build` imports this module without any environment.
  secret: getEnv().AUTH_SECRET,
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/sign-in" },
  logger: {
    // A wrong password is an expected outcome (the form says so), not a server error.
    error(error) {
      // Matched by class and type: the production build minifies class names.
      if (error instanceof CredentialsSignin || (error as { type?: string }).type === "CredentialsSignin") return;
      console.error(`[auth] ${error.name}: ${error.message}`);
    },
  },
  providers: [
    Credentials({
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(raw, request) {
        const parsed = SignInSchema.safeParse(raw);
        if (!parsed.success) return null;
        const { email, password } = parsed.data;
        const address = clientAddress(request.headers);
        try {
          await countSignInAttempt(email, address);
        } catch (e) {
          if (isAppError(e) && e.retryAfterSeconds) throw new SignInRateLimited(e.retryAfterSeconds);
          throw e;
        }
        const user = await verifyUserPassword(email, password);
        if (!user) return null;
        await forgiveSignInAttempt(email, address);
        if (!(await hasWorkspace(user.id))) throw new SignInWithoutWorkspace();
        return { id: user.id, email: user.email, name: user.name };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user?.id) {
        token.sub = user.id;
        token.sid = await startSession(user.id);
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub && session.user) session.user.id = token.sub;
      if (typeof token.sid === "string") (session as { sid?: string }).sid = token.sid;
      return session;
    },
  },
  events: {
    async signOut(message) {
      const sid = "token" in message ? message.token?.sid : undefined;
      if (typeof sid === "string") await endSession(sid);
    },
  },
}));

/** The session cookie's user and session ids, or null (no cookie, or one from before sessions). */
export async function getSessionIds(): Promise<{ userId: string; sessionId: string } | null> {
  const session = await auth();
  const userId = session?.user?.id;
  const sessionId = (session as { sid?: unknown } | null)?.sid;
  return userId && typeof sessionId === "string" ? { userId, sessionId } : null;
}

/** The actor behind the session cookie, or null (also when the session was ended). */
export async function getSessionActor(): Promise<Actor | null> {
  const ids = await getSessionIds();
  return ids ? getActorForSession(ids.sessionId, ids.userId) : null;
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
  const credential = await requestCredential(req);
  return credential ? actorForCredential(credential) : null;
}

/** The request's credential, read without the database (a Bearer token that is no token at all: null). */
export async function requestCredential(req: Request): Promise<RequestCredential | null> {
  const header = req.headers.get("authorization");
  if (header !== null) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    return match?.[1] ? { kind: "token", token: match[1] } : null;
  }
  const ids = await getSessionIds();
  return ids ? { kind: "session", ...ids } : null;
}
