import "server-only";
import { PLAN_CHANNEL } from "./events";
import { listenerClient } from "./pools";

/**
 * The NOTIFY channel of access changes: triggers on sessions, memberships and api_tokens send
 * `{"userId"}` when one of the user's sessions ends or moves, a membership's role changes or it
 * goes, or a token is revoked (prisma/migrations/*_access_notify).
 */
export const ACCESS_CHANNEL = "flightplan_access";

/**
 * A connection of its own that LISTENs to plan changes and access changes (Prisma cannot LISTEN):
 * each NOTIFY's payload goes to `onPlan` or `onAccess`; `onLost` hears once when the connection
 * fails or ends.
 */
export async function listenToPlanChanges(
  on: { onPlan: (payload: string | undefined) => void; onAccess: (payload: string | undefined) => void },
  onLost: () => void,
): Promise<{ end: () => Promise<void> }> {
  const client = listenerClient("flightplan-live");
  let lost = false;
  const lose = () => {
    if (lost) return;
    lost = true;
    onLost();
  };
  client.on("notification", (msg) => (msg.channel === ACCESS_CHANNEL ? on.onAccess : on.onPlan)(msg.payload));
  client.on("error", lose);
  client.on("end", lose);
  await client.connect();
  await client.query(`LISTEN ${PLAN_CHANNEL}`);
  await client.query(`LISTEN ${ACCESS_CHANNEL}`);
  return { end: () => client.end().catch(() => undefined) };
}
