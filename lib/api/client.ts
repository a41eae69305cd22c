/**
 * Browser-side fetch for the REST API (same origin, session cookie). Non-2xx answers become an
 * `ApiError` carrying the server's `{ error: { code, message } }`.
 */

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  constructor(status: number, code: string, message: string) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
  }
}

export async function apiFetch<T>(path: string, init: RequestInit & { json?: unknown } = {}): Promise<T> {
  const { json, headers, ...rest } = init;
  const res = await fetch(path, {
    credentials: "same-origin",
    ...rest,
    headers: {
      Accept: "application/json",
      ...(json !== undefined ? { "Content-Type": "application/json" } : {}),
      ...headers,
    },
    body: json !== undefined ? JSON.stringify(json) : rest.body,
  });
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  let data: unknown = undefined;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = undefined;
    }
  }
  if (!res.ok) {
    const err = (data as { error?: { code?: string; message?: string } } | undefined)?.error;
    throw new ApiError(
      res.status,
      err?.code ?? "http_error",
      err?.message ?? (res.status === 413 ? "The file is too large." : `Request failed (${res.status}).`),
    );
  }
  return data as T;
}

/** A markdown upload: the raw file bytes (the server repairs encodings), or pasted text. */
export type PlanSource = { kind: "file"; file: File } | { kind: "text"; text: string; fileName?: string };

export function planUploadInit(source: PlanSource): RequestInit {
  if (source.kind === "file") {
    const form = new FormData();
    form.set("file", source.file, source.file.name);
    return { method: "POST", body: form };
  }
  return {
    method: "POST",
    body: source.text,
    headers: {
      "Content-Type": "text/markdown; charset=utf-8",
      ...(source.fileName ? { "X-File-Name": encodeURIComponent(source.fileName) } : {}),
    },
  };
}
