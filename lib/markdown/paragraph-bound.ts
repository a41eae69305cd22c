import { PlanInputError } from "./errors";

/**
 * micromark resolves emphasis and link brackets per paragraph by scanning back over the
 * delimiters still open, so a paragraph full of marks that never pair (`*a_*a_…`, `a]a]…`) costs
 * the square of their number or worse: 16 KB of `*a_` took 1.3 s, 64 KB 23 s. Matched marks are
 * cheap, but they cannot be told apart without parsing, so the bound counts every mark that could
 * be a delimiter and is set far above what a written paragraph holds (a paragraph with 4,000 marks
 * is a thousand lines of bold text without one blank line) and low enough that the worst such
 * paragraph parses in a fraction of a second. Tables are parsed row by row and list items one by
 * one, so they count per row and per item. The per-parse time limit of the server is the guarantee;
 * this bound gives the clear answer early.
 */
export const MAX_PARAGRAPH_MARKS = 4000;

/** `*` and `~` runs, `[` and `]`, and `_` runs that are not inside a word (snake_case cannot open). */
const MARK = /\*+|~+|\[|\]|(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu;
const BLANK = /^[ \t>]*$/;
/** Starts of blocks that begin a new inline span: list items and ATX headings (inside quotes too). */
const NEW_SPAN = /^[ \t>]*(?:[-*+]|\d{1,9}[.)]|#{1,6})(?:[ \t]|$)/;
/** A GFM table's delimiter row (`|---|:--:|`), which turns the block into rows parsed one by one. */
const TABLE_DELIMITER =
  /^[ \t>]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$|^[ \t>]*\|[ \t]*:?-+:?[ \t]*\|?[ \t]*$/;

/** Counts marks per inline span, line by line; throws `too_complex` past the bound. */
export class ParagraphBound {
  private marks = 0;
  private startLine = 0;
  private inTable = false;

  constructor(private readonly max = MAX_PARAGRAPH_MARKS) {}

  /** A line outside code fences and HTML comments, 1-based `line`. */
  line(text: string, line: number): void {
    if (BLANK.test(text)) return this.end();
    if (this.inTable || NEW_SPAN.test(text)) this.marks = 0;
    if (TABLE_DELIMITER.test(text)) {
      this.inTable = true;
      this.marks = 0;
      return;
    }
    if (this.marks === 0) this.startLine = line;
    this.marks += countMarks(text);
    if (this.marks > this.max) throw tooComplex(this.startLine, this.max);
  }

  /** A line that ends any paragraph: blank, or a code fence / comment boundary. */
  end(): void {
    this.marks = 0;
    this.inTable = false;
  }
}

function countMarks(text: string): number {
  let n = 0;
  MARK.lastIndex = 0;
  while (MARK.exec(text)) n++;
  return n;
}

function tooComplex(line: number, max: number): PlanInputError {
  return new PlanInputError(
    "too_complex",
    `The paragraph at line ${line} has more than ${max.toLocaleString("en-US")} emphasis, strike-through or link marks (* _ ~ [ ]); ` +
      "reading it would take minutes. Break it up with blank lines and import again.",
  );
}
