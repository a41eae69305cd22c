import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { repairMojibake } from "./encoding";
import {
  utf8,
  CP1252_UNDEFINED,
  cp1252Mojibake,
  macRomanMojibake,
  readsAsCp1252Mojibake,
  CODE_PAGE_CHARS,
} from "./__fixtures__/encoding-helpers";

// ---- repairMojibake -----------------------------------------------------------------------------

describe("repairMojibake", () => {
  it.each([
    ["plain ASCII", "# Plan\n- [x] done\r\n"],
    ["accents", "café, naïve, Straße, Größe, pâte, déjà vu, œuvre, São Paulo, Ærøskøbing"],
    ["CJK", "日本語のテキストと中文"],
    ["emoji", "✅ ⭐ 📋 🔴 🕵️‍♂️ 👍🏽 🇫🇷"],
    ["typography", "“quoted” ‘single’ – — … • → ← × ½ °C £5 ©"],
    ["a lone code-page character", "é"],
    ["uppercase accent before a closing quote", "“CAFÉ” and CAFÉ…"],
    ["Mac Roman look-alikes", "“École” «été» —élan—"],
    ["mixed", "Done ✅ — café (naïve) 日本 “ok”"],
  ])("never repairs %s", (_, text) => {
    expect(repairMojibake(text)).toEqual({ text, encoding: null });
  });

  it.each([
    ["ðŸ“‹ Backlog", "📋 Backlog"],
    ["âœ… done", "✅ done"],
    ["3 Ã— 4", "3 × 4"],
    ["a â†’ b", "a → b"],
    ["cafÃ© naÃ¯ve", "café naïve"],
    ["â”œâ”€â”€ src", "├── src"],
    ["â€” dash â€“ â€¦", "— dash – …"],
  ])("repairs cp1252 mojibake %j", (broken, fixed) => {
    expect(repairMojibake(broken)).toEqual({ text: fixed, encoding: "cp1252" });
  });

  it("repairs Mac Roman mojibake", () => {
    expect(repairMojibake("- \uF8FFüî¥ **HIGH** ‚úÖ")).toEqual({ text: "- 🔴 **HIGH** ✅", encoding: "mac_roman" });
  });

  it("restores bytes the broken tool dropped", () => {
    // Two clean runs first: restored bytes are only trusted once the text is proven mojibake.
    const fix = (s: string): string => repairMojibake(`âœ… âœ… ${s}`).text.slice(4);
    expect(fix("â\u00AD")).toBe("⭐"); // E2 AD [90]
    expect(fix("â")).toBe("⭐"); // E2 [AD 90]
    expect(fix("â†")).toBe("←"); // E2 86 [90]
    expect(fix("âŒ")).toBe("❌"); // E2 [9D] 8C
    expect(fix("â³")).toBe("⏳"); // E2 [8F] B3
    expect(fix("ðŸ“")).toBe("📝"); // F0 9F 93 [9D]: 📝 over 📁 📍 📏 📐
    expect(fix("ðŸ”")).toBe("🔍"); // F0 9F 94 [8D]
    expect(fix("âš\u00A0ï¸")).toBe("⚠️"); // EF B8 [8F]
    expect(fix("“Hiâ€")).toBe("“Hi”"); // E2 80 [9D] is ” in text …
    expect(fix(cp1252Mojibake("👩‍💻", { drop: true }))).toBe("👩‍💻"); // … and a ZWJ (E2 80 [8D]) between emoji
  });

  it("keeps undefined cp1252 bytes that survived as C1 controls", () => {
    expect(repairMojibake(cp1252Mojibake("⭐ ← 📝 🕵️‍♂️"))).toEqual({ text: "⭐ ← 📝 🕵️‍♂️", encoding: "cp1252" });
  });

  it("sends mojibake that is valid under both code pages to cp1252", () => {
    expect(repairMojibake("Ôºâ–†")).toEqual({ text: "Ժ▆", encoding: "cp1252" });
  });

  it("does not take a lone `â` for a star without other evidence", () => {
    expect(repairMojibake("pâte â la carte")).toEqual({ text: "pâte â la carte", encoding: null });
  });
});

describe("repairMojibake properties", () => {
  const latin1Letters = "àáâãäåæçèéêëìíîïñòóôõöøùúûüýÿÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝßœŒ";
  const word = fc.oneof(
    fc.string({ unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyzABCXYZ0123456789"), minLength: 1, maxLength: 8 }),
    fc.constantFrom("café", "naïve", "Straße", "Größe", "pâte", "déjà", "œuvre", "São", "CAFÉ", "ESPAÑA", "Ångström"),
    fc.constantFrom(
      "日本語",
      "中文",
      "한국어",
      "Привет",
      "Ελλάδα",
      "עברית",
      "✅",
      "⭐",
      "📋",
      "🕵️‍♂️",
      "👍🏽",
      "→",
      "×",
      "½",
    ),
    fc.tuple(fc.constantFrom(...latin1Letters), fc.stringMatching(/^[a-z]{1,3}$/)).map(([a, b]) => a + b),
  );
  const punctuated = fc
    .tuple(word, fc.constantFrom(["", ""], ["“", "”"], ["‘", "’"], ["«", "»"], ["", "…"], ["", ","], ["(", ")"]))
    .map(([w, [open, close]]) => `${open}${w}${close}`);
  const naturalText = fc
    .array(fc.tuple(punctuated, fc.constantFrom(" ", " ", "\n", ", ", " — ", " – ", "\r\n")), { maxLength: 30 })
    .map((parts) => parts.map(([w, sep]) => w + sep).join(""));

  it("leaves natural text alone", () => {
    fc.assert(
      fc.property(naturalText, (text) => {
        expect(repairMojibake(text)).toEqual({ text, encoding: null });
      }),
      { numRuns: 2000 },
    );
  });

  it("leaves arbitrary text alone when no two code-page characters touch", () => {
    const codePageChar = fc.constantFrom(...CODE_PAGE_CHARS);
    const separator = fc
      .string({ unit: "binary", minLength: 1, maxLength: 4 })
      .filter((s) => ![...s].some((c) => CODE_PAGE_CHARS.has(c)));
    const text = fc.array(fc.tuple(separator, codePageChar), { maxLength: 20 }).map((p) => p.flat().join(""));
    fc.assert(
      fc.property(text, (s) => {
        expect(repairMojibake(s)).toEqual({ text: s, encoding: null });
      }),
      { numRuns: 2000 },
    );
  });

  // Real text: assigned characters, no private use (the mojibake of a private-use character in a
  // supplementary plane can coincide with valid mojibake under the other code page).
  const realChar = (min: number, max: number) =>
    fc
      .integer({ min, max })
      .filter((cp) => (cp < 0xd800 || cp > 0xdfff) && !/[\p{Cn}\p{Co}]/u.test(String.fromCodePoint(cp)))
      .map((cp) => String.fromCodePoint(cp));
  const anyChar = fc.oneof(
    realChar(0, 0x7f),
    realChar(0x80, 0xffff),
    realChar(0x10000, 0x3ffff),
    realChar(0xe0000, 0xe01ef),
  );
  const realText = fc.string({ unit: anyChar, maxLength: 20 });
  // Any such text with at least one character of 3 or 4 UTF-8 bytes: its mojibake cannot be mistaken.
  const withWideChar = fc
    .tuple(realText, fc.oneof(realChar(0x800, 0xffff), realChar(0x10000, 0x3ffff)), realText)
    .map(([a, wide, b]) => a + wide + b);
  // Latin-1 text: the classic `Ã©` mojibake.
  const latin1Text = fc
    .tuple(
      fc.string({ unit: "grapheme-ascii", maxLength: 20 }),
      fc.string({ unit: realChar(0xa0, 0xff), minLength: 1, maxLength: 10 }),
    )
    .map(([a, b]) => a + b);
  const source = fc.oneof(withWideChar, latin1Text);

  it("undoes cp1252 mojibake that kept undefined bytes as C1 controls", () => {
    fc.assert(
      fc.property(source, (s) => {
        expect(repairMojibake(cp1252Mojibake(s))).toEqual({ text: s, encoding: "cp1252" });
      }),
      { numRuns: 3000 },
    );
  });

  it("undoes cp1252 mojibake that dropped undefined bytes, where nothing was dropped", () => {
    fc.assert(
      fc.property(source, (s) => {
        fc.pre(!utf8(s).some((b) => CP1252_UNDEFINED.includes(b)));
        expect(repairMojibake(cp1252Mojibake(s, { drop: true }))).toEqual({ text: s, encoding: "cp1252" });
      }),
      { numRuns: 3000 },
    );
  });

  it("undoes Mac Roman mojibake", () => {
    fc.assert(
      fc.property(source, (s) => {
        const mojibake = macRomanMojibake(s);
        // Rarely (`Ôºâ–†` is `）Р` in Mac Roman and `Ժ▆` in cp1252) both pages explain it all; ties go to cp1252.
        fc.pre(!readsAsCp1252Mojibake(mojibake));
        expect(repairMojibake(mojibake)).toEqual({ text: s, encoding: "mac_roman" });
      }),
      { numRuns: 3000 },
    );
  });

  it("restores dropped bytes of the common symbols", () => {
    const symbols = [
      "✅",
      "❌",
      "⚠️",
      "⭐",
      "🔴",
      "🟠",
      "🟡",
      "🟢",
      "📋",
      "📝",
      "📊",
      "🎯",
      "🚨",
      "🔧",
      "🧪",
      "🔒",
      "→",
      "←",
      "├──",
      "└──",
      "│",
      "⏳",
      "🕵️‍♂️",
    ];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...symbols), { minLength: 1, maxLength: 8 }),
        fc.constantFrom(" ", "\n", " x "),
        (picked, sep) => {
          const text = picked.join(sep);
          expect(repairMojibake(cp1252Mojibake(text, { drop: true }))).toEqual({ text, encoding: "cp1252" });
        },
      ),
    );
  });
});
