"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { isAppError } from "@/lib/errors";
import { useUpdateRoadmapSettings } from "@/lib/hooks/use-roadmap";

export interface SettingsFormValues {
  startDate: string | null;
  targetDate: string | null;
  defaults: { startDate: string; targetDate: string | null };
  hoursPerWeek: number;
  unnamedPeople: number | null;
  ownerHours: Record<string, number>;
}

const num = (s: FormDataEntryValue | null) => Number(String(s ?? "").trim());

/** Editors' roadmap settings. Saving re-renders the server-built forecast at once. */
export function RoadmapSettingsForm({
  planId,
  values,
  owners,
}: {
  planId: string;
  values: SettingsFormValues;
  owners: string[];
}) {
  const router = useRouter();
  const update = useUpdateRoadmapSettings(planId);
  const [refreshing, startRefresh] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setError(null);
    setSaved(false);
    const form = new FormData(e.currentTarget);
    const date = (k: string) => String(form.get(k) ?? "").trim() || null;
    const ownerHours: Record<string, number> = {};
    owners.forEach((o, i) => {
      const v = String(form.get(`owner-${i}`) ?? "").trim();
      if (v) ownerHours[o] = num(v);
    });
    update.mutate(
      {
        startDate: date("startDate"),
        targetDate: date("targetDate"),
        hoursPerWeek: num(form.get("hoursPerWeek")),
        unnamedPeople: String(form.get("unnamedPeople") ?? "").trim() ? num(form.get("unnamedPeople")) : null,
        ownerHours,
      },
      {
        onSuccess: () => {
          setSaved(true);
          startRefresh(() => router.refresh());
        },
        onError: (err) => setError(isAppError(err) ? err.message : "Could not save the settings."),
      },
    );
  };
  const busy = update.isPending || refreshing;
  return (
    <form onSubmit={submit} className="space-y-4" data-testid="roadmap-settings" aria-label="Roadmap settings">
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Start date" htmlFor="rm-start" hint={`Plan's own: ${values.defaults.startDate}. Empty uses it.`}>
          <Input id="rm-start" name="startDate" type="date" defaultValue={values.startDate ?? ""} />
        </Field>
        <Field
          label="Target date"
          htmlFor="rm-target"
          hint={values.defaults.targetDate ? `Plan's own: ${values.defaults.targetDate}.` : "The plan names none."}
        >
          <Input id="rm-target" name="targetDate" type="date" defaultValue={values.targetDate ?? ""} />
        </Field>
        <Field label="Hours per week (each person)" htmlFor="rm-hours">
          <Input
            id="rm-hours"
            name="hoursPerWeek"
            type="number"
            min={1}
            max={168}
            required
            defaultValue={values.hoursPerWeek}
          />
        </Field>
        <Field
          label="Unnamed people (for tasks without an owner)"
          htmlFor="rm-people"
          hint={`Empty: as many as the named owners (${Math.max(1, owners.length)}).`}
        >
          <Input
            id="rm-people"
            name="unnamedPeople"
            type="number"
            min={1}
            max={100}
            placeholder={String(Math.max(1, owners.length))}
            defaultValue={values.unnamedPeople ?? ""}
          />
        </Field>
      </div>
      {owners.length ? (
        <fieldset>
          <legend className="text-sm font-medium text-slate-700">
            Hours per week of single owners (empty: the plan&apos;s)
          </legend>
          <div className="mt-2 grid max-h-64 gap-2 overflow-y-auto sm:grid-cols-3">
            {owners.map((o, i) => (
              <label key={o} className="flex items-center gap-2 text-sm text-slate-700">
                <span className="min-w-0 flex-1 truncate" title={o}>
                  {o}
                </span>
                <Input
                  name={`owner-${i}`}
                  type="number"
                  min={1}
                  max={168}
                  className="w-20"
                  defaultValue={values.ownerHours[o] ?? ""}
                  aria-label={`Hours per week of ${o}`}
                />
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
      {error ? <Alert tone="error">{error}</Alert> : null}
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={busy} data-testid="roadmap-settings-save">
          {busy ? "Updating forecast…" : "Save and update forecast"}
        </Button>
        {saved && !busy ? (
          <span className="text-xs text-emerald-700" role="status">
            Saved; the forecast above is updated.
          </span>
        ) : null}
      </div>
    </form>
  );
}
