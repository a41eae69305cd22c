import "server-only";
import { createHash, randomBytes } from "node:crypto";

/** A random bearer secret: `prefix` + 32 random bytes, base64url (256 bits of entropy). */
export function newSecret(prefix: string): string {
  return `${prefix}${randomBytes(32).toString("base64url")}`;
}

/**
 * What we store instead of a token. Tokens are random 256-bit values, so a fast unsalted SHA-256 is
 * enough (no dictionary to attack) and lets us look a token up by its hash with a unique index.
 */
export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}
