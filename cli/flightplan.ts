import { readFileSync } from "node:fs";
import { parsePlan, PlanInputError, summarizePlan, writeBackBytes } from "@/lib/markdown";

const USAGE = `Usage: flightplan <command> FILE   (FILE "-" reads standard input)

  parse FILE     print the Plan JSON of a markdown plan
  export FILE    print the markdown written back from an unchanged import
  summary FILE   print a short outline: phases, tasks, counts, warnings
  token create --email EMAIL   print a new API token for an existing user
  measure --url URL --token T --plan ID --metric NAME --value V [--at DATE] [--note TEXT]
                 record a metric's measurement through the API (for CI jobs)`;

function readInput(file: string): Uint8Array {
  return file === "-" ? readFileSync(0) : readFileSync(file);
}

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  if (command === "token") {
    // Loaded only here: it needs the database, the other commands must not.
    const { runTokenCommand } = await import("./token-command");
    return runTokenCommand(args);
  }
  if (command === "measure") {
    const { runMeasureCommand } = await import("./measure-command");
    return runMeasureCommand(args);
  }
  const file = args[0];
  if (!command || !file || !["parse", "export", "summary"].includes(command)) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  let bytes: Uint8Array;
  try {
    bytes = readInput(file);
  } catch (e) {
    process.stderr.write(`flightplan: cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}\n`);
    return 2;
  }
  const parsed = parsePlan(bytes, { fileName: file === "-" ? undefined : file });
  if (command === "parse") process.stdout.write(JSON.stringify(parsed.plan, null, 2) + "\n");
  else if (command === "export") process.stdout.write(writeBackBytes(parsed, parsed.plan));
  else process.stdout.write(summarizePlan(parsed.plan));
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const message =
      error instanceof PlanInputError
        ? error.message
        : `unexpected error: ${error instanceof Error ? error.message : String(error)}`;
    process.stderr.write(`flightplan: ${message.split("\n")[0]}\n`);
    process.exit(2);
  },
);
