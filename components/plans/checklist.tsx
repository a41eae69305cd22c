"use client";

import { useState } from "react";
import { cn } from "@/components/ui/cn";
import { useHydrated } from "@/components/ui/use-hydrated";
import type { ApiItem } from "@/lib/plan/contract";
import { InlineText } from "./inline-text";

export function Checklist({
  items,
  canEdit,
  onToggle,
  pendingIds,
}: {
  items: ApiItem[];
  canEdit: boolean;
  onToggle: (item: ApiItem, done: boolean) => void;
  pendingIds?: ReadonlySet<string>;
}) {
  const hydrated = useHydrated();
  // The click's own value until the plan data changes that item: the query cache updates a tick
  // later, and a controlled checkbox would meanwhile be put back by React.
  const [clicked, setClicked] = useState<ReadonlyMap<string, { item: ApiItem; done: boolean }>>(new Map());
  if (items.length === 0) return null;
  return (
    <ul className="space-y-1.5">
      {items.map((item) => {
        const id = `item-${item.id}`;
        const click = clicked.get(item.id);
        const checked = click && click.item === item ? click.done : item.done;
        return (
          <li key={item.id} className="flex items-start gap-2.5" data-testid="checklist-item">
            <input
              id={id}
              type="checkbox"
              checked={checked}
              disabled={!canEdit || !hydrated}
              onChange={(e) => {
                const done = e.target.checked;
                setClicked((m) => new Map(m).set(item.id, { item, done }));
                onToggle(item, done);
              }}
              className={cn(
                "mt-0.5 size-4 shrink-0 rounded border-slate-300 accent-brand-600",
                canEdit ? "cursor-pointer" : "cursor-not-allowed opacity-60",
              )}
              aria-busy={pendingIds?.has(item.id) || undefined}
            />
            <label
              htmlFor={id}
              className={cn(
                "text-sm leading-5",
                checked ? "text-slate-400 line-through" : "text-slate-700",
                canEdit && "cursor-pointer",
              )}
            >
              <InlineText text={item.text} />
            </label>
          </li>
        );
      })}
    </ul>
  );
}
