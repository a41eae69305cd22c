/**
 * `flightplan measure --url URL --token TOKEN --plan PLAN_ID --metric NAME --value V [--at DATE] [--note TEXT]`:
 * records a measurement through the REST API (POST /api/plans/:id/measurements), for CI jobs.
 * Exit 0 and the stored measurement's id on stdout; 1 when the server refuses (its message on
 * stderr); 2 for bad arguments.
 */

const USAGE = `Usage: flightplan measure --url URL --token TOKEN --plan PLAN_ID --metric NAME --value NUMBER [--at YYYY-MM-DD] [--note TEXT]

Records a measurement of the plan's metric NAME (or its id) through the API.
--url and --token default to FLIGHTPLAN_URL and FLIGHTPLAN_TOKEN.`;

function flag(args: string[], name: string): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === `--${name}`) return args[i + 1];
    if (arg.startsWith(`--${name}=`)) return arg.slice(name.length + 3);
  }
  return undefined;
}

export async function runMeasureCommand(args: string[]): Promise<number> {
  if (args.includes("--help") || args.includes("-h")) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const url = flag(args, "url") ?? process.env.FLIGHTPLAN_URL;
  const token = flag(args, "token") ?? process.env.FLIGHTPLAN_TOKEN;
  const plan = flag(args, "plan");
  const metric = flag(args, "metric");
  const raw = flag(args, "value");
  const value = raw === undefined ? NaN : Number(raw);
  if (!url || !token || !plan || !metric || !Number.isFinite(value)) {
    process.stderr.write(
      `flightplan measure: --url, --token, --plan, --metric and a numeric --value are required\n\n${USAGE}\n`,
    );
    return 2;
  }
  const entry = {
    metricName: metric,
    value,
    ...(flag(args, "at") ? { at: flag(args, "at") } : {}),
    ...(flag(args, "note") ? { note: flag(args, "note") } : {}),
  };
  let res: Response;
  try {
    res = await fetch(new URL(`/api/plans/${encodeURIComponent(plan)}/measurements`, url), {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify([entry]),
    });
  } catch (e) {
    process.stderr.write(`flightplan measure: cannot reach ${url}: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
  const body = (await res.json().catch(() => null)) as {
    measurements?: { id: string }[];
    error?: { message: string };
  } | null;
  if (!res.ok) {
    process.stderr.write(`flightplan measure: ${res.status} ${body?.error?.message ?? res.statusText}\n`);
    return 1;
  }
  process.stdout.write(`${body?.measurements?.[0]?.id ?? ""}\n`);
  return 0;
}
