"use client";

import dynamic from "next/dynamic";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Input } from "@/components/ui/field";
import { useRecordMeasurement } from "@/lib/hooks/use-metrics";
import type { ApiMetric } from "@/lib/plan/contract";
import { metricState } from "@/lib/plan/tracking";

const MetricChart = dynamic(() => import("./metric-chart"), {
  ssr: false,
  loading: () => <div className="h-48 w-full animate-pulse rounded bg-slate-50" />,
});

const today = () => new Date().toISOString().slice(0, 10);

export function MetricCard({ planId, metric, canRecord }: { planId: string; metric: ApiMetric; canRecord: boolean }) {
  const { latest, met } = metricState(metric);
  const target = `${metric.target.op} ${metric.target.value}${metric.target.unit ? ` ${metric.target.unit}` : ""}`;
  return (
    <Card data-testid="metric" aria-label={metric.name}>
      <CardHeader
        title={<span className="break-words">{metric.name}</span>}
        description={
          <>
            Target {target}
            {latest ? (
              <>
                {" "}
                · latest {latest.value}
                {metric.target.unit ? ` ${metric.target.unit}` : ""}
              </>
            ) : null}
          </>
        }
        actions={
          met === null ? (
            <Badge>not measured</Badge>
          ) : met ? (
            <Badge tone="green">met</Badge>
          ) : (
            <Badge tone="red">not met</Badge>
          )
        }
      />
      <CardBody className="space-y-4">
        {metric.measurements.length ? (
          <MetricChart metric={metric} />
        ) : (
          <p className="text-sm text-slate-500">No measurements yet.</p>
        )}
        {canRecord ? <MeasurementForm planId={planId} metric={metric} /> : null}
      </CardBody>
    </Card>
  );
}

function MeasurementForm({ planId, metric }: { planId: string; metric: ApiMetric }) {
  const record = useRecordMeasurement(planId);
  const [value, setValue] = useState("");
  const [date, setDate] = useState(today);
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);
  const id = `m-${metric.id}`;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const n = Number(value.replace(",", "."));
    if (value.trim() === "" || !Number.isFinite(n)) return setError("Enter a number.");
    setError(null);
    record.mutate(
      { metricId: metric.id, input: { value: n, at: date || undefined, note: note.trim() || null } },
      {
        onSuccess: () => {
          setValue("");
          setNote("");
        },
        onError: (err) => setError(err.message),
      },
    );
  };
  return (
    <form
      onSubmit={submit}
      className="grid gap-2 sm:grid-cols-[6rem_9rem_minmax(0,1fr)_auto] sm:items-end"
      aria-label={`Record a measurement of ${metric.name}`}
    >
      <label className="text-xs font-medium text-slate-600" htmlFor={`${id}-v`}>
        Value
        <Input
          id={`${id}-v`}
          inputMode="decimal"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          className="mt-1 w-full"
        />
      </label>
      <label className="text-xs font-medium text-slate-600" htmlFor={`${id}-d`}>
        Date
        <Input
          id={`${id}-d`}
          type="date"
          value={date}
          onChange={(e) => setDate(e.target.value)}
          className="mt-1 w-full"
        />
      </label>
      <label className="text-xs font-medium text-slate-600" htmlFor={`${id}-n`}>
        Note
        <Input id={`${id}-n`} value={note} onChange={(e) => setNote(e.target.value)} className="mt-1 w-full" />
      </label>
      <Button type="submit" disabled={record.isPending}>
        Record
      </Button>
      {error ? (
        <div className="sm:col-span-4">
          <Alert tone="error">{error}</Alert>
        </div>
      ) : null}
    </form>
  );
}
