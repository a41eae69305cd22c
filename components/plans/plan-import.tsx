"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import type { PlanSource } from "@/lib/api/client";
import { useImportPlan, usePreviewPlan } from "@/lib/hooks/use-plans";
import { PlanSourceInput } from "./plan-source-input";
import { PlanSummary } from "./plan-summary";
import { SourceView } from "./source-view";

export function PlanImport() {
  const router = useRouter();
  const [source, setSource] = useState<PlanSource | null>(null);
  const preview = usePreviewPlan();
  const save = useImportPlan();
  const { mutate: runPreview, reset: resetPreview } = preview;

  // A picked file is previewed at once; pasted text when asked (it changes on every keystroke).
  useEffect(() => {
    resetPreview();
    save.reset();
    if (source?.kind === "file") runPreview(source);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [source]);

  const error = save.error ?? preview.error;

  return (
    <div className="space-y-6">
      <Card>
        <CardHeader
          title="Markdown source"
          description="Upload a plan file or paste its markdown. Nothing is saved until you press Save."
        />
        <CardBody className="space-y-4">
          <PlanSourceInput onChange={setSource} />
          <div className="flex flex-wrap items-center gap-2">
            <Button
              variant="secondary"
              disabled={!source || preview.isPending}
              onClick={() => source && runPreview(source)}
              data-testid="preview-button"
            >
              {preview.isPending ? "Reading…" : "Preview"}
            </Button>
            <Button
              disabled={!source || !preview.data || save.isPending}
              onClick={() =>
                source &&
                save.mutate(source, {
                  onSuccess: (plan) => router.push(`/plans/${plan.id}`),
                })
              }
              data-testid="save-button"
            >
              {save.isPending ? "Saving…" : "Save plan"}
            </Button>
            {!preview.data && source ? (
              <span className="text-xs text-slate-500">Preview first to check what will be imported.</span>
            ) : null}
          </div>
          {error ? (
            <Alert tone="error" title="This file cannot be imported">
              <span data-testid="import-error">{error.message}</span>
            </Alert>
          ) : null}
        </CardBody>
      </Card>

      {preview.data ? (
        <div className="grid gap-6 lg:grid-cols-2">
          <Card className="min-w-0">
            <CardHeader
              title="Source"
              description={
                preview.data.repairedEncoding
                  ? `Decoded from ${preview.data.repairedEncoding} and repaired`
                  : "As read (UTF-8)"
              }
            />
            <CardBody>
              <SourceView text={preview.data.source ?? ""} />
            </CardBody>
          </Card>
          <Card className="min-w-0">
            <CardHeader title="What Flightplan found" />
            <CardBody>
              <PlanSummary plan={preview.data} />
            </CardBody>
          </Card>
        </div>
      ) : null}
    </div>
  );
}
