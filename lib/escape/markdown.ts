/**
 * Text from users written into markdown the app makes (the weekly summaries, the workspace's
 * week): whatever the text holds, a reader (CommonMark + GFM) sees exactly that text, never a new
 * list item, heading, link, emphasis or HTML. The engine's writer of plan files has its own
 * escaping in lib/markdown/escape.ts (it also keeps a file's own style); this one is for the
 * app's reports.
 *
 * - every character that can open inline markup is backslash-escaped (`\ ` * _ ~ [ ] < > | #`),
 *   and `&` where it would start a character reference;
 * - line breaks become character references (`&#10;`): a reference is text, so the next line can
 *   never start a block, and the text keeps its line break;
 * - spaces and tabs at either end become references too (a paragraph drops them otherwise, and
 *   four of them would open a code block);
 * - what opens a block at the start of a line (`- x`, `+ x`, `1. x`, `2) x`) is escaped there;
 * - NUL becomes U+FFFD, as every markdown reader does anyway.
 * GFM's literal autolinks are the one thing no escape stops: a reader links `www.example.com`
 * found in text after parsing, showing the same text.
 */
export function markdownText(s: string): string {
  const escaped = s
    .replace(/\0/g, "\uFFFD")
    .replace(/[\\`*_~[\]<>|#]/g, "\\$&")
    .replace(/&(?=#|[A-Za-z0-9]+;)/g, "\\&")
    .replace(/^[-+=]/, "\\$&")
    .replace(/^(\d+)([.)])/, "$1\\$2");
  return escaped
    .replace(/[\r\n]/g, reference)
    .replace(/^[ \t]+|[ \t]+$/g, (run) => Array.from(run, reference).join(""));
}

/**
 * One cell of a GFM table row: the cell's text exactly (its `|` cannot end the cell, its line
 * breaks cannot end the row, and the spaces a cell's edges lose are kept as references).
 */
export const markdownTableCell = (s: string): string => markdownText(s);

const reference = (c: string) => `&#${c.codePointAt(0)};`;
