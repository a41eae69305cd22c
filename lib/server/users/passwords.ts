import "server-only";
import { hash, verify } from "@node-rs/argon2";
import { availableParallelism } from "node:os";
import bcrypt from "bcryptjs";
import { AppError } from "@/lib/errors";

/**
 * Passwords are argon2id hashes (OWASP's parameters: 19 MiB, 2 passes, 1 lane). @node-rs/argon2
 * is native and hashes on libuv's thread pool, so a flood of sign-ins does not block the event
 * loop. Hashes made by bcrypt (before argon2id) still verify and are replaced on the next sign-in.
 */
// algorithm 2 = Argon2id (the package's const enum cannot be imported under isolatedModules).
const ARGON2 = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/**
 * At most this many hashes at once per process (one core left for everything else): a sign-in
 * flood queues here instead of taking every core from the event loop and the database.
 */
const MAX_CONCURRENT_HASHES = Math.max(1, availableParallelism() - 1);
let running = 0;
const waiting: Array<() => void> = [];

async function limited<T>(work: () => Promise<T>): Promise<T> {
  // A finished hash hands its slot straight to the next in line, so the count never overshoots.
  if (running >= MAX_CONCURRENT_HASHES) await new Promise<void>((resolve) => waiting.push(resolve));
  else running++;
  try {
    return await work();
  } finally {
    const next = waiting.shift();
    if (next) next();
    else running--;
  }
}

export const hashPassword = (password: string): Promise<string> => limited(() => hash(password, ARGON2));

const isBcrypt = (stored: string) => /^\$2[aby]\$/.test(stored);

/** bcrypt reads only the first 72 bytes: a longer password would match with any tail. */
const BCRYPT_MAX_BYTES = 72;

export async function checkPassword(password: string, stored: string): Promise<boolean> {
  if (isBcrypt(stored)) {
    if (Buffer.byteLength(password, "utf8") > BCRYPT_MAX_BYTES) return false;
    return bcrypt.compare(password, stored);
  }
  try {
    return await limited(() => verify(stored, password));
  } catch {
    return false;
  }
}

/** A stored hash made with other parameters (bcrypt, older argon2 settings) is replaced at sign-in. */
export const needsRehash = (stored: string): boolean =>
  !stored.startsWith(`$argon2id$v=19$m=${ARGON2.memoryCost},t=${ARGON2.timeCost},p=${ARGON2.parallelism}$`);

let common: Promise<Set<string>> | undefined;

/** The 50,000 most common passwords (zxcvbn's list), loaded once on first use. */
function commonPasswords(): Promise<Set<string>> {
  common ??= import("@zxcvbn-ts/language-common").then((m) => new Set(m.dictionary["passwords-common"] as string[]));
  return common;
}

/** Refuses a password from the common-password list (case-insensitive) with a 400. */
export async function assertAcceptablePassword(password: string): Promise<void> {
  if ((await commonPasswords()).has(password.toLowerCase())) {
    throw new AppError("bad_request", "This password is one of the most common ones; choose another.");
  }
}
