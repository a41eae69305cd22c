import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Plan } from "@/lib/plan/contract";
import { parsePlan, writeBack } from "./index";

const dirs = [
  path.join(process.cwd(), "fixtures", "plans"),
  path.join(process.cwd(), "lib", "markdown", "__fixtures__", "plans"),
];
const plans = dirs.flatMap((d) =>
  readdirSync(d)
    .filter((f) => f.endsWith(".md"))
    .map((f) => path.join(d, f)),
);

/** Each open decision of the test plans, with one of its options (a different one per decision). */
const cases = plans.flatMap((file) => {
  const { plan } = parsePlan(readFileSync(file));
  return plan.decisions.flatMap((d, di) => {
    const oi = (di + 1) % Math.max(1, d.options.length);
    return d.status === "open" && d.options.length >= 2
      ? [[`${path.basename(file)} · ${d.title} · option ${oi + 1}`, file, di, oi] as const]
      : [];
  });
});

function choose(plan: Plan, di: number, oi: number): Plan {
  const decisions = plan.decisions.map((d, i) =>
    i === di ? { ...d, status: "decided" as const, options: d.options.map((o, j) => ({ ...o, chosen: j === oi })) } : d,
  );
  return { ...plan, decisions };
}

describe("a decision chosen in the app, exported", () => {
  it.each(cases)("%s", (_name, file, di, oi) => {
    const parsed = parsePlan(readFileSync(file));
    const decision = parsed.plan.decisions[di]!;
    const out = writeBack(parsed, choose(parsed.plan, di, oi));
    expect(out).not.toBe((parsed.bom ? "\uFEFF" : "") + parsed.text);
    const again = parsePlan(out).plan.decisions.find((d) => d.line !== null && d.title === decision.title);
    expect(again).toBeDefined();
    // Options that are no lines of their own (`Decision needed: A vs B`) get a `Decided:` line;
    // either way the export reads back with the same option chosen and the others not.
    expect(again!.status).toBe("decided");
    expect(again!.options.map((o) => o.chosen)).toEqual(decision.options.map((_o, j) => j === oi));
  });

  it("choosing another option moves the mark and leaves one chosen", () => {
    const file = plans.find((f) => f.endsWith("app-v2-readiness-plan.md"))!;
    const parsed = parsePlan(readFileSync(file));
    const di = parsed.plan.decisions.findIndex((d) => d.title === "Logging Backend");
    const first = writeBack(parsed, choose(parsed.plan, di, 0));
    const reparsed = parsePlan(first);
    const second = writeBack(reparsed, choose(reparsed.plan, di, 2));
    const d = parsePlan(second).plan.decisions[di]!;
    expect(d.options.map((o) => o.chosen)).toEqual([false, false, true]);
    expect(second.match(/\(chosen\)/g)?.length ?? 0).toBe((parsed.text.match(/\(chosen\)/g)?.length ?? 0) + 1);
  });
});

describe("a question decision's choice on its own line", () => {
  const file = plans.find((f) => f.endsWith("decisions-open-questions.md"))!;
  const parsed = parsePlan(readFileSync(file));
  const di = parsed.plan.decisions.findIndex((d) => d.title.startsWith("where do synonyms live"));

  it("a new choice replaces the old one and reads back; no choice removes it", () => {
    expect(parsed.plan.decisions[di]!.options.map((o) => o.chosen)).toEqual([false, true]);
    const changed = writeBack(parsed, choose(parsed.plan, di, 0));
    expect(changed).toContain("Decided: in the index config.");
    expect(changed).not.toContain("Decided: a database table.");
    expect(parsePlan(changed).plan.decisions[di]!.options.map((o) => o.chosen)).toEqual([true, false]);

    const reopened = {
      ...parsed.plan,
      decisions: parsed.plan.decisions.map((d, i) =>
        i === di ? { ...d, status: "open" as const, options: d.options.map((o) => ({ ...o, chosen: false })) } : d,
      ),
    };
    const out = writeBack(parsed, reopened);
    expect(out).not.toContain("Decided:");
    expect(parsePlan(out).plan.decisions[di]!.status).toBe("open");
    // Only that line moved.
    const a = parsed.text.split("\n"),
      b = out.split("\n");
    expect(b.length).toBe(a.length);
    expect(a.filter((l, i) => l !== b[i]).length).toBe(1);
  });
});
