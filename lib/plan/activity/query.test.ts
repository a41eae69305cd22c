import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { activityHref, decodeCursor, encodeCursor, parseActivityQuery } from "./query";

const parse = (q: string) => parseActivityQuery(new URLSearchParams(q));
const code = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return e instanceof AppError ? e.code : "other";
  }
  return "none";
};

describe("parseActivityQuery", () => {
  it("defaults to the newest 50 rows, and treats empty form fields as absent", () => {
    expect(parse("")).toEqual({ actor: null, kind: null, from: null, to: null, limit: 50, cursor: null });
    expect(parse("actor=&kind=&from=&to=&limit=")).toEqual(parse(""));
  });

  it("reads every filter and the cursor", () => {
    const cursor = encodeCursor({ dir: "older", at: 1764633600123, id: "0193-abc" });
    expect(parse(`actor=u1&kind=task&from=2026-11-01&to=2026-11-30&limit=200&cursor=${cursor}`)).toEqual({
      actor: "u1",
      kind: "task",
      from: "2026-11-01",
      to: "2026-11-30",
      limit: 200,
      cursor: { dir: "older", at: 1764633600123, id: "0193-abc" },
    });
  });

  it.each([
    "limit=0",
    "limit=201",
    "limit=abc",
    "limit=1.5",
    "limit=-3",
    "from=2026-02-30",
    "to=yesterday",
    "from=2026-12-02&to=2026-12-01",
    "kind=Task!",
    "actor=a%20b",
    "cursor=o.abc.x",
    "cursor=x.1.y",
  ])("refuses %s with 400", (q) => expect(code(() => parse(q))).toBe("bad_request"));

  it("round-trips cursors", () => {
    const c = { dir: "newer" as const, at: 5, id: "id-1" };
    expect(decodeCursor(encodeCursor(c))).toEqual(c);
  });
});

describe("activityHref", () => {
  it("keeps set filters and the cursor, drops empty ones and the default limit", () => {
    expect(
      activityHref(
        "/plans/p/activity",
        { actor: null, kind: "task", from: "2026-11-01", to: null, limit: 50 },
        "o.1.x",
      ),
    ).toBe("/plans/p/activity?kind=task&from=2026-11-01&cursor=o.1.x");
    expect(activityHref("/plans/p/activity", { actor: null, kind: null, from: null, to: null })).toBe(
      "/plans/p/activity",
    );
  });
});
