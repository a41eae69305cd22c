"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";

/** A one-time secret (token, invite link) with a copy button. */
export function CopyField({ value, testId }: { value: string; testId?: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="flex items-center gap-2">
      <code
        className="min-w-0 flex-1 truncate rounded-md bg-slate-900 px-3 py-2 font-mono text-xs text-emerald-300"
        data-testid={testId}
      >
        {value}
      </code>
      <Button
        variant="secondary"
        size="sm"
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(value);
            setCopied(true);
            setTimeout(() => setCopied(false), 1500);
          } catch {
            /* clipboard not available (http); the value is selectable */
          }
        }}
      >
        {copied ? "Copied" : "Copy"}
      </Button>
    </div>
  );
}
