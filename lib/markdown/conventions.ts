import type { RootContent } from "mdast";
import type { Priority, Status } from "@/lib/plan/contract";
import { parseSizeDefinition } from "./estimate";
import { readFieldLine } from "./fields";
import { EMOJI, inlineText, plain, stripEmoji } from "./mdast";
import type { MarkerContext } from "./markers";
import { parseLegendLine } from "./priority";
import { scanBlocks } from "./scan";
import type { Section } from "./sections";
import { parsePointLegend, parseStatusLegend } from "./legends";
import { CONVENTIONAL_PRIORITY_EMOJI, DEFAULT_SIZES, LEGEND_HEADING, PHASE_HEADING } from "./vocabulary";

/** Conventions a plan declares for itself (its priority legend, its t-shirt sizes) and its preamble. */

export function readConventions(top: Section, preamble: readonly RootContent[]): MarkerContext {
  const legend = new Map<string, Priority>(CONVENTIONAL_PRIORITY_EMOJI);
  const statusLegend = new Map<string, Status>();
  const sizes: Record<string, readonly [number, number]> = { ...DEFAULT_SIZES };
  let pointHours: number | null = null;
  const lines: string[] = [];
  const visit = (blocks: readonly RootContent[]) => {
    const content = scanBlocks(blocks, null);
    for (const e of content.entries) lines.push(e.text);
    for (const t of content.tables) for (const r of t.rows) lines.push(r.cells.join(" | "));
    for (const b of blocks) if (b.type === "paragraph") lines.push(...inlineText(b.children).split("\n"));
  };
  visit(preamble);
  const stack = [...top.children];
  while (stack.length) {
    const s = stack.pop()!;
    if (LEGEND_HEADING.test(plain(s.light))) visit(s.blocks);
    stack.push(...s.children);
  }
  const own = new Set<string>();
  for (const line of lines) {
    const entry = parseLegendLine(line);
    // The plan's own legend wins over the conventional emoji.
    if (entry && !own.has(entry[0])) [own.add(entry[0]), legend.set(entry[0], entry[1])];
    const size = parseSizeDefinition(line);
    if (size) sizes[size[0]] = size[1];
    if (!entry)
      for (const [emoji, status] of parseStatusLegend(line))
        if (!statusLegend.has(emoji)) statusLegend.set(emoji, status);
    pointHours ??= parsePointLegend(line);
  }
  return { legend, sizes, statusLegend, pointHours };
}

export function readMeta(preamble: readonly RootContent[]): Record<string, string> {
  const meta: Record<string, string> = {};
  for (const node of preamble) {
    const paragraphs =
      node.type === "paragraph"
        ? [node]
        : node.type === "list"
          ? node.children.map((i) => i.children[0]).filter((p) => p?.type === "paragraph")
          : [];
    for (const p of paragraphs) {
      if (p?.type !== "paragraph") continue;
      for (const line of inlineText(p.children).split("\n")) {
        const f = readFieldLine(line, "any");
        if (f && plain(f.value) && !(f.name in meta)) meta[f.name] = plain(f.value);
      }
    }
  }
  return meta;
}

function titleFromFileName(fileName: string | undefined): string {
  if (!fileName) return "Untitled plan";
  const base = fileName
    .split(/[\\/]/)
    .pop()!
    .replace(/\.(?:md|markdown|txt)$/i, "");
  return base.replace(/[-_]+/g, " ").trim() || "Untitled plan";
}

/**
 * The plan's title section and the sections below it: the first level-1 heading is the title,
 * unless the plan uses level 1 for its phases.
 */
export function splitTitle(top: Section): {
  titleSection: Section | null;
  topLevel: Section[];
  preamble: RootContent[];
} {
  const firstH1 = top.children.find((s) => s.depth === 1) ?? null;
  const h1Count = top.children.filter((s) => s.depth === 1).length;
  const titleSection =
    firstH1 && !(h1Count > 1 && PHASE_HEADING.test(plain(firstH1.light).replace(EMOJI, "").trim())) ? firstH1 : null;
  const topLevel = [...(titleSection?.children ?? []), ...top.children.filter((s) => s !== titleSection)];
  const preamble = [...top.blocks, ...(titleSection?.blocks ?? [])];
  return { titleSection, topLevel, preamble };
}

export function planTitle(titleSection: Section | null, fileName: string | undefined): string {
  return titleSection ? stripEmoji(plain(titleSection.light)) : titleFromFileName(fileName);
}
