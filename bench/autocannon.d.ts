// The slice of autocannon's API that bench/api.bench.ts uses (the package ships no types).
declare module "autocannon" {
  type Request = {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    body?: string;
    setupRequest?: (req: Record<string, unknown>) => Record<string, unknown>;
  };
  type Options = { url: string; connections?: number; duration?: number; requests?: Request[] };
  type Result = {
    requests: { total: number; average: number };
    throughput: { average: number };
    errors: number;
    timeouts: number;
    non2xx: number;
  };
  type Instance = Promise<Result> & {
    on(event: "response", fn: (client: unknown, status: number, bytes: number, ms: number) => void): void;
  };
  export default function autocannon(opts: Options): Instance;
}
