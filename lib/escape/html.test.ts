import fc from "fast-check";
import type { Element, Text } from "hast";
import { fromHtml } from "hast-util-from-html";
import { describe, expect, it } from "vitest";
import { escapeHtml } from "./html";

const MARKUP = [..."&<>\"'=/;#x0123ab \t\r\n\u0000\u0001\u0080\u00a0é🚀"];
const anyText = fc.oneof(
  fc.string({ unit: fc.constantFrom(...MARKUP), maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ maxLength: 40 }),
);
/** What an HTML parser makes of NUL in an attribute (escapeHtml writes U+FFFD for it everywhere). */
const read = (s: string) => s.replace(/\0/g, "\uFFFD");

describe("escapeHtml", () => {
  it("any text reads back (HTML parser, as in a browser) as one text node and as the attribute's value", () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const e = escapeHtml(s);
        for (const html of [`<p title="${e}">${e}</p>`, `<p title='${e}'>${e}</p>`]) {
          const root = fromHtml(html, { fragment: true });
          expect(root.children).toHaveLength(1);
          const p = root.children[0] as Element;
          expect(p.tagName).toBe("p");
          expect(p.properties.title).toBe(read(s));
          expect(p.children).toEqual(
            s ? [expect.objectContaining({ type: "text", value: read(s) } satisfies Text)] : [],
          );
        }
      }),
      { numRuns: 1500 },
    );
  });

  it("an injected tag or attribute stays text", () => {
    const evil = `"><script>alert(1)</script><img src=x onerror='alert(2)'>`;
    const root = fromHtml(`<li title="${escapeHtml(evil)}">${escapeHtml(evil)}</li>`, { fragment: true });
    const li = root.children[0] as Element;
    expect(li.children).toEqual([expect.objectContaining({ type: "text", value: evil })]);
    expect(Object.keys(li.properties)).toEqual(["title"]);
  });
});
