import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { PlanSchema } from "@/lib/plan/contract";
import { parsePlan } from "@/lib/markdown";

const root = fileURLToPath(new URL("..", import.meta.url));
const fixture = join(root, "fixtures/plans/dsa110-roadmap.md");

/** Runs the real CLI the way the README says: through tsx, as a separate process. */
function run(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, ["--import", "tsx", join(root, "cli/flightplan.ts"), ...args], {
    cwd: root,
    input,
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout.toString("utf8"), stderr: r.stderr.toString("utf8"), raw: r.stdout };
}

describe("flightplan CLI", () => {
  it("parse prints valid Plan JSON and exits 0", () => {
    const r = run(["parse", fixture]);
    expect(r.code).toBe(0);
    const plan = PlanSchema.parse(JSON.parse(r.stdout));
    expect(plan.title).toBe("Remaining Work Prioritization & Roadmap");
    expect(plan.repairedEncoding).toBe("cp1252");
  });

  it("export prints the repaired source byte for byte", () => {
    const r = run(["export", fixture]);
    expect(r.code).toBe(0);
    expect(r.raw.equals(Buffer.from(parsePlan(readFileSync(fixture)).text, "utf8"))).toBe(true);
  });

  it("summary prints an outline with counts", () => {
    const r = run(["summary", fixture]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Async Migration Decision & Execution");
    expect(r.stdout).toMatch(/Totals: \d+ phases, 12 tasks/);
  });

  it("reads standard input with -", () => {
    const r = run(["parse", "-"], "# From stdin\n\n## P1\n\n### 1. Do it\n**Effort:** 2h\n");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).phases[0].tasks[0].estimate.maxHours).toBe(2);
  });

  it.each([
    ["an empty file", Buffer.alloc(0), /empty/i],
    ["binary data", Buffer.from([0, 1, 2, 0, 255, 0, 7]), /binary|not .*text/i],
  ])("refuses %s with exit 2 and one line", (_name, bytes, message) => {
    const dir = mkdtempSync(join(tmpdir(), "fp-cli-"));
    const file = join(dir, "bad.md");
    writeFileSync(file, bytes);
    const r = run(["parse", file]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });

  it("refuses a missing file and an unknown command with exit 2", () => {
    expect(run(["parse", "/nonexistent/plan.md"]).code).toBe(2);
    expect(run(["frobnicate", fixture]).code).toBe(2);
  });
});
