"use client";

import { gfmFromMarkdown } from "mdast-util-gfm";
import { gfm } from "micromark-extension-gfm";
import { memo } from "react";
import Markdown from "react-markdown";
import rehypeSanitize from "rehype-sanitize";
import type { Processor } from "unified";

/** GFM (tables, task lists, strikethrough) for the parser: what remark-gfm adds, from the engine's own GFM packages. */
function remarkGfmParse(this: Processor) {
  const data = this.data() as { micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push(gfm());
  (data.fromMarkdownExtensions ??= []).push(gfmFromMarkdown());
}

/**
 * A task's source section, rendered inert: raw HTML is dropped (skipHtml), and rehype-sanitize
 * keeps only GitHub's safe subset (no `javascript:` links, no event handlers, no iframes).
 * Memoised on the text: the panel renders again on every tick, and a parse is milliseconds.
 */
export const SourceMarkdown = memo(function SourceMarkdown({ markdown }: { markdown: string }) {
  return (
    <div className="source-markdown space-y-2 text-sm leading-6 text-slate-700 [&_a]:text-brand-700 [&_a]:underline [&_code]:rounded [&_code]:bg-slate-100 [&_code]:px-1 [&_h1]:font-semibold [&_h2]:font-semibold [&_h3]:font-semibold [&_h4]:font-semibold [&_li]:ml-5 [&_ol]:list-decimal [&_pre]:overflow-x-auto [&_pre]:rounded [&_pre]:bg-slate-50 [&_pre]:p-2 [&_ul]:list-disc [&_table]:text-xs [&_td]:border [&_td]:px-1.5 [&_th]:border [&_th]:px-1.5">
      <Markdown skipHtml remarkPlugins={[remarkGfmParse]} rehypePlugins={[rehypeSanitize]}>
        {markdown}
      </Markdown>
    </div>
  );
});
