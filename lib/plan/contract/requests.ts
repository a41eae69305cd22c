import { z } from "zod";
import { version } from "./fields";
import { EstimateSchema, LIMITS, PrioritySchema, singleLine, StatusSchema } from "./plan";

// ── Request bodies: edits from the plan page and the REST API ──────────────────────────────

export const SetItemDoneSchema = z.object({ done: z.boolean() }).strict();

/** "3h", "2-4h", "1.5 days"… kept as the text the team writes; the server parses hours from it. */
export const EstimateTextSchema = singleLine(LIMITS.estimateText)
  .transform((s) => s.trim())
  .pipe(z.string().min(1, { message: "Write an estimate like 3h or 2-4 days" }));

export const UpdateTaskSchema = z
  .object({
    status: StatusSchema.optional(),
    owner: singleLine(LIMITS.owner)
      .transform((s) => s.trim())
      .nullable()
      .optional(),
    /** The task's title, written back where the source has it. */
    title: singleLine(LIMITS.title)
      .transform((s) => s.trim())
      .pipe(z.string().min(1, { message: "A title cannot be empty" }))
      .optional(),
    /** Keys of the tasks it waits for (or free text, as a plan writes it). */
    dependsOn: z
      .array(
        singleLine(LIMITS.reference)
          .transform((s) => s.trim())
          .pipe(z.string().min(1)),
      )
      .max(100)
      .optional(),
    priority: PrioritySchema.nullable().optional(),
    /** Hours as an object, or the text the team writes ("3h", "2-4 days"), parsed like the importer does. */
    estimate: z.union([EstimateTextSchema, EstimateSchema]).nullable().optional(),
    /** The task version the client read; a different current version → conflict. */
    version,
  })
  .strict()
  .refine((v) => [v.status, v.owner, v.priority, v.estimate, v.title, v.dependsOn].some((x) => x !== undefined), {
    message: "Send at least one of status, owner, priority, estimate, title, dependsOn",
  });

export const ExportFormatSchema = z.enum(["md", "json"]);

export type SetItemDoneInput = z.infer<typeof SetItemDoneSchema>;
export type UpdateTaskInput = z.infer<typeof UpdateTaskSchema>;
/** A task edit as sent: the same as UpdateTaskInput before trimming. */
export type TaskPatch = z.input<typeof UpdateTaskSchema>;
export type ExportFormat = z.infer<typeof ExportFormatSchema>;
