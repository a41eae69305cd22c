/**
 * Join class names, skipping falsy ones; conflicting Tailwind utilities resolve to the last one,
 * so a caller's `className` reliably overrides a primitive's defaults (`px-4` then `px-2` → `px-2`,
 * `w-full` then `w-20` → `w-20`, `p-4` then `px-2` keeps both as px refines p).
 *
 * This is tailwind-merge's rule for the utility groups this app's components use (cn.test.ts
 * checks it against tailwind-merge on every class string in components/ and app/), in ~1 kB
 * instead of tailwind-merge's 9 kB gzip, which every page loaded. A class of no group here is
 * always kept, as tailwind-merge keeps classes it does not know.
 */
export function cn(...classes: Array<string | false | null | undefined>): string {
  const input = classes.filter(Boolean).join(" ");
  const hit = merged.get(input);
  if (hit !== undefined) return hit;
  const out = merge(input);
  if (merged.size >= MAX_MERGED) merged.clear();
  merged.set(input, out);
  return out;
}

/**
 * Results by input. A page renders the same few hundred class lists again and again (every row
 * of a list, on every tick), and merging one costs regexes per class: uncached, cn was the
 * largest script cost of a tick on a 5,000-task list. tailwind-merge keeps an LRU of 500 for the
 * same reason; clearing when full is enough here, as the app's class lists are few.
 */
const MAX_MERGED = 1000;
const merged = new Map<string, string>();

function merge(input: string): string {
  const tokens = input.trim().split(/\s+/);
  const seen = new Set<string>();
  const kept: string[] = [];
  // From the last class back: a class whose group a later class already set is dropped.
  for (let i = tokens.length - 1; i >= 0; i--) {
    const token = tokens[i]!;
    // A class given twice is kept once (the later): a repeat changes nothing.
    if (!token || seen.has(`=${token}`)) continue;
    seen.add(`=${token}`);
    // Variants end at the last colon outside brackets (`[overflow-wrap:anywhere]` has none).
    const cut = token.replace(/\[[^\]]*\]/g, (m) => "_".repeat(m.length)).lastIndexOf(":");
    const variants = token.slice(0, cut + 1);
    const group = groupOf(
      token
        .slice(cut + 1)
        .replace(/^!/, "")
        .replace(/^-/, ""),
    );
    if (group) {
      const key = variants + (token.includes("!") ? "!" : "") + group;
      if (seen.has(key)) continue;
      seen.add(key);
      for (const sub of REFINES[group] ?? []) seen.add(key.slice(0, key.length - group.length) + sub);
    }
    kept.push(token);
  }
  return kept.reverse().join(" ");
}

/** A group a class sets also sets these (a later `p-4` overrides an earlier `px-2`). */
const REFINES: Record<string, string[]> = {
  p: ["px", "py", "pt", "pr", "pb", "pl", "ps", "pe"],
  px: ["pr", "pl", "ps", "pe"],
  py: ["pt", "pb"],
  m: ["mx", "my", "mt", "mr", "mb", "ml", "ms", "me"],
  mx: ["mr", "ml", "ms", "me"],
  my: ["mt", "mb"],
  gap: ["gap-x", "gap-y"],
  size: ["w", "h"],
  inset: ["inset-x", "inset-y", "top", "right", "bottom", "left"],
  "inset-x": ["right", "left"],
  "inset-y": ["top", "bottom"],
  overflow: ["overflow-x", "overflow-y"],
  rounded: ["rounded-t", "rounded-r", "rounded-b", "rounded-l", "rounded-tl", "rounded-tr", "rounded-br", "rounded-bl"],
  "rounded-l": ["rounded-tl", "rounded-bl"],
  "rounded-r": ["rounded-tr", "rounded-br"],
  flex: ["shrink", "grow", "basis"],
  "sr-only": [
    "position",
    "p",
    "px",
    "py",
    "pt",
    "pr",
    "pb",
    "pl",
    "ps",
    "pe",
    "m",
    "mx",
    "my",
    "mt",
    "mr",
    "mb",
    "ml",
    "ms",
    "me",
    "w",
    "h",
    "size",
    "overflow",
    "overflow-x",
    "overflow-y",
    "whitespace",
    "clip",
  ],
  "line-clamp": ["display", "overflow"],
  "place-items": ["items", "justify-items"],
  "border-w": ["border-w-x", "border-w-y", "border-w-t", "border-w-r", "border-w-b", "border-w-l"],
};

const SIZES = /^(xs|sm|base|md|lg|xl|[2-9]xl|none|full|inner)$/;
const DISPLAY = new Set([
  "block",
  "inline-block",
  "inline",
  "flex",
  "inline-flex",
  "grid",
  "inline-grid",
  "table",
  "table-cell",
  "table-row",
  "contents",
  "hidden",
  "flow-root",
  "list-item",
]);
const POSITION = new Set(["static", "fixed", "absolute", "relative", "sticky"]);
/** Utilities without a value, in the group their valued forms have. */
const BARE: Record<string, string> = {
  border: "border-w",
  rounded: "rounded",
  shadow: "shadow",
  ring: "ring-w",
  outline: "outline-w",
  shrink: "shrink",
  grow: "grow",
};

/** Utilities with a dash-separated value: the prefix, and which values belong to which group. */
const VALUED: Array<[prefix: string, group: (value: string) => string | null]> = [
  [
    "text",
    (v) =>
      SIZES.test(v) || /^\[\d/.test(v)
        ? "text-size"
        : /^(left|center|right|justify|start|end)$/.test(v)
          ? "text-align"
          : /^(wrap|nowrap|balance|pretty|ellipsis|clip)$/.test(v)
            ? null
            : "text-color",
  ],
  [
    "font",
    (v) =>
      /^(thin|extralight|light|normal|medium|semibold|bold|extrabold|black)$/.test(v) ? "font-weight" : "font-family",
  ],
  [
    "bg",
    (v) =>
      /^(fixed|local|scroll|clip-|origin-|repeat|no-repeat|auto|cover|contain|top|bottom|left|right|center|none|linear-|radial-|conic-|gradient-)/.test(
        v,
      )
        ? null
        : "bg-color",
  ],
  [
    "rounded",
    (v) => {
      const m = /^(t|r|b|l|tl|tr|br|bl|s|e)(-|$)/.exec(v);
      return m ? `rounded-${m[1]}` : "rounded";
    },
  ],
  [
    "ring",
    (v) =>
      /^(\d+|\[\d.*\])$/.test(v)
        ? "ring-w"
        : v === "inset"
          ? "ring-inset"
          : v.startsWith("offset")
            ? /^offset-\d+$/.test(v)
              ? "ring-offset-w"
              : "ring-offset-color"
            : "ring-color",
  ],
  [
    "border",
    (v) => {
      const side = /^(x|y|t|r|b|l|s|e)(-|$)/.exec(v);
      if (side) return /^[a-z]+(-\d+)?$/.test(v) ? `border-w-${side[1]}` : `border-color-${side[1]}`;
      if (/^\d+$/.test(v)) return "border-w";
      return /^(solid|dashed|dotted|double|hidden|none)$/.test(v)
        ? "border-style"
        : /^(collapse|separate|spacing)/.test(v)
          ? null
          : "border-color";
    },
  ],
  ["shadow", (v) => (SIZES.test(v) ? "shadow" : "shadow-color")],
  [
    "outline",
    (v) =>
      /^\d+$/.test(v)
        ? "outline-w"
        : /^-?offset-/.test(v)
          ? "outline-offset"
          : /^(none|solid|dashed|dotted|double|hidden)$/.test(v)
            ? "outline-style"
            : "outline-color",
  ],
  [
    "flex",
    (v) =>
      /^(row|col)(-reverse)?$/.test(v)
        ? "flex-direction"
        : /^(wrap|nowrap|wrap-reverse)$/.test(v)
          ? "flex-wrap"
          : "flex",
  ],
  [
    "divide",
    (v) =>
      /^[xy](-\d+)?$/.test(v)
        ? `divide-w-${v[0]}`
        : /^(solid|dashed|dotted|double|none)$/.test(v)
          ? "divide-style"
          : "divide-color",
  ],
  ["stroke", (v) => (/^\d+$/.test(v) ? "stroke-w" : "stroke-color")],
  ["fill", () => "fill"],
  ["animate", () => "animate"],
  ["accent", () => "accent"],
  ["list", (v) => (/^(inside|outside)$/.test(v) ? "list-position" : "list-style")],
  ["leading", () => "leading"],
  ["tracking", () => "tracking"],
  ["whitespace", () => "whitespace"],
  ["items", () => "items"],
  ["justify", (v) => (/^(items|self)-/.test(v) ? `justify-${v.split("-")[0]}` : "justify")],
  ["self", () => "self"],
  ["opacity", () => "opacity"],
  ["z", () => "z"],
  ["cursor", () => "cursor"],
  ["line-clamp", () => "line-clamp"],
  ["grid-cols", () => "grid-cols"],
  ["col-span", () => "col-span"],
  ["overflow", (v) => (/^[xy]-/.test(v) ? `overflow-${v[0]}` : "overflow")],
  ["place-items", () => "place-items"],
];
const SIMPLE = [
  "px",
  "py",
  "pt",
  "pr",
  "pb",
  "pl",
  "ps",
  "pe",
  "p",
  "mx",
  "my",
  "mt",
  "mr",
  "mb",
  "ml",
  "ms",
  "me",
  "m",
  "min-w",
  "max-w",
  "min-h",
  "max-h",
  "w",
  "h",
  "size",
  "gap-x",
  "gap-y",
  "gap",
  "space-x",
  "space-y",
  "inset-x",
  "inset-y",
  "inset",
  "top",
  "right",
  "bottom",
  "left",
  "shrink",
  "grow",
  "basis",
  "order",
];

function groupOf(u: string): string | null {
  if (DISPLAY.has(u)) return "display";
  if (POSITION.has(u)) return "position";
  if (u === "truncate" || u === "text-ellipsis" || u === "text-clip") return "text-overflow";
  if (u in BARE) return BARE[u]!;
  const arbitrary = /^\[([a-z-]+):/.exec(u);
  if (arbitrary) return `[${arbitrary[1]}]`;
  if (u === "sr-only" || u === "not-sr-only") return "sr-only";
  if (/^(uppercase|lowercase|capitalize|normal-case)$/.test(u)) return "text-transform";
  if (/^break-(normal|words|all|keep)$/.test(u)) return "break";
  if (/^transition(-|$)/.test(u)) return "transition";
  if (/^(tabular|proportional)-nums$/.test(u)) return "numeric-spacing";
  if (/^(underline|overline|line-through|no-underline)$/.test(u)) return "text-decoration";
  for (const s of SIMPLE) if (u.startsWith(`${s}-`)) return s;
  for (const [prefix, group] of VALUED) if (u.startsWith(`${prefix}-`)) return group(u.slice(prefix.length + 1));
  return null;
}
