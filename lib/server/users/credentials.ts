import "server-only";
import type { Actor } from "@/lib/server/actor";
import { getActorForApiToken } from "@/lib/server/tokens/api-tokens";
import { getActorForSession } from "./sessions";

/** What a request proved who it is with: the session cookie's ids, or an API token (lib/auth.ts reads it). */
export type RequestCredential =
  { kind: "session"; userId: string; sessionId: string } | { kind: "token"; token: string };

/**
 * The actor a credential stands for now: null once the session ended, the token was revoked or
 * the membership is gone. A long answer (the live event stream) asks again while it runs.
 */
export function actorForCredential(credential: RequestCredential): Promise<Actor | null> {
  return credential.kind === "token"
    ? getActorForApiToken(credential.token)
    : getActorForSession(credential.sessionId, credential.userId);
}
