import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { twMerge } from "tailwind-merge";
import { describe, expect, it } from "vitest";
import { cn } from "./cn";

const CN_FILE = path.join(process.cwd(), "components", "ui", "cn.ts");

/** Every string literal of the components and pages that holds class names (what cn is given). */
function classStrings(): string[] {
  const out = new Set<string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (/\.tsx?$/.test(name) && !name.endsWith(".test.ts") && file !== CN_FILE) {
        for (const m of readFileSync(file, "utf8").matchAll(/"([a-z0-9!:\-[\]/.#%_ ]+)"/g)) {
          const s = m[1]!.trim();
          // Class lists: words with a Tailwind shape, at least one with a dash or a colon.
          if (s && /[-:]/.test(s) && s.split(/\s+/).every((w) => /^[!a-z0-9:\-[\]/.#%_]+$/.test(w))) out.add(s);
        }
      }
    }
  };
  for (const dir of ["components", "app"]) walk(path.join(process.cwd(), dir));
  return [...out];
}

/** A class list with each repeated class kept once, the last time (a repeat changes nothing; cn drops it). */
const once = (list: string) =>
  list
    .split(" ")
    .filter((c, i, all) => all.lastIndexOf(c) === i)
    .join(" ");

describe("cn resolves conflicts as tailwind-merge does", () => {
  const strings = classStrings();

  it("finds the app's class strings", () => {
    expect(strings.length).toBeGreaterThan(200);
    expect(strings).toContain("w-20");
  });

  it("gives tailwind-merge's result for any two or three of the app's class strings", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...strings), { minLength: 1, maxLength: 3 }), (parts) => {
        expect(cn(...parts)).toBe(once(twMerge(parts.join(" "))));
      }),
      { numRuns: 50_000 },
    );
  });

  it("lets a caller override a primitive: the overrides the components rely on", () => {
    const control =
      "block w-full rounded-md border-0 bg-white px-3 py-1.5 text-sm text-slate-900 shadow-xs ring-1 ring-inset ring-slate-300";
    for (const [base, extra] of [
      [`${control} h-9`, "w-20"],
      [`${control} h-9 pr-8`, "h-8 text-xs"],
      [control, "font-mono text-xs"],
      ["inline-flex h-9 px-4 text-sm bg-brand-600 text-white", "h-8 px-2 text-xs"],
      ["px-5 py-4", "cursor-grab touch-none rounded p-1"],
      ["p-4", "px-2"],
      ["px-2", "p-4"],
      ["border-b-2 border-transparent hover:text-slate-900", "border-brand-600 text-brand-700 focus-visible:outline-2"],
    ] as const) {
      expect(cn(base, extra)).toBe(once(twMerge(base, extra)));
    }
    expect(cn("w-full", false, null, undefined, "w-20")).toBe("w-20");
  });
});

describe("cn's cache of merged class lists", () => {
  it("answers a repeated list as the first time, also after more lists than it keeps", () => {
    expect(cn("px-4 py-2", "px-2")).toBe("py-2 px-2");
    // 1,500 distinct lists: more than the cache holds, so it is emptied on the way.
    for (let i = 0; i < 1500; i++) expect(cn(`w-${i}`, i % 2 ? "w-full" : false)).toBe(i % 2 ? "w-full" : `w-${i}`);
    expect(cn("px-4 py-2", "px-2")).toBe("py-2 px-2");
    expect(cn("px-4 py-2", false, "px-2")).toBe("py-2 px-2");
  });
});
