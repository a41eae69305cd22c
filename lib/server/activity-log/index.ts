import "server-only";

/** The activity log of a plan: pages by keyset, filters, and each row in words. */
export { activityPageSql, listActivity, type ActivityEntry, type ActivityPage } from "./list";
export { listActivityPeople } from "./people";
