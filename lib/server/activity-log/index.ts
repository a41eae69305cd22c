import "server-only";

/** The activity log of a plan: pages by keyset, filters, and each row in words. */
export { activityPageSql, listActivity } from "./list";
export type { ActivityEntry, ActivityPage } from "@/lib/plan/activity/types";
export { listActivityPeople } from "./people";
