import type { Estimate } from "./contract";

/** The task fields people edit in the app, and how they are named in messages. */
export type EditableTaskField = "title" | "status" | "priority" | "owner" | "estimate" | "dependsOn";

const FIELD_LABEL: Record<EditableTaskField, string> = {
  title: "Title",
  status: "Status",
  priority: "Priority",
  owner: "Owner",
  estimate: "Estimate",
  dependsOn: "Dependencies",
};

export function fieldLabel(field: EditableTaskField): string {
  return FIELD_LABEL[field];
}

/** An estimate as the team wrote it, else its hours; "none" when there is none. */
export function estimateLabel(e: Estimate | null): string {
  if (!e) return "none";
  if (e.text) return e.text;
  return e.minHours === e.maxHours ? `${e.minHours}h` : `${e.minHours}-${e.maxHours}h`;
}
