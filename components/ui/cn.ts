import { twMerge } from "tailwind-merge";

/**
 * Join class names, skipping falsy ones; conflicting Tailwind utilities resolve to the last one,
 * so a caller's `className` reliably overrides a primitive's defaults (`px-4` then `px-2` → `px-2`).
 */
export function cn(...classes: Array<string | false | null | undefined>): string {
  return twMerge(classes.filter(Boolean).join(" "));
}
