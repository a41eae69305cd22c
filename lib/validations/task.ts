import { z } from "zod";
import { EstimateSchema, PrioritySchema, StatusSchema } from "./plan";

/** Edits to a plan from the plan page and the REST API. */

export const SetItemDoneSchema = z.object({ done: z.boolean() }).strict();

/** "3h", "2-4h", "1.5 days"… kept as the text the team writes; the server parses hours from it. */
export const EstimateTextSchema = z.string().trim().min(1).max(40);

export const UpdateTaskSchema = z
  .object({
    status: StatusSchema.optional(),
    owner: z.string().trim().max(100).nullable().optional(),
    priority: PrioritySchema.nullable().optional(),
    estimate: z.union([EstimateTextSchema, EstimateSchema]).nullable().optional(),
    version: z.number().int().nonnegative(),
  })
  .strict()
  .refine((v) => v.status !== undefined || v.owner !== undefined || v.priority !== undefined || v.estimate !== undefined, {
    message: "Send at least one of status, owner, priority, estimate",
  });

export const ExportFormatSchema = z.enum(["md", "json"]);

export type SetItemDoneInput = z.infer<typeof SetItemDoneSchema>;
export type UpdateTaskInput = z.infer<typeof UpdateTaskSchema>;
export type ExportFormat = z.infer<typeof ExportFormatSchema>;
