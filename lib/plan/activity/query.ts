import { AppError } from "@/lib/errors";

/**
 * The activity log's query (`?cursor=&actor=&kind=&from=&to=&limit=`), shared by the API and the
 * page: parsed strictly (anything malformed is a 400, nothing is guessed), and turned back into
 * links that keep the filters. Pure.
 */

export const ACTIVITY_LIMIT = { default: 50, max: 200 } as const;

/** A position in the log: rows strictly older or newer than (at, id). */
export interface ActivityCursor {
  dir: "older" | "newer";
  /** createdAt in epoch milliseconds (the column keeps milliseconds). */
  at: number;
  id: string;
}

export interface ActivityFilters {
  actor: string | null;
  kind: string | null;
  /** yyyy-mm-dd, both inclusive, days in the workspace's time zone. */
  from: string | null;
  to: string | null;
}

export interface ActivityQuery extends ActivityFilters {
  cursor: ActivityCursor | null;
  limit: number;
}

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const KIND = /^[a-z][a-z_]{0,31}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const CURSOR = /^([on])\.(\d{1,15})\.([A-Za-z0-9_-]{1,64})$/;

export const encodeCursor = (c: ActivityCursor): string => `${c.dir === "older" ? "o" : "n"}.${c.at}.${c.id}`;

export function decodeCursor(text: string): ActivityCursor {
  const m = CURSOR.exec(text);
  if (!m)
    throw new AppError(
      "bad_request",
      "cursor is not one this log handed out (use the older and newer values of a page).",
    );
  return { dir: m[1] === "o" ? "older" : "newer", at: Number(m[2]), id: m[3]! };
}

function isDay(s: string): boolean {
  if (!DAY.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

type Search = { get(name: string): string | null };

/** Reads the query from URL search params; an empty value counts as absent (a GET form sends every field). */
export function parseActivityQuery(search: Search): ActivityQuery {
  const value = (name: string) => {
    const v = search.get(name);
    return v === null || v.trim() === "" ? null : v.trim();
  };
  const limitText = value("limit");
  let limit: number = ACTIVITY_LIMIT.default;
  if (limitText !== null) {
    if (!/^\d{1,4}$/.test(limitText) || Number(limitText) < 1 || Number(limitText) > ACTIVITY_LIMIT.max) {
      throw new AppError("bad_request", `limit must be a whole number from 1 to ${ACTIVITY_LIMIT.max}.`);
    }
    limit = Number(limitText);
  }
  const actor = value("actor");
  if (actor !== null && !ID.test(actor)) throw new AppError("bad_request", "actor must be a member's id.");
  const kind = value("kind");
  if (kind !== null && !KIND.test(kind))
    throw new AppError("bad_request", "kind must be a word such as task, item or decision.");
  const from = value("from");
  const to = value("to");
  for (const [name, day] of [
    ["from", from],
    ["to", to],
  ] as const) {
    if (day !== null && !isDay(day)) throw new AppError("bad_request", `${name} must be a date (yyyy-mm-dd).`);
  }
  if (from && to && from > to) throw new AppError("bad_request", "from must not be after to.");
  const cursorText = value("cursor");
  return { actor, kind, from, to, limit, cursor: cursorText === null ? null : decodeCursor(cursorText) };
}

/** The page's address with these filters (and a cursor): empty ones are left out. */
export function activityHref(
  base: string,
  filters: ActivityFilters & { limit?: number },
  cursor?: string | null,
): string {
  const params = new URLSearchParams();
  for (const key of ["actor", "kind", "from", "to"] as const) if (filters[key]) params.set(key, filters[key]!);
  if (filters.limit && filters.limit !== ACTIVITY_LIMIT.default) params.set("limit", String(filters.limit));
  if (cursor) params.set("cursor", cursor);
  const q = params.toString();
  return q ? `${base}?${q}` : base;
}
