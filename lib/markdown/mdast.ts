import type { Nodes, PhrasingContent, Root, RootContent } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { gfm } from "micromark-extension-gfm";
import { PlanInputError } from "./errors";
import { ParagraphBound } from "./paragraph-bound";

/** Lists and quotes nested deeper than this are refused: no plan needs them, and mdast's
 * parse of them grows cubically (600 levels: 8 s) and its GFM transforms recurse per level. */
export const MAX_NESTING = 100;

/** Chunks of about this size are parsed one by one: micromark's memory grows with its input. */
const CHUNK_CHARS = 8 * 1024;

const parseOne = (text: string): Root =>
  fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });

/**
 * The mdast of a plan: CommonMark + GFM (tables, task lists, strike-through), positions kept.
 * A large plan is parsed in chunks cut at top-level ATX headings (outside code fences and HTML
 * comments), where no block can continue across the cut, and the trees are joined with their
 * positions shifted: the same tree, at a fraction of the peak memory.
 */
export function parseMarkdown(text: string, chunkChars = CHUNK_CHARS): Root {
  const chunks = splitForParsing(text, chunkChars);
  if (chunks.length === 1) return parseOne(text);
  const root: Root = { type: "root", children: [] };
  for (const chunk of chunks) {
    const tree = parseOne(text.slice(chunk.offset, chunk.end));
    shiftPositions(tree, chunk.line - 1, chunk.offset);
    for (const child of tree.children) root.children.push(child);
    root.position = { start: { line: 1, column: 1, offset: 0 }, end: tree.position!.end };
  }
  return root;
}

interface Chunk {
  offset: number;
  end: number;
  line: number;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX = /^#{1,6}(?:[ \t]|\r?$)/;

/** Cut points, the nesting guard and the paragraph bound, in one pass over the lines. */
function splitForParsing(text: string, chunkChars: number): Chunk[] {
  const chunks: Chunk[] = [];
  const paragraphs = new ParagraphBound();
  let start = 0;
  let startLine = 1;
  let fence: string | null = null;
  let inComment = false;
  let line = 1;
  for (let at = 0; at < text.length; line++) {
    const nl = nextLineBreak(text, at);
    const lineText = text.slice(at, nl.index);
    if (fence) {
      const close = FENCE.exec(lineText);
      if (
        close &&
        close[1]![0] === fence[0] &&
        close[1]!.length >= fence.length &&
        !lineText.slice(close[0].length).trim()
      )
        fence = null;
    } else if (inComment) {
      if (lineText.includes("-->")) inComment = false;
    } else {
      const open = FENCE.exec(lineText);
      if (open) fence = open[1]!;
      else if (lineText.includes("<!--") && !lineText.slice(lineText.indexOf("<!--")).includes("-->")) inComment = true;
      else if (ATX.test(lineText) && at - start >= chunkChars) {
        chunks.push({ offset: start, end: at, line: startLine });
        [start, startLine] = [at, line];
      }
      if (open || inComment) paragraphs.end();
      else paragraphs.line(lineText, line);
      assertNesting(lineText, line);
    }
    at = nl.next;
  }
  chunks.push({ offset: start, end: text.length, line: startLine });
  return chunks;
}

function nextLineBreak(text: string, from: number): { index: number; next: number } {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) return { index: i, next: i + 1 };
    if (c === 13) return { index: i, next: text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1 };
  }
  return { index: text.length, next: text.length };
}

const CONTAINER_PREFIX = /^(?:[ \t]|>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))*/;

function assertNesting(lineText: string, line: number) {
  if (lineText.length < MAX_NESTING) return;
  const prefix = CONTAINER_PREFIX.exec(lineText)![0];
  const markers = prefix.replace(/[ \t]/g, "").replace(/\d{1,9}[.)]/g, "1").length;
  const indent = /^[ \t]*/.exec(prefix)![0].replace(/\t/g, "    ").length;
  const depth = markers + Math.floor(indent / 2);
  if (depth > MAX_NESTING)
    throw new PlanInputError(
      "too_deep",
      `Line ${line} nests lists or quotes about ${depth} levels deep (more than ${MAX_NESTING}); flatten it and import again.`,
    );
}

/** Moves every position of a chunk's tree to where the chunk stands in the whole text. */
function shiftPositions(tree: Root, lines: number, offset: number) {
  const stack: Nodes[] = [tree];
  while (stack.length) {
    const node = stack.pop()!;
    const p = node.position;
    if (p) {
      p.start = { line: p.start.line + lines, column: p.start.column, offset: (p.start.offset ?? 0) + offset };
      p.end = { line: p.end.line + lines, column: p.end.column, offset: (p.end.offset ?? 0) + offset };
    }
    if ("children" in node) for (const child of node.children as Nodes[]) stack.push(child);
  }
}

export const startLine = (node: Nodes): number => node.position?.start.line ?? 1;
export const endLine = (node: Nodes): number => node.position?.end.line ?? startLine(node);

/**
 * Inline content as light markdown: `**strong**`, `~~deleted~~`, `` `code` `` kept as markers so
 * field and key patterns can see them; links and emphasis reduced to their text; raw HTML
 * dropped (it is never shown); hard and soft breaks as "\n", so lines keep their source lines.
 */
export function inlineText(nodes: readonly PhrasingContent[] | readonly RootContent[]): string {
  let out = "";
  // An explicit stack instead of recursion: deeply nested inline markup must not overflow.
  const stack: Array<Nodes | string> = [...nodes].reverse() as Array<Nodes | string>;
  while (stack.length) {
    const node = stack.pop()!;
    if (typeof node === "string") {
      out += node;
      continue;
    }
    switch (node.type) {
      case "text":
        out += protectLiteral(node.value);
        break;
      case "inlineCode":
        out += "`" + node.value + "`";
        break;
      case "break":
        out += "\n";
        break;
      case "strong":
        pushWrapped(stack, node.children, "**");
        break;
      case "delete":
        pushWrapped(stack, node.children, "~~");
        break;
      case "html":
      case "image":
      case "imageReference":
      case "footnoteReference":
        break;
      default:
        if ("children" in node) pushWrapped(stack, node.children as Nodes[], "");
        else if ("value" in node && typeof node.value === "string") out += node.value;
    }
  }
  return out;
}

function pushWrapped(stack: Array<Nodes | string>, children: readonly Nodes[], marker: string) {
  if (marker) stack.push(marker);
  for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  if (marker) stack.push(marker);
}

/**
 * Literal `*`, `~~` and `` ` `` of the text (escaped in the source, `\*\*x\*\*`) stand in light
 * markdown as noncharacters, so they are never taken for the markers `**`, `~~` and `` ` ``
 * that plain() removes: an owner written `\*\*x\*\*` reads back as `**x**`.
 */
const LITERAL: Readonly<Record<string, string>> = { "*": "\uFDD0", "~": "\uFDD1", "`": "\uFDD2" };
const LITERAL_BACK: Readonly<Record<string, string>> = { "\uFDD0": "*", "\uFDD1": "~", "\uFDD2": "`" };

function protectLiteral(text: string): string {
  return text.replace(/\*|~~|`/g, (m) => (m === "~~" ? "\uFDD1\uFDD1" : LITERAL[m]!));
}

/** Light markdown with its literal characters as written (for text kept with its markers). */
export function unprotect(text: string): string {
  return text.replace(/[\uFDD0-\uFDD2]/g, (m) => LITERAL_BACK[m]!);
}

/**
 * Light markdown → plain text: markers removed, whitespace folded. Literal characters stay
 * noncharacters (so reading a title twice never takes them for markers); parsePlan turns them
 * back into what they are in the plan it returns.
 */
export function plain(text: string): string {
  return text
    .replace(/\*\*|~~|`/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** Emoji and pictographs (with their joiners and variation selectors), for stripping from titles. */
export const EMOJI =
  /(?:\p{Extended_Pictographic}|\p{Regional_Indicator})(?:\uFE0F|\u200D|\p{Emoji_Modifier}|\p{Extended_Pictographic})*|[\uFE0F\u200D]/gu;

export function stripEmoji(text: string): string {
  return text.replace(EMOJI, " ").replace(/\s+/g, " ").trim();
}
