"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { isAppError } from "@/lib/errors";
import { newTempItemId, useAddTaskItem } from "@/lib/hooks/use-tasks";

export function AddItemForm({
  planId,
  taskId,
  kind,
}: {
  planId: string;
  taskId: string;
  kind: "checklist" | "criterion";
}) {
  const add = useAddTaskItem(planId);
  const [text, setText] = useState("");
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="space-y-1"
      onSubmit={(e) => {
        e.preventDefault();
        const value = text.trim();
        if (!value) return;
        setError(null);
        setText("");
        add.mutate(
          { taskId, input: { text: value, kind }, temp: newTempItemId() },
          {
            onError: (err) => {
              setText(value);
              setError(isAppError(err) ? err.message : "Could not add the item.");
            },
          },
        );
      }}
    >
      <div className="flex gap-2">
        <label className="min-w-0 flex-1">
          <span className="sr-only">New {kind === "criterion" ? "criterion" : "checklist item"}</span>
          <input
            value={text}
            onChange={(e) => setText(e.target.value)}
            maxLength={500}
            placeholder={kind === "criterion" ? "Add a criterion" : "Add a checklist item"}
            className="h-8 w-full rounded-md border-0 bg-white px-2.5 text-sm ring-1 ring-slate-300 ring-inset placeholder:text-slate-400 focus:ring-2 focus:ring-brand-500"
            data-testid="add-item-input"
          />
        </label>
        <Button type="submit" size="sm" variant="secondary" disabled={!text.trim()} data-testid="add-item-submit">
          Add
        </Button>
      </div>
      {error ? (
        <p role="alert" className="text-xs text-red-600">
          {error}
        </p>
      ) : null}
    </form>
  );
}
