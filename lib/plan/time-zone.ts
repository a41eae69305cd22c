import { z } from "zod";
import { DEFAULT_TIME_ZONE } from "./day-in-zone";

/** Workspace time zones: IANA names, checked against the runtime's own zone data (Intl). */

export { DEFAULT_TIME_ZONE };

/** The zone's canonical spelling ("europe/berlin" → "Europe/Berlin"), or null for a name Intl does not know. */
export function canonicalTimeZone(name: string): string | null {
  // Offsets such as "+02:00" are accepted by newer Intl versions but are not places: weeks move with summer time.
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]{0,63}$/.test(name)) return null;
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/** Every zone the runtime knows, UTC first, for a picker. */
export function timeZoneNames(): string[] {
  const names = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  return [DEFAULT_TIME_ZONE, ...names.filter((n) => n !== DEFAULT_TIME_ZONE)];
}

export const TimeZoneSchema = z
  .string()
  .trim()
  .transform((name, ctx) => {
    const zone = canonicalTimeZone(name);
    if (!zone) {
      ctx.addIssue({
        code: "custom",
        message: `"${name.slice(0, 64)}" is not an IANA time zone such as Europe/Berlin or UTC.`,
      });
      return z.NEVER;
    }
    return zone;
  });
