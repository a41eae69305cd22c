import { z } from "zod";
import { count } from "./fields";
import { LIMITS, PrioritySchema, singleLine } from "./plan";
import { EstimateTextSchema } from "./requests";

// ── The tracking pages: tasks and items made in the app, the burn-down, a task's source ──────

/** POST /api/plans/:id/phases/:phaseId/tasks: a new task at the end of a phase (one line: it becomes a heading or a list item). */
export const CreateTaskSchema = z
  .object({
    title: singleLine(LIMITS.title)
      .transform((s) => s.trim())
      .pipe(z.string().min(1, { message: "A task needs a title" })),
    priority: PrioritySchema.nullable().optional(),
    owner: singleLine(LIMITS.owner).nullable().optional(),
    estimate: EstimateTextSchema.nullable().optional(),
  })
  .strict();

/** POST /api/plans/:id/tasks/:taskId/items: a new checklist item or acceptance criterion (one checkbox line). */
export const CreateItemSchema = z
  .object({
    text: singleLine(LIMITS.text)
      .transform((s) => s.trim())
      .pipe(z.string().min(1, { message: "An item needs a text" })),
    kind: z.enum(["checklist", "criterion"]).default("checklist"),
  })
  .strict();

export type CreateTaskInput = z.input<typeof CreateTaskSchema>;
export type CreateItemInput = z.input<typeof CreateItemSchema>;

/** GET /api/plans/:id/burndown: remaining hours per day from the activity log, and the lines to read it against. */
export const BurndownSchema = z.object({
  points: z.array(z.object({ date: z.string(), remaining: z.number() })),
  /** From the first point down to zero on the target date (or at the plan's capacity without one). */
  ideal: z
    .object({ from: z.string(), to: z.string(), hours: z.number(), basis: z.enum(["target", "capacity"]) })
    .nullable(),
  /** The roadmap forecast: today's remaining hours down to zero on the P50 (and P85) finish. */
  forecast: z.object({ today: z.string(), p50: z.string(), p85: z.string() }).nullable(),
  unestimatedTasks: count,
  openTasks: count,
});
export type Burndown = z.infer<typeof BurndownSchema>;

/** GET /api/plans/:id/tasks/:taskId/source: the lines the task was imported from. */
export const TaskSourceSchema = z.object({
  markdown: z.string().nullable(),
  fromLine: z.number().nullable(),
  toLine: z.number().nullable(),
});
export type TaskSourceText = z.infer<typeof TaskSourceSchema>;
