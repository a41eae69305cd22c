import "server-only";
import { PLAN_CHANNEL } from "./events";
import { listenerClient } from "./pools";

/**
 * A connection of its own that LISTENs to plan changes (Prisma cannot LISTEN): each NOTIFY's
 * payload goes to `onPayload`; `onLost` hears once when the connection fails or ends.
 */
export async function listenToPlanChanges(
  onPayload: (payload: string | undefined) => void,
  onLost: () => void,
): Promise<{ end: () => Promise<void> }> {
  const client = listenerClient("flightplan-live");
  let lost = false;
  const lose = () => {
    if (lost) return;
    lost = true;
    onLost();
  };
  client.on("notification", (msg) => onPayload(msg.payload));
  client.on("error", lose);
  client.on("end", lose);
  await client.connect();
  await client.query(`LISTEN ${PLAN_CHANNEL}`);
  return { end: () => client.end().catch(() => undefined) };
}
