"use client";

import { useState, type InputHTMLAttributes } from "react";
import { cn } from "@/components/ui/cn";

/**
 * A text field that saves on Enter or when it loses focus, and shows the server's value again
 * when that changes (a rollback, someone else's edit). Escape puts the saved value back.
 */
export function CommitInput({
  value,
  onCommit,
  className,
  ...props
}: Omit<InputHTMLAttributes<HTMLInputElement>, "value" | "onChange"> & {
  value: string;
  onCommit: (next: string) => void;
}) {
  const [draft, setDraft] = useState(value);
  const [synced, setSynced] = useState(value);
  if (synced !== value) {
    setSynced(value);
    setDraft(value);
  }
  return (
    <input
      {...props}
      value={draft}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={() => {
        if (draft.trim() !== value.trim()) onCommit(draft.trim());
      }}
      onKeyDown={(e) => {
        if (e.key === "Enter") e.currentTarget.blur();
        if (e.key === "Escape") {
          e.stopPropagation();
          setDraft(value);
        }
      }}
      className={cn(
        "h-9 w-full rounded-md border-0 bg-white px-2.5 text-sm text-slate-900 ring-1 ring-slate-300 ring-inset placeholder:text-slate-400 focus:ring-2 focus:ring-brand-500",
        className,
      )}
    />
  );
}
