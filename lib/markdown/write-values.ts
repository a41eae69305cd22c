import type { Plan } from "@/lib/plan/contract";
import { PlanInputError } from "./errors";

/** Line breaks and other control characters: in a written value they would end its line. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/** A text a task's field or an item may hold: one line, no control characters. */
export function isWritableText(s: string): boolean {
  return !CONTROL.test(s);
}

/**
 * Refuses a plan whose tasks or items hold a value that cannot stay on one line: written back,
 * a line break would start a new block (a heading, a list item) that was never there.
 */
export function assertWritable(plan: Plan) {
  const check = (what: string, value: string | null | undefined) => {
    if (value && !isWritableText(value))
      throw new PlanInputError(
        "bad_value",
        `The ${what} ${JSON.stringify(value.slice(0, 60))} holds a line break or control character; write it on one line.`,
      );
  };
  for (const phase of plan.phases) {
    for (const task of phase.tasks) {
      check("task title", task.title);
      check("owner", task.owner);
      check("key", task.key);
      check("estimate", task.estimate?.text);
      for (const d of task.dependsOn) check("dependency", d);
      for (const i of [...task.checklist, ...task.criteria]) check("item", i.text);
    }
    for (const i of phase.checklist) check("item", i.text);
  }
  for (const i of plan.criteria) check("item", i.text);
}
