import { errorFromResponse } from "@/lib/errors";

/**
 * Browser-side fetch for the REST API (same origin, session cookie). Non-2xx answers become the
 * app's one error type, AppError, carrying the server's `{ error: { code, message } }`.
 */

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
  if (!res.ok) throw errorFromResponse(res.status, data);
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
