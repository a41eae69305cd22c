"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Select, Textarea } from "@/components/ui/field";
import { useWeeklyStatusOverride } from "@/lib/hooks/use-weekly-status";
import { STATUS_TITLE, WEEKLY_STATUSES, type WeeklyStatus } from "@/lib/plan/weekly/status";
import type { StatusOverride } from "@/lib/plan/weekly/types";
import { MAX_OVERRIDE_REASON, StatusOverrideSchema } from "@/lib/validations/weekly";

/** The owner's control on the weekly page: set the week's status with a reason, or clear it. */
export function StatusOverrideForm({
  planId,
  week,
  computed,
  override,
}: {
  planId: string;
  week: string;
  computed: WeeklyStatus;
  override: StatusOverride | null;
}) {
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<WeeklyStatus>(override?.status ?? computed);
  const [reason, setReason] = useState(override?.reason ?? "");
  const [invalid, setInvalid] = useState<string | null>(null);
  const { set, clear } = useWeeklyStatusOverride(planId, week);
  const error = invalid ?? (set.error ?? clear.error)?.message ?? null;
  const busy = set.isPending || clear.isPending;

  if (!open) {
    return (
      <div className="mt-3 flex flex-wrap gap-2 print:hidden">
        <Button variant="secondary" size="sm" onClick={() => setOpen(true)} data-testid="override-open">
          {override ? "Change status override" : "Override status"}
        </Button>
        {override ? (
          <Button variant="ghost" size="sm" disabled={busy} onClick={() => clear.mutate()} data-testid="override-clear">
            {clear.isPending ? "Clearing…" : "Clear override"}
          </Button>
        ) : null}
        {error ? <Alert tone="error">{error}</Alert> : null}
      </div>
    );
  }
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const parsed = StatusOverrideSchema.safeParse({ status, reason });
    if (!parsed.success) return setInvalid(parsed.error.issues[0]?.message ?? "Check the reason.");
    setInvalid(null);
    set.mutate(parsed.data, { onSuccess: () => setOpen(false) });
  };
  return (
    <form
      onSubmit={submit}
      className="mt-3 space-y-3 border-t border-slate-100 pt-3 print:hidden"
      data-testid="override-form"
      noValidate
    >
      {error ? <Alert tone="error">{error}</Alert> : null}
      <div className="grid gap-3 sm:grid-cols-[12rem_1fr]">
        <Field label="Status" htmlFor="override-status">
          <Select id="override-status" value={status} onChange={(e) => setStatus(e.target.value as WeeklyStatus)}>
            {WEEKLY_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_TITLE[s]}
                {s === computed ? " (computed)" : ""}
              </option>
            ))}
          </Select>
        </Field>
        <Field
          label="Reason"
          htmlFor="override-reason"
          hint={`One paragraph, shown beside the computed status and logged. ${reason.length}/${MAX_OVERRIDE_REASON}`}
        >
          <Textarea
            id="override-reason"
            rows={3}
            maxLength={MAX_OVERRIDE_REASON}
            value={reason}
            onChange={(e) => setReason(e.target.value.replace(/[\r\n]+/g, " "))}
            required
          />
        </Field>
      </div>
      <div className="flex gap-2">
        <Button type="submit" size="sm" disabled={busy} data-testid="override-save">
          {set.isPending ? "Saving…" : "Save status"}
        </Button>
        <Button variant="secondary" size="sm" onClick={() => setOpen(false)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
