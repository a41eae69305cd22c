import fc from "fast-check";
import type { Nodes as HastNodes } from "hast";
import { fromHtml } from "hast-util-from-html";
import { SaxesParser } from "saxes";
import { describe, expect, it } from "vitest";
import { summaryOfText, weeklySummary } from "@/lib/plan/testing/weekly-summary";
import { entryHtml, weeklyAtomFeed, weekUpdated } from "./atom";
import type { WeeklySummary } from "./types";

const EVIL = `<script>alert("x")</script> & 'co' ]]>`;

const summary = (
  label: string,
  firstDay: string,
  lastDay: string,
  over: Partial<WeeklySummary> = {},
  timeZone = "UTC",
): WeeklySummary =>
  weeklySummary(
    label,
    firstDay,
    lastDay,
    {
      title: `Plan ${EVIL}`,
      computed: { status: "at_risk", reasons: [`A P1 task is blocked: ${EVIL}`] },
      done: {
        tasks: [{ id: "t1", key: null, title: `Task ${EVIL}`, by: "Ana", at: `${firstDay}T10:00:00.000Z`, hours: 4 }],
        items: [],
        hoursBurned: 4,
      },
      ...over,
    },
    timeZone,
  );

type Entry = { id: string; title: string; summary: string; content: string };

/** A strict XML parser's reading of the feed (it throws on anything malformed): its entries' texts. */
function readFeed(xml: string): { root: string; ids: string[]; entries: Entry[] } {
  const parser = new SaxesParser({ xmlns: true });
  const entries: Entry[] = [];
  const ids: string[] = [];
  const open: string[] = [];
  let root = "";
  parser.on("error", (e) => {
    throw e;
  });
  parser.on("opentag", (tag) => {
    if (!open.length) root = `${tag.uri} ${tag.local}`;
    open.push(tag.local);
    if (tag.local === "entry") entries.push({ id: "", title: "", summary: "", content: "" });
  });
  parser.on("closetag", () => open.pop());
  parser.on("text", (t) => {
    const field = open.at(-1) as keyof Entry;
    if (field === "id") ids.push(t);
    if (open.at(-2) === "entry" && field in (entries.at(-1) ?? {})) entries.at(-1)![field] += t;
  });
  parser.write(xml).close();
  return { root, ids, entries };
}

/** The element outline of an entry's HTML as a browser parses it, and its text. */
const outline = (n: HastNodes): unknown =>
  n.type === "element" ? [n.tagName, ...n.children.map(outline)] : "children" in n ? n.children.map(outline) : n.type;
const textOf = (n: HastNodes): string =>
  n.type === "text" ? n.value : "children" in n ? n.children.map(textOf).join("") : "";

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
    const feed = readFeed(xml);
    expect(feed.root).toBe("http://www.w3.org/2005/Atom feed");
    expect(feed.entries).toHaveLength(2);
    expect(feed.ids).toEqual([
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
    const content = readFeed(xml).entries.map((e) => e.content);
    expect(content).toHaveLength(2);
    expect(content[0]).not.toContain("<script");
    expect(content[0]).toContain("Task &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;");
    expect(content[0]).toContain("<h3>Done (1 tasks, 0 items, 4 h)</h3>");
  });

  it("whatever text a plan holds: a well-formed feed, the same HTML elements in each entry, every text whole", () => {
    const feedOf = (text: string) =>
      weeklyAtomFeed({
        id: "tag:example.com,2026:share-links/l1",
        title: `${text}: weekly summaries`,
        selfUrl: "https://example.com/s/fps_x/feed.xml",
        pageUrl: "https://example.com/s/fps_x",
        weekUrl: (l) => `https://example.com/s/fps_x?week=${l}`,
        entryIdBase: "tag:example.com,2026:plans/p1/weekly/",
        summaries: [summaryOfText(text)],
        now: new Date("2026-12-02T12:00:00Z"),
      });
    const htmlOf = (text: string) => fromHtml(readFeed(feedOf(text)).entries[0]!.content, { fragment: true });
    const plain = outline(htmlOf("x"));
    // eslint-disable-next-line no-control-regex
    const notXml =
      /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
    const unit = fc.constantFrom(...[..."<>&\"';#x]]>/=\t\r\n\u0000\u0001é🚀a"]);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit, minLength: 1, maxLength: 30 }),
          fc.string({ unit: "binary", minLength: 1, maxLength: 30 }),
        ),
        (text) => {
          // What a feed can carry of the text: NUL is U+FFFD in HTML, XML 1.0 has no other control characters.
          const kept = text.replace(/\0/g, "\uFFFD").replace(notXml, "");
          fc.pre(kept.length > 0);
          const html = htmlOf(text);
          expect(outline(html)).toEqual(plain);
          expect(textOf(html)).toContain(kept);
        },
      ),
      { numRuns: 200 },
    );
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
