import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";

/**
 * Calendar days in a time zone. Its own module, without zod: the browser's charts import the
 * burn-down helpers, which use it, and must not pull in the time-zone schema.
 */

export const DEFAULT_TIME_ZONE = "UTC";

/** The calendar day (yyyy-mm-dd) the instant `at` falls on in the zone. */
export function dayIn(at: Date | string, timeZone: string): string {
  // An ISO instant's own first ten characters are its UTC day: no zone arithmetic for the default.
  if (timeZone === DEFAULT_TIME_ZONE && typeof at === "string" && at.endsWith("Z")) return at.slice(0, 10);
  return format(new TZDate(typeof at === "string" ? Date.parse(at) : at.getTime(), timeZone), "yyyy-MM-dd");
}
