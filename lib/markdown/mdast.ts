import type { Nodes, PhrasingContent, Root, RootContent } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { gfm } from "micromark-extension-gfm";

/** The mdast of a plan: CommonMark + GFM (tables, task lists, strike-through), positions kept. */
export function parseMarkdown(text: string): Root {
  return fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
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
        out += node.value;
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

/** Light markdown → plain text: markers removed, whitespace folded. */
export function plain(text: string): string {
  return text
    .replace(/\*\*|~~|`/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** Emoji and pictographs (with their joiners and variation selectors), for stripping from titles. */
export const EMOJI = /(?:\p{Extended_Pictographic}|\p{Regional_Indicator})(?:\uFE0F|\u200D|\p{Emoji_Modifier}|\p{Extended_Pictographic})*|[\uFE0F\u200D]/gu;

export function stripEmoji(text: string): string {
  return text.replace(EMOJI, " ").replace(/\s+/g, " ").trim();
}
