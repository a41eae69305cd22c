import type { ActivityChange } from "./describe";

/** The activity log as the API returns it and the page shows it. */

export interface ActivityEntry {
  id: string;
  at: string;
  actor: { id: string; name: string } | null;
  action: string;
  kind: string;
  summary: string;
  changes: ActivityChange[];
}

export interface ActivityPage {
  planId: string;
  title: string;
  /** The workspace's time zone: the date filter's days and the times shown are in it. */
  timeZone: string;
  entries: ActivityEntry[];
  /** Cursors of the pages around this one, null at either end of the (filtered) log. */
  older: string | null;
  newer: string | null;
}
