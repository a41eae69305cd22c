import type { Root } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { gfm } from "micromark-extension-gfm";

/**
 * How a reader sees markdown the app wrote: CommonMark + GFM, as GitHub and most mail and chat
 * tools read it. `autolinks: false` leaves out GFM's literal autolinks (a bare `www.x.com` found
 * in text is linked after parsing, whatever the escaping), so tests can ask for exactly one text
 * node; the full GFM reading is checked apart.
 */
export function readMarkdown(text: string, { autolinks = true } = {}): Root {
  if (autolinks) return fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  return fromMarkdown(text, {
    extensions: [gfm(), { disable: { null: ["wwwAutolink", "protocolAutolink", "emailAutolink"] } }],
    mdastExtensions: gfmFromMarkdown().filter((e) => !e.transforms),
  });
}
