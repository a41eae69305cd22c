import { describe, expect, it } from "vitest";
import { entryHtml, weeklyAtomFeed, weekUpdated } from "./atom";
import type { WeeklySummary } from "./types";

const EVIL = `<script>alert("x")</script> & 'co' ]]>`;

function summary(
  label: string,
  firstDay: string,
  lastDay: string,
  over: Partial<WeeklySummary> = {},
  timeZone = "UTC",
): WeeklySummary {
  return {
    planId: "p1",
    title: `Plan ${EVIL}`,
    week: { label, firstDay, lastDay, timeZone },
    previous: "",
    next: "",
    nextStarted: true,
    status: "at_risk",
    computed: { status: "at_risk", reasons: [`A P1 task is blocked: ${EVIL}`] },
    override: null,
    rule: "rule",
    targetDate: "2027-01-31",
    forecast: { then: { p50: "2027-01-10", p85: "2027-01-20" }, now: { p50: "2027-01-12", p85: "2027-01-25" } },
    done: {
      tasks: [{ id: "t1", key: null, title: `Task ${EVIL}`, by: "Ana", at: `${firstDay}T10:00:00.000Z`, hours: 4 }],
      items: [],
      hoursBurned: 4,
    },
    started: [],
    added: [],
    removed: [],
    reestimated: [],
    slipped: [],
    decisions: { made: [], due: [] },
    metrics: [],
    nextWeek: [],
    blocked: [],
    burndown: [],
    ...over,
  };
}

/** Well-formed enough: tags nest, every `&` starts one of the five XML entities, nothing outside the root. */
function assertWellFormed(xml: string) {
  const body = xml.replace(/^<\?xml[^>]*\?>\s*/, "");
  expect(body.replace(/&(amp|lt|gt|quot|apos);/g, "")).not.toMatch(/&/);
  const stack: string[] = [];
  for (const m of body.matchAll(/<(\/?)([A-Za-z][\w:-]*)([^<>]*?)(\/?)>/g)) {
    const [, close, name, , self] = m;
    if (self) continue;
    if (close) expect(stack.pop()).toBe(name);
    else stack.push(name!);
  }
  expect(stack).toEqual([]);
  expect(body.replace(/<[^<>]*>/g, "")).not.toMatch(/[<>]/);
}

const unxml = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

describe("weeklyAtomFeed", () => {
  const running = summary("2026-W49", "2026-11-30", "2026-12-06");
  const past = summary("2026-W48", "2026-11-23", "2026-11-29");
  const xml = weeklyAtomFeed({
    id: "tag:example.com,2026:share-links/l1",
    title: `Plan ${EVIL}: weekly summaries`,
    selfUrl: "https://example.com/s/fps_x/feed.xml",
    pageUrl: "https://example.com/s/fps_x",
    weekUrl: (l) => `https://example.com/s/fps_x?week=${l}&a=1`,
    entryIdBase: "tag:example.com,2026:plans/p1/weekly/",
    summaries: [running, past],
    running: "2026-W49",
    now: new Date("2026-12-02T12:00:00Z"),
  });

  it("is well-formed Atom with one entry per summary, newest first", () => {
    assertWellFormed(xml);
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    expect([...xml.matchAll(/<entry>/g)]).toHaveLength(2);
    expect([...xml.matchAll(/<id>([^<]*)<\/id>/g)].map((m) => m[1])).toEqual([
      "tag:example.com,2026:share-links/l1",
      "tag:example.com,2026:plans/p1/weekly/2026-W49",
      "tag:example.com,2026:plans/p1/weekly/2026-W48",
    ]);
    expect(xml).toContain("<title>Week 2026-W49 (so far): At risk</title>");
    expect(xml).toContain("<title>Week 2026-W48: At risk</title>");
    expect(xml).toContain('href="https://example.com/s/fps_x?week=2026-W48&amp;a=1"');
  });

  it("escapes plan text for HTML and then for XML: no markup from the plan survives", () => {
    expect(xml).not.toContain("<script");
    expect(xml).not.toContain("]]>");
    const content = [...xml.matchAll(/<content type="html">([^<]*)<\/content>/g)].map((m) => unxml(m[1]!));
    expect(content).toHaveLength(2);
    expect(content[0]).not.toContain("<script");
    expect(content[0]).toContain("Task &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;co&apos;");
    expect(content[0]).toContain("<h3>Done (1 tasks, 0 items, 4 h)</h3>");
  });

  it("dates a complete week at its last second and the running week at its latest change", () => {
    expect(weekUpdated(past, false)).toBe("2026-11-29T23:59:59.000Z");
    expect(weekUpdated(running, true)).toBe("2026-11-30T10:00:00.000Z");
    // In Berlin (UTC+1 in winter) the week begins and ends an hour earlier.
    expect(weekUpdated(summary("2026-W48", "2026-11-23", "2026-11-29", {}, "Europe/Berlin"), false)).toBe(
      "2026-11-29T22:59:59.000Z",
    );
    expect(
      weekUpdated(
        summary(
          "2026-W49",
          "2026-11-30",
          "2026-12-06",
          { done: { tasks: [], items: [], hoursBurned: 0 } },
          "Europe/Berlin",
        ),
        true,
      ),
    ).toBe("2026-11-29T23:00:00.000Z");
    expect(
      weekUpdated(
        summary("2026-W49", "2026-11-30", "2026-12-06", { done: { tasks: [], items: [], hoursBurned: 0 } }),
        true,
      ),
    ).toBe("2026-11-30T00:00:00.000Z");
    // The feed's updated is its newest entry's.
    expect(xml).toMatch(
      /<feed[^>]*>\s*<id>[^<]*<\/id>\s*<title>[^<]*<\/title>\s*<updated>2026-11-30T10:00:00.000Z<\/updated>/,
    );
  });

  it("lists only sections with something in them", () => {
    const html = entryHtml(past);
    expect(html).not.toContain("Started");
    expect(html).toContain("P50 2027-01-10 → 2027-01-12");
  });

  it("shows an owner's override with its reason, escaped, beside the computed status, and dates the entry by it", () => {
    const over = summary("2026-W48", "2026-11-23", "2026-11-29", {
      status: "off_track",
      override: { status: "off_track", reason: `Vendor slip ${EVIL}`, by: "Ana", at: "2026-12-01T09:00:00.000Z" },
    });
    const body = entryHtml(over);
    expect(body).toContain("<strong>Off track</strong>");
    expect(body).toContain("Set by Ana, 2026-12-01: Vendor slip &lt;script&gt;");
    expect(body).toContain("Computed: At risk, because:");
    expect(weekUpdated(over, false)).toBe("2026-12-01T09:00:00.000Z");
    expect(weekUpdated(summary("2026-W48", "2026-11-23", "2026-11-29"), false)).toBe("2026-11-29T23:59:59.000Z");
  });
});
