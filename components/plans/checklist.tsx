"use client";

import { cn } from "@/components/ui/cn";
import { useHydrated } from "@/components/ui/use-hydrated";
import type { ApiItem } from "@/lib/api/types";
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
  if (items.length === 0) return null;
  return (
    <ul className="space-y-1.5">
      {items.map((item) => {
        const id = `item-${item.id}`;
        return (
          <li key={item.id} className="flex items-start gap-2.5" data-testid="checklist-item">
            <input
              id={id}
              type="checkbox"
              checked={item.done}
              disabled={!canEdit || !hydrated}
              onChange={(e) => onToggle(item, e.target.checked)}
              className={cn(
                "mt-0.5 size-4 shrink-0 rounded border-slate-300 accent-brand-600",
                canEdit ? "cursor-pointer" : "cursor-not-allowed opacity-60",
              )}
              aria-busy={pendingIds?.has(item.id) || undefined}
            />
            <label
              htmlFor={id}
              className={cn("text-sm leading-5", item.done ? "text-slate-400 line-through" : "text-slate-700", canEdit && "cursor-pointer")}
            >
              <InlineText text={item.text} />
            </label>
          </li>
        );
      })}
    </ul>
  );
}
