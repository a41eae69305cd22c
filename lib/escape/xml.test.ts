import fc from "fast-check";
import { SaxesParser } from "saxes";
import { describe, expect, it } from "vitest";
import { escapeXml } from "./xml";

/** What XML 1.0 can carry (its Char production): everything else is dropped by escapeXml. */
// eslint-disable-next-line no-control-regex
const NOT_XML =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const MARKUP = [..."&<>\"']]>;#x0123abc \t\r\n\u0000\u0001\u000b\ufffe\u00a0é🚀"];
const anyText = fc.oneof(
  fc.string({ unit: fc.constantFrom(...MARKUP), maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ maxLength: 40 }),
);

/** A strict, conforming XML parser's reading of one element: its attribute and its text events. */
function readElement(xml: string) {
  const parser = new SaxesParser();
  const texts: string[] = [];
  let attribute: string | undefined;
  parser.on("error", (e) => {
    throw e;
  });
  parser.on("opentag", (tag) => (attribute = tag.attributes.title as string));
  parser.on("text", (t) => texts.push(t));
  parser.write(xml).close();
  return { attribute, texts };
}

describe("escapeXml", () => {
  it("any text reads back, as element text and as attribute value, as one text with the same text", () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const e = escapeXml(s);
        const { attribute, texts } = readElement(`<a title="${e}">${e}</a>`);
        const expected = s.replace(NOT_XML, "");
        expect(texts).toEqual(expected ? [expected] : []);
        expect(attribute).toBe(expected);
        // Single-quoted attributes too.
        expect(readElement(`<a title='${e}'/>`).attribute).toBe(expected);
      }),
      { numRuns: 1500 },
    );
  });

  it("keeps the characters XML can carry", () => {
    expect(escapeXml(`<b a="1">'x' & ]]></b>\t\r\n`)).toBe(
      "&lt;b a=&quot;1&quot;&gt;&apos;x&apos; &amp; ]]&gt;&lt;/b&gt;&#9;&#13;&#10;",
    );
    expect(escapeXml("a\u0000\u0008b\ud800c")).toBe("abc");
  });
});
