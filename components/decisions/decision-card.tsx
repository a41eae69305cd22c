"use client";

import Link from "next/link";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Textarea } from "@/components/ui/field";
import { useDecide } from "@/lib/hooks/use-decisions";
import type { ApiDecision } from "@/lib/plan/contract";
import type { TaskRef } from "@/lib/plan/tracking-views";

const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });

export function DecisionCard({
  planId,
  decision,
  heldTasks,
  canDecide,
}: {
  planId: string;
  decision: ApiDecision;
  heldTasks: TaskRef[];
  canDecide: boolean;
}) {
  const chosen = decision.options.find((o) => o.chosen) ?? null;
  const [optionId, setOptionId] = useState<string | null>(chosen?.id ?? null);
  const [rationale, setRationale] = useState(decision.rationale ?? "");
  const [error, setError] = useState<string | null>(null);
  // Someone else's choice arriving live (a new version) replaces what this form shows, unless the
  // user has started to change it: then their draft stays and saving it gives the conflict message.
  const [seen, setSeen] = useState({
    version: decision.version,
    optionId: chosen?.id ?? null,
    rationale: decision.rationale ?? "",
  });
  if (seen.version !== decision.version) {
    const untouched = optionId === seen.optionId && rationale === seen.rationale;
    const next = { version: decision.version, optionId: chosen?.id ?? null, rationale: decision.rationale ?? "" };
    setSeen(next);
    if (untouched) {
      setOptionId(next.optionId);
      setRationale(next.rationale);
    }
  }
  const decide = useDecide(planId);
  const group = `decision-${decision.id}`;
  const dirty =
    optionId !== (chosen?.id ?? null) || (optionId !== null && rationale.trim() !== (decision.rationale ?? ""));

  const save = (id: string | null) => {
    setError(null);
    decide.mutate(
      { decisionId: decision.id, input: { optionId: id, rationale: id ? rationale : null, version: decision.version } },
      { onError: (e) => setError(e.message), onSuccess: () => id === null && setRationale("") },
    );
  };

  return (
    <Card data-testid="decision" aria-labelledby={`${group}-title`}>
      <CardHeader
        title={<span id={`${group}-title`}>{decision.title}</span>}
        description={
          <span className="flex flex-wrap gap-x-3 gap-y-1">
            {decision.dueBy ? <span>Due: {decision.dueBy}</span> : <span>No due date</span>}
            {heldTasks.length ? (
              <span>
                Holds up {heldTasks.length} {heldTasks.length === 1 ? "task" : "tasks"}
              </span>
            ) : null}
          </span>
        }
        actions={<Badge tone={decision.status === "open" ? "amber" : "green"}>{decision.status}</Badge>}
      />
      <CardBody className="space-y-4">
        <fieldset>
          <legend className="sr-only">Options of {decision.title}</legend>
          <ul className="space-y-2">
            {decision.options.map((o) => (
              <li key={o.id}>
                <label
                  className={`flex items-start gap-3 rounded-md border px-3 py-2 text-sm ${o.chosen ? "border-emerald-300 bg-emerald-50" : "border-slate-200"}`}
                >
                  {canDecide ? (
                    <input
                      type="radio"
                      name={group}
                      className="mt-0.5 size-4 accent-brand-600"
                      checked={optionId === o.id}
                      onChange={() => setOptionId(o.id)}
                    />
                  ) : null}
                  <span className="min-w-0 flex-1 break-words text-slate-800">{o.text || "(untitled option)"}</span>
                  {o.recommended ? <Badge tone="violet">recommended</Badge> : null}
                  {o.chosen ? <Badge tone="green">chosen</Badge> : null}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        {decision.status === "decided" ? (
          <p className="text-sm text-slate-600" data-testid="decided-by">
            {decision.decidedAt ? (
              <>
                Decided by {decision.decidedByName ?? "a former member"} on {when(decision.decidedAt)}
              </>
            ) : (
              "Decided in the plan file"
            )}
            {decision.rationale ? (
              <span className="mt-1 block break-words whitespace-pre-wrap text-slate-800">“{decision.rationale}”</span>
            ) : null}
          </p>
        ) : null}
        {heldTasks.length ? (
          <div>
            <p className="text-xs font-medium tracking-wide text-slate-500 uppercase">Holds up</p>
            <ul className="mt-1 space-y-0.5 text-sm text-slate-700">
              {heldTasks.map((t) => (
                <li key={t.id} className="break-words">
                  <Link
                    href={`/plans/${planId}/tasks?task=${encodeURIComponent(t.id)}`}
                    className="hover:underline focus-visible:outline-2 focus-visible:outline-brand-600"
                  >
                    {t.key ? <span className="font-mono text-xs text-slate-500">{t.key} </span> : null}
                    {t.title}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {canDecide ? (
          <div className="space-y-2">
            <label htmlFor={`${group}-why`} className="block text-sm font-medium text-slate-700">
              Rationale
            </label>
            <Textarea
              id={`${group}-why`}
              rows={2}
              value={rationale}
              onChange={(e) => setRationale(e.target.value)}
              placeholder="Why this option?"
              className="w-full"
            />
            {error ? <Alert tone="error">{error}</Alert> : null}
            <div className="flex flex-wrap gap-2">
              <Button disabled={!optionId || !dirty || decide.isPending} onClick={() => save(optionId)}>
                {decision.status === "open" ? "Record decision" : "Save decision"}
              </Button>
              {decision.status === "decided" ? (
                <Button
                  variant="secondary"
                  disabled={decide.isPending}
                  onClick={() => {
                    setOptionId(null);
                    save(null);
                  }}
                >
                  Reopen
                </Button>
              ) : null}
            </div>
          </div>
        ) : null}
      </CardBody>
    </Card>
  );
}
