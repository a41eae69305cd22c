import "server-only";
import { z } from "zod";
import { selectList, type RowOf } from "../columns";
import { requestQuery } from "../pools";
import { prismaOf, rowsOf, type Tx } from "../tx";
import { PLANS } from "./tables";

/** A plan's roadmap settings (the columns the roadmap page edits) and what they are read with. */

const FIELDS = [
  "id",
  "version",
  "meta",
  "createdAt",
  "startDate",
  "targetDate",
  "hoursPerWeek",
  "unnamedPeople",
  "ownerHours",
] as const;

/** The plan row's roadmap columns (null dates: the plan's own), its meta and its workspace's zone. */
export type SettingsRow = Omit<RowOf<typeof PLANS, (typeof FIELDS)[number]>, "meta" | "ownerHours"> & {
  meta: Record<string, string>;
  ownerHours: Record<string, number>;
  timeZone: string;
};

const SQL = `SELECT ${selectList(PLANS, "p", FIELDS)}, w.time_zone AS "timeZone"
   FROM plans AS p JOIN workspaces AS w ON w.id = p.workspace_id WHERE p.id = $1 AND p.workspace_id = $2`;

const Meta = z.record(z.string(), z.string());

/** Hours per owner as stored, keeping only positive numbers. */
function ownerHoursOf(value: unknown): Record<string, number> {
  if (!value || typeof value !== "object" || Array.isArray(value)) return {};
  return Object.fromEntries(
    Object.entries(value).filter((e): e is [string, number] => typeof e[1] === "number" && e[1] > 0),
  );
}

const toSettings = (r: RowOf<typeof PLANS, (typeof FIELDS)[number]> & { timeZone: string }): SettingsRow => ({
  ...r,
  meta: Meta.parse(r.meta),
  ownerHours: ownerHoursOf(r.ownerHours),
});

/** The settings of the workspace's plan, or null (every roadmap read asks: the request pool). */
export async function readSettingsRow(workspaceId: string, planId: string): Promise<SettingsRow | null> {
  const [row] = await requestQuery<RowOf<typeof PLANS, (typeof FIELDS)[number]> & { timeZone: string }>(SQL, [
    planId,
    workspaceId,
  ]);
  return row ? toSettings(row) : null;
}

/** The same inside a transaction. */
export async function readSettingsRowIn(tx: Tx, workspaceId: string, planId: string): Promise<SettingsRow | null> {
  const [row] = await rowsOf<RowOf<typeof PLANS, (typeof FIELDS)[number]> & { timeZone: string }>(tx, SQL, [
    planId,
    workspaceId,
  ]);
  return row ? toSettings(row) : null;
}

/** New settings (undefined: unchanged; null dates: the plan's own). */
export type SettingsChange = {
  startDate?: string | null;
  targetDate?: string | null;
  hoursPerWeek?: number;
  unnamedPeople?: number;
  ownerHours?: Record<string, number>;
};

const toDate = (iso: string | null | undefined) =>
  iso === undefined ? undefined : iso === null ? null : new Date(`${iso}T00:00:00Z`);

export async function updateSettings(tx: Tx, planId: string, change: SettingsChange): Promise<void> {
  await prismaOf(tx).plan.update({
    where: { id: planId },
    data: {
      startDate: toDate(change.startDate),
      targetDate: toDate(change.targetDate),
      hoursPerWeek: change.hoursPerWeek,
      unnamedPeople: change.unnamedPeople,
      ownerHours: change.ownerHours,
    },
    select: { id: true },
  });
}
