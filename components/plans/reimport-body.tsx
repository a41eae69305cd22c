"use client";

import { useEffect, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { PlanSource } from "@/lib/api/client";
import { useReimport } from "@/lib/hooks/use-plans";
import { PlanSourceInput } from "./plan-source-input";
import { ReimportDiffView } from "./reimport-diff";

/** The open re-import dialog: the file, the diff the server computes, Apply (reimport-dialog.tsx loads it). */
export function ReimportBody({ planId, onClose }: { planId: string; onClose: () => void }) {
  const [source, setSource] = useState<PlanSource | null>(null);
  const { preview, apply } = useReimport(planId);
  const { mutate: runPreview, reset: resetPreview } = preview;

  useEffect(() => {
    resetPreview();
    if (source) runPreview(source);
  }, [source, runPreview, resetPreview]);

  const error = apply.error ?? preview.error;
  return (
    <div className="flex max-h-[85vh] flex-col">
      <div className="border-b border-slate-200 px-6 py-4">
        <h2 id="reimport-title" className="text-base font-semibold text-slate-900">
          Re-import a newer version
        </h2>
        <p className="mt-0.5 text-sm text-slate-500">
          Upload the updated markdown. You will see what changes before anything is applied; ticks made here are kept
          for items that still exist.
        </p>
      </div>
      <div className="flex-1 space-y-4 overflow-y-auto px-6 py-4">
        <PlanSourceInput onChange={setSource} allowPaste={false} />
        {preview.isPending ? <p className="text-sm text-slate-500">Comparing…</p> : null}
        {error ? <Alert tone="error">{error.message}</Alert> : null}
        {preview.data ? <ReimportDiffView diff={preview.data} /> : null}
      </div>
      <div className="flex justify-end gap-2 border-t border-slate-200 px-6 py-3">
        <Button variant="ghost" onClick={onClose}>
          Cancel
        </Button>
        <Button
          disabled={!source || !preview.data || apply.isPending}
          onClick={() => source && apply.mutate(source, { onSuccess: onClose })}
          data-testid="reimport-apply"
        >
          {apply.isPending ? "Applying…" : "Apply changes"}
        </Button>
      </div>
    </div>
  );
}
