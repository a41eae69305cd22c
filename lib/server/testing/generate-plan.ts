import type { Plan, Task } from "@/lib/plan/contract";

/**
 * A synthetic plan in the style of the fixtures (phases → "### Task N.M" with fields and a
 * checklist), for size tests and benchmarks: `tasks` tasks in phases of 50, 3 checkboxes each.
 * generatePlan() builds the Plan the engine parses from generatePlanMarkdown() directly (a test
 * checks the two agree), so large-plan tests of the data layer need not wait for the parser.
 */

const PER_PHASE = 50;

export function generatePlanMarkdown(tasks: number, title = `Generated plan (${tasks} tasks)`): string {
  return generate(tasks, title).lines.join("\n");
}

export function generatePlan(
  tasks: number,
  title = `Generated plan (${tasks} tasks)`,
): { plan: Plan; text: string; bom: false } {
  const { lines, plan } = generate(tasks, title);
  return { plan, text: lines.join("\n"), bom: false };
}

function generate(tasks: number, title: string): { lines: string[]; plan: Plan } {
  const lines: string[] = [`# ${title}`, "", "**Status:** In progress", "**Owner:** Platform team", ""];
  const plan: Plan = {
    format: "flightplan.plan/v1",
    title,
    meta: { Status: "In progress", Owner: "Platform team" },
    repairedEncoding: null,
    phases: [],
    decisions: [],
    metrics: [],
    criteria: [],
    warnings: [],
  };
  for (let t = 0; t < tasks; t++) {
    const phase = Math.floor(t / PER_PHASE) + 1;
    const n = (t % PER_PHASE) + 1;
    if (n === 1) {
      lines.push(`## Phase ${phase}: Workstream ${phase} (Week ${phase})`, "");
      plan.phases.push({
        title: `Phase ${phase}: Workstream ${phase}`,
        key: String(phase),
        weeks: { from: phase, to: phase },
        status: "todo",
        tasks: [],
        checklist: [],
        line: lines.length - 1,
      });
    }
    const key = `${phase}.${n}`;
    const min = 1 + (t % 5);
    const taskLine = lines.length + 1;
    lines.push(
      `### Task ${key}: Build component ${phase}-${n}`,
      "",
      `**Priority:** P${t % 4}`,
      `**Effort:** ${min}-${min + 1} hours`,
      `**Owner:** dev${t % 7}`,
      ...(n > 1 ? [`**Dependencies:** Task ${phase}.${n - 1}`] : []),
      "",
    );
    const itemTexts = [`Write the code for ${key}`, `Add tests for ${key}`, `Review ${key}`];
    const done = [false, t % 3 === 0, false];
    const checklist = itemTexts.map((text, i) => {
      lines.push(`- [${done[i] ? "x" : " "}] ${text}`);
      return { text, done: done[i]!, line: lines.length };
    });
    lines.push("");
    const task: Task = {
      key,
      title: `Build component ${phase}-${n}`,
      priority: `P${t % 4}` as Task["priority"],
      status: "todo",
      estimate: { minHours: min, maxHours: min + 1, text: `${min}-${min + 1} hours` },
      owner: `dev${t % 7}`,
      dependsOn: n > 1 ? [`${phase}.${n - 1}`] : [],
      files: [],
      checklist,
      criteria: [],
      line: taskLine,
    };
    plan.phases.at(-1)!.tasks.push(task);
  }
  return { lines, plan };
}
