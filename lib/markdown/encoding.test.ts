import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_PLAN_BYTES, decodePlanInput, repairMojibake } from "./encoding";
import { PlanInputError, type PlanInputErrorCode } from "./errors";

const PLANS = new URL("../../fixtures/plans/", import.meta.url);
const readPlan = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`${name}.md`, PLANS)));
const expectedEncoding = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`${name}.expected.json`, PLANS), "utf8")).repairedEncoding;

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const concat = (...parts: ArrayLike<number>[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};
const utf16 = (s: string, littleEndian: boolean): Uint8Array => {
  const out = new Uint8Array(s.length * 2);
  const view = new DataView(out.buffer);
  for (let i = 0; i < s.length; i++) view.setUint16(2 * i, s.charCodeAt(i), littleEndian);
  return out;
};

function errorOf(fn: () => unknown): PlanInputError {
  try {
    fn();
  } catch (e) {
    if (e instanceof PlanInputError) return e;
    throw e;
  }
  throw new Error("expected a PlanInputError");
}

function expectError(input: string | Uint8Array, code: PlanInputErrorCode): PlanInputError {
  const error = errorOf(() => decodePlanInput(input));
  expect(error.code).toBe(code);
  expect(error.message).not.toContain("\n");
  expect(error.message.length).toBeGreaterThan(20);
  return error;
}

// ---- Mojibake oracles, written independently of the tables in encoding.ts ----------------------

/** Windows-1252 0x80–0x9F; undefined bytes as C1 controls (how WHATWG decoders keep them). */
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";
const CP1252_UNDEFINED = [0x81, 0x8d, 0x8f, 0x90, 0x9d];
const MAC_ROMAN = new TextDecoder("macintosh"); // the WHATWG x-mac-roman decoder

/** UTF-8 read as Windows-1252 and saved again; `drop` also loses the undefined bytes. */
function cp1252Mojibake(s: string, { drop = false } = {}): string {
  let out = "";
  for (const b of utf8(s)) {
    if (b < 0x80 || b >= 0xa0) out += String.fromCharCode(b);
    else if (!(drop && CP1252_UNDEFINED.includes(b))) out += CP1252_HIGH[b - 0x80];
  }
  return out;
}

const macRomanMojibake = (s: string): string => MAC_ROMAN.decode(utf8(s));

/** Whether all of `mojibake` reads back as UTF-8 under cp1252, i.e. it could be cp1252 mojibake too. */
function readsAsCp1252Mojibake(mojibake: string): boolean {
  const bytes: number[] = [];
  for (const char of mojibake) {
    const code = char.codePointAt(0)!;
    const high = CP1252_HIGH.indexOf(char);
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) bytes.push(code);
    else if (high >= 0) bytes.push(0x80 + high);
    else return false;
  }
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(bytes));
    return true;
  } catch {
    return false;
  }
}

/** Every character either code page decodes a byte 0x80–0xFF to. */
const CODE_PAGE_CHARS = new Set([
  ...CP1252_HIGH,
  ...Array.from({ length: 0x60 }, (_, i) => String.fromCharCode(0xa0 + i)),
  ...MAC_ROMAN.decode(Uint8Array.from({ length: 0x80 }, (_, i) => 0x80 + i)),
]);

const MOJIBAKE_MARKERS = ["ðŸ", "â€", "âœ", "Ã", "Â", "\uF8FF", "\u00AD"];

// ---- Fixtures -----------------------------------------------------------------------------------

describe("fixture plans", () => {
  const lines = (name: string): string[] => decodePlanInput(readPlan(name)).text.split("\n");

  it.each([
    ["ancestry-remaining-items", "mac_roman"],
    ["app-v2-readiness-plan", "cp1252"],
    ["dsa110-roadmap", "cp1252"],
    ["leadscout-backlog", "cp1252"],
    ["extraction-api-todo", null],
  ])("%s is repaired from %s", (name, encoding) => {
    const result = decodePlanInput(readPlan(name));
    expect(result.repairedEncoding).toBe(encoding);
    expect(result.repairedEncoding).toBe(expectedEncoding(name));
    expect(result).toMatchObject({ bom: false, sourceEncoding: "utf-8" });
    for (const marker of MOJIBAKE_MARKERS) expect(result.text).not.toContain(marker);
    // The repaired text is good text: a second pass leaves it alone.
    expect(repairMojibake(result.text)).toEqual({ text: result.text, encoding: null });
    // Pasting the same text gives the same result.
    expect(decodePlanInput(new TextDecoder().decode(readPlan(name)))).toEqual(result);
  });

  it("leaves the plain ASCII plan untouched", () => {
    const bytes = readPlan("extraction-api-todo");
    expect(decodePlanInput(bytes).text).toBe(new TextDecoder().decode(bytes));
  });

  it("only changes the mojibake, never the line structure", () => {
    for (const name of ["ancestry-remaining-items", "app-v2-readiness-plan", "dsa110-roadmap", "leadscout-backlog"]) {
      const original = new TextDecoder().decode(readPlan(name)).split("\n");
      const repaired = lines(name);
      expect(repaired).toHaveLength(original.length);
      repaired.forEach((line, i) => {
        if (!/[^\x00-\x7f]/.test(original[i]!)) expect(line).toBe(original[i]);
      });
    }
  });

  it("app-v2-readiness-plan: stars, emoji with dropped bytes, ZWJ sequences, arrows, box drawing", () => {
    const l = lines("app-v2-readiness-plan");
    // ⭐ is E2 AD 90: the soft hyphen and the undefined 0x90 were both lost, leaving a lone `â`.
    expect(l[14]).toBe("| Architecture | ⭐⭐⭐⭐ | Excellent |");
    expect(l[15]).toBe("| Code Quality | ⭐⭐⭐ | Good with gaps |");
    expect(l[16]).toBe("| **Testing** | ⭐ | **CRITICAL - Zero tests** |");
    expect(l[100]).toBe("## ⚠️ High Priority Issues (P1)");
    expect(l[816]).toBe("## 📝 Notes & Observations"); // F0 9F 93 9D lost its 0x9D
    expect(l[853]).toBe("- **Redis** (scalable, 6h, multi-process/node) ← **RECOMMENDED**"); // ← lost 0x90
    expect(l[943]).toBe("## 🕵️‍♂️ APP_V2 PHASE 1 AUDIT REPORT"); // VS16 and ZWJ lost 0x8F and 0x8D
    expect(l.join("\n")).toContain("❌"); // E2 9D 8C lost the 0x9D in the middle
    const text = l.join("\n");
    for (const s of ["├──", "└──", "│", "→", "✅", "📊", "🎯", "🚨", "📅", "🔄", "📞", "📦", "🚀", "🟢", "🟡"]) {
      expect(text).toContain(s);
    }
  });

  it("leadscout-backlog: emoji headings", () => {
    const l = lines("leadscout-backlog");
    expect(l[6]).toContain("📋");
    expect(l[6]).toBe("## 📋 **BACKLOG TASKS FROM REVIEW TEAM FEEDBACK**");
    const text = l.join("\n");
    for (const s of ["🚨", "🔧", "🧪", "🔒", "📊", "🎯", "✅"]) expect(text).toContain(s);
  });

  it("dsa110-roadmap: × from Ã—, ⏳ with its middle byte dropped, coloured circles", () => {
    const text = lines("dsa110-roadmap").join("\n");
    expect(text).toContain("3-4 days × 1 developer");
    expect(text).toContain("2. ⏳ Assign P0 work");
    for (const s of ["🔴", "🟠", "🟡", "🟢", "✅"]) expect(text).toContain(s);
  });

  it("ancestry-remaining-items: Mac Roman, including the Apple logo for 0xF0", () => {
    const l = lines("ancestry-remaining-items");
    expect(l[5]!.startsWith("- 🔴 **HIGH**")).toBe(true);
    const text = l.join("\n");
    for (const s of ["🟠", "🟢", "✅", "⚠️"]) expect(text).toContain(s);
  });
});

// ---- Decoding -----------------------------------------------------------------------------------

describe("decodePlanInput", () => {
  const plan = "# Plan\r\n\r\n- [ ] Ship it ✅ café 日本語\r\n";

  it("decodes UTF-8 without BOM", () => {
    expect(decodePlanInput(utf8(plan))).toEqual({
      text: plan,
      bom: false,
      repairedEncoding: null,
      sourceEncoding: "utf-8",
    });
  });

  it("strips a UTF-8 BOM and records it", () => {
    const result = decodePlanInput(concat([0xef, 0xbb, 0xbf], utf8(plan)));
    expect(result).toMatchObject({ text: plan, bom: true, sourceEncoding: "utf-8" });
    expect(result.text.charCodeAt(0)).not.toBe(0xfeff);
  });

  it("treats a leading U+FEFF in a string as a BOM", () => {
    expect(decodePlanInput(`\uFEFF${plan}`)).toMatchObject({ text: plan, bom: true, sourceEncoding: "utf-8" });
    expect(decodePlanInput(plan)).toMatchObject({ text: plan, bom: false });
  });

  it("decodes UTF-16 LE and BE with BOM", () => {
    expect(decodePlanInput(concat([0xff, 0xfe], utf16(plan, true)))).toEqual({
      text: plan,
      bom: true,
      repairedEncoding: null,
      sourceEncoding: "utf-16le",
    });
    expect(decodePlanInput(concat([0xfe, 0xff], utf16(plan, false)))).toEqual({
      text: plan,
      bom: true,
      repairedEncoding: null,
      sourceEncoding: "utf-16be",
    });
  });

  it("detects UTF-16 without BOM from the zero bytes of ASCII-heavy text", () => {
    expect(decodePlanInput(utf16(plan, true))).toMatchObject({ text: plan, bom: false, sourceEncoding: "utf-16le" });
    expect(decodePlanInput(utf16(plan, false))).toMatchObject({ text: plan, bom: false, sourceEncoding: "utf-16be" });
  });

  it("preserves CRLF, also in repaired text", () => {
    const crlf = "# Plan\r\n- âœ… Done\r\n- ðŸ“‹ Todo\r\n";
    const result = decodePlanInput(utf8(crlf));
    expect(result.text).toBe("# Plan\r\n- ✅ Done\r\n- 📋 Todo\r\n");
    expect(result.repairedEncoding).toBe("cp1252");
  });

  it("repairs mojibake in UTF-16 input too", () => {
    const result = decodePlanInput(concat([0xff, 0xfe], utf16("## âš\u00A0ï¸ Risks\n", true)));
    expect(result).toMatchObject({ text: "## ⚠️ Risks\n", repairedEncoding: "cp1252", sourceEncoding: "utf-16le" });
  });

  it("accepts exactly MAX_PLAN_BYTES", () => {
    const bytes = new Uint8Array(MAX_PLAN_BYTES).fill(0x61);
    expect(decodePlanInput(bytes).text).toHaveLength(MAX_PLAN_BYTES);
  });

  it("handles a 1 MB plan full of mojibake", () => {
    const page = new TextDecoder().decode(readPlan("app-v2-readiness-plan"));
    const repairedPage = decodePlanInput(page).text;
    const copies = Math.ceil((1024 * 1024) / page.length);
    const result = decodePlanInput(utf8(page.repeat(copies)));
    expect(result.repairedEncoding).toBe("cp1252");
    expect(result.text).toBe(repairedPage.repeat(copies));
  });

  it("handles a long unbroken run of code-page characters", () => {
    const text = `# Plan\n${"Ã©".repeat(200_000)}\n`;
    expect(decodePlanInput(text)).toMatchObject({ text: `# Plan\n${"é".repeat(200_000)}\n`, repairedEncoding: "cp1252" });
  });
});

describe("decodePlanInput errors", () => {
  it("empty: zero bytes or an empty string", () => {
    expectError(new Uint8Array(0), "empty");
    expectError("", "empty");
  });

  it("empty: only whitespace, with or without BOM", () => {
    expectError(utf8("  \n\t\r\n  "), "empty");
    expectError(concat([0xef, 0xbb, 0xbf], utf8("\n\n")), "empty");
    expectError(concat([0xff, 0xfe], utf16(" \r\n", true)), "empty");
    expectError("\uFEFF \n", "empty");
  });

  it("binary: NUL bytes in UTF-8", () => {
    expectError(utf8("# Plan\n\0\0\0 more text here\n"), "binary");
    expectError("# Plan\n\0 pasted\n", "binary");
  });

  it("binary: random bytes", () => {
    let seed = 42;
    const random = new Uint8Array(8192).map(() => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return seed >>> 24;
    });
    expectError(random, "binary");
    // Even without a single NUL, the control characters give it away.
    expectError(random.map((b) => b || 1), "binary");
  });

  it("binary: a notable share of control characters", () => {
    expectError(utf8(`# Plan\n${"\x01\x02\x1b\x7f".repeat(20)}${"text ".repeat(100)}`), "binary");
    // A stray escape or form feed in a large plan is fine.
    expect(decodePlanInput(utf8(`# Plan\n\x1b[0m\f${"text ".repeat(100)}`)).text).toContain("\x1b[0m");
  });

  it("bad_encoding: Latin-1 bytes, with the offset of the first bad byte", () => {
    const latin1 = new Uint8Array([...utf8("# Caf"), 0xe9, ...utf8(" na"), 0xef, ...utf8("ve\n")]);
    const error = expectError(latin1, "bad_encoding");
    expect(error.message).toContain("offset 5");
    expect(error.message).toContain("0xE9");
    expect(error.message).toContain("UTF-8");
  });

  it("bad_encoding: the offset counts the BOM", () => {
    const error = expectError(concat([0xef, 0xbb, 0xbf], utf8("ok "), [0xff]), "bad_encoding");
    expect(error.message).toContain("offset 6");
  });

  it("bad_encoding: truncated or overlong UTF-8 sequences", () => {
    expect(expectError(concat(utf8("ok "), [0xe2, 0x9c]), "bad_encoding").message).toContain("offset 3");
    expect(expectError(concat(utf8("ok "), [0xc0, 0xaf]), "bad_encoding").message).toContain("offset 3");
    expect(expectError(concat(utf8("ok "), [0xed, 0xa0, 0x80]), "bad_encoding").message).toContain("offset 3");
  });

  it("bad_encoding: broken UTF-16", () => {
    expectError(concat([0xff, 0xfe], utf16("ab", true), [0x00, 0xd8]), "bad_encoding");
  });

  it("too_large: 5 MB + 1 byte, before decoding", () => {
    // Invalid UTF-8 would be a bad_encoding; the size must be checked first.
    const bytes = new Uint8Array(MAX_PLAN_BYTES + 1).fill(0xff);
    expect(expectError(bytes, "too_large").message).toContain("5 MB");
    expectError("a".repeat(MAX_PLAN_BYTES + 1), "too_large");
    // Counted in UTF-8 bytes, not UTF-16 units: 2 MB of é is 4 MB, 2 MB of ✅ is 6 MB.
    expect(decodePlanInput("é".repeat(2 * 1024 * 1024)).text).toHaveLength(2 * 1024 * 1024);
    expectError("✅".repeat(2 * 1024 * 1024), "too_large");
  });
});

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
    fc.constantFrom("日本語", "中文", "한국어", "Привет", "Ελλάδα", "עברית", "✅", "⭐", "📋", "🕵️‍♂️", "👍🏽", "→", "×", "½"),
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
    const separator = fc.string({ unit: "binary", minLength: 1, maxLength: 4 }).filter((s) => ![...s].some((c) => CODE_PAGE_CHARS.has(c)));
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
  const anyChar = fc.oneof(realChar(0, 0x7f), realChar(0x80, 0xffff), realChar(0x10000, 0x3ffff), realChar(0xe0000, 0xe01ef));
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
    const symbols = ["✅", "❌", "⚠️", "⭐", "🔴", "🟠", "🟡", "🟢", "📋", "📝", "📊", "🎯", "🚨", "🔧", "🧪", "🔒", "→", "←", "├──", "└──", "│", "⏳", "🕵️‍♂️"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...symbols), { minLength: 1, maxLength: 8 }), fc.constantFrom(" ", "\n", " x "), (picked, sep) => {
        const text = picked.join(sep);
        expect(repairMojibake(cp1252Mojibake(text, { drop: true }))).toEqual({ text, encoding: "cp1252" });
      }),
    );
  });
});
