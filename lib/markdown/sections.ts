import type { Heading, Root, RootContent } from "mdast";
import { endLine, inlineText, startLine } from "./mdast";

/** A heading with the blocks under it up to the next heading, and its sub-sections. */
export interface Section {
  heading: Heading | null;
  depth: number;
  /** Light markdown of the heading. */
  light: string;
  line: number;
  /** Last source line of the section, sub-sections included. */
  endLine: number;
  blocks: RootContent[];
  children: Section[];
  parent: Section | null;
}

/** The heading tree of a document; setext and ATX headings alike, headings in lists ignored. */
export function buildSections(root: Root): Section {
  const top: Section = {
    heading: null,
    depth: 0,
    light: "",
    line: 1,
    endLine: 1,
    blocks: [],
    children: [],
    parent: null,
  };
  const stack: Section[] = [top];
  for (const node of root.children) {
    if (node.type === "heading") {
      while (stack.length > 1 && stack[stack.length - 1]!.depth >= node.depth) stack.pop();
      const parent = stack[stack.length - 1]!;
      const section: Section = {
        heading: node,
        depth: node.depth,
        light: inlineText(node.children),
        line: startLine(node),
        endLine: endLine(node),
        blocks: [],
        children: [],
        parent,
      };
      parent.children.push(section);
      stack.push(section);
    } else {
      stack[stack.length - 1]!.blocks.push(node);
    }
    const last = endLine(node);
    for (const s of stack) s.endLine = Math.max(s.endLine, last);
  }
  return top;
}

/** Every section below `root` in document order (iterative: 50,000 headings must not recurse). */
export function allSections(root: Section): Section[] {
  const out: Section[] = [];
  const stack = [...root.children].reverse();
  while (stack.length) {
    const s = stack.pop()!;
    out.push(s);
    for (let i = s.children.length - 1; i >= 0; i--) stack.push(s.children[i]!);
  }
  return out;
}
