"use client";

import { useId, useRef, useState } from "react";
import { cn } from "@/components/ui/cn";
import { Textarea } from "@/components/ui/field";
import type { PlanSource } from "@/lib/api/client";

/** Pick a `.md` file (click or drop) or paste markdown. */
export function PlanSourceInput({
  onChange,
  allowPaste = true,
}: {
  onChange: (source: PlanSource | null) => void;
  allowPaste?: boolean;
}) {
  const [mode, setMode] = useState<"file" | "text">("file");
  const [file, setFile] = useState<File | null>(null);
  const [text, setText] = useState("");
  const [dragging, setDragging] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const id = useId();

  const pick = (f: File | null) => {
    setFile(f);
    onChange(f ? { kind: "file", file: f } : null);
  };

  return (
    <div>
      {allowPaste ? (
        <div className="mb-3 inline-flex rounded-md bg-slate-100 p-0.5 text-sm" role="tablist">
          {(["file", "text"] as const).map((m) => (
            <button
              key={m}
              type="button"
              role="tab"
              aria-selected={mode === m}
              onClick={() => {
                setMode(m);
                onChange(m === "file" ? (file ? { kind: "file", file } : null) : text ? { kind: "text", text } : null);
              }}
              className={cn(
                "rounded px-3 py-1 font-medium transition-colors",
                mode === m ? "bg-white text-slate-900 shadow-xs" : "text-slate-500 hover:text-slate-900",
              )}
            >
              {m === "file" ? "Upload file" : "Paste markdown"}
            </button>
          ))}
        </div>
      ) : null}
      {mode === "file" ? (
        <label
          htmlFor={`${id}-file`}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(e) => {
            e.preventDefault();
            setDragging(false);
            pick(e.dataTransfer.files[0] ?? null);
          }}
          className={cn(
            "flex cursor-pointer flex-col items-center justify-center rounded-lg border-2 border-dashed px-6 py-8 text-center transition-colors",
            dragging ? "border-brand-500 bg-brand-50" : "border-slate-300 bg-white hover:border-slate-400",
          )}
        >
          <svg
            viewBox="0 0 24 24"
            fill="none"
            stroke="currentColor"
            strokeWidth={1.5}
            className="size-8 text-slate-400"
            aria-hidden="true"
          >
            <path
              d="M12 16V4m0 0-4 4m4-4 4 4M4 16v2a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-2"
              strokeLinecap="round"
              strokeLinejoin="round"
            />
          </svg>
          {file ? (
            <p className="mt-2 text-sm font-medium text-slate-900" data-testid="picked-file">
              {file.name} <span className="font-normal text-slate-500">({(file.size / 1024).toFixed(1)} KB)</span>
            </p>
          ) : (
            <p className="mt-2 text-sm text-slate-600">
              <span className="font-medium text-brand-600">Choose a markdown file</span> or drop it here
            </p>
          )}
          <p className="mt-1 text-xs text-slate-400">.md, up to 20 MB · UTF-8, Windows-1252 and Mac Roman are read</p>
          <input
            ref={inputRef}
            id={`${id}-file`}
            type="file"
            accept=".md,.markdown,.txt,text/markdown,text/plain"
            className="sr-only"
            data-testid="plan-file"
            onChange={(e) => pick(e.target.files?.[0] ?? null)}
          />
        </label>
      ) : (
        <Textarea
          aria-label="Markdown"
          rows={14}
          value={text}
          placeholder={
            "# Release plan\n\n## Phase 1: Stabilize\n\n### 1.1 Add health checks (P0, 2-3h)\n- [ ] /health endpoint"
          }
          className="font-mono text-xs"
          data-testid="plan-text"
          onChange={(e) => {
            setText(e.target.value);
            onChange(e.target.value ? { kind: "text", text: e.target.value } : null);
          }}
        />
      )}
    </div>
  );
}
