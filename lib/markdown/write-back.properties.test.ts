/**
 * The bar for write-back (fast-check): for every plan of the corpus (the fixtures, our own test
 * plans, a generated plan), every task and every editable field, a random valid new value is
 * exported and parsed again. The field reads back as the new value; every other task, field,
 * checkbox, decision and metric reads back unchanged; the diff touches only that task's lines,
 * adds one line, or (a status change in a kanban column) moves the task to its new column.
 * Each bug it found is a plain case in write-back.cases.test.ts.
 */
import fc from "fast-check";
import { describe, it } from "vitest";
import { checkEdit, editArb } from "./__fixtures__/write-back-check";

/** 400 cases over all plans by default (a few seconds per hundred); `FC_NUM_RUNS=20000` for a deep run. */
const RUNS = Number(process.env.FC_NUM_RUNS) || 400;

describe("write-back of one field of one task", () => {
  it("reads back the new value, leaves everything else, and touches only the task's lines", () => {
    fc.assert(
      fc.property(editArb, (edit) => checkEdit(edit)),
      { numRuns: RUNS },
    );
  }, 600_000);
});
