/**
 * The source as lines, edited by original line number: lines are replaced, removed, or have
 * lines inserted after them; inserted lines keep the file's line ending.
 */
export class LineDoc {
  private readonly lines: string[];
  private readonly after = new Map<number, string[]>();
  private readonly removed = new Set<number>();
  readonly eol: string;
  constructor(text: string) {
    // CR, LF and CRLF all end a line, as they do for the parser.
    this.lines = text.split(/(?<=\r\n|\r(?!\n)|\n)/);
    this.eol = /\r\n|\r|\n/.exec(text)?.[0] ?? "\n";
  }
  get lastLine(): number {
    return this.lines.length;
  }
  /** Line text without its line ending; `n` is 1-based. */
  get(n: number): string {
    return (this.lines[n - 1] ?? "").replace(EOL, "");
  }
  set(n: number, text: string) {
    const old = this.lines[n - 1];
    if (old === undefined) return;
    this.lines[n - 1] = text + old.slice(old.replace(EOL, "").length);
  }
  insertAfter(n: number, text: string) {
    const list = this.after.get(n) ?? [];
    list.push(text);
    this.after.set(n, list);
  }
  /** Moves lines `from`..`to` (as they are when written out) to after line `n`. */
  move(from: number, to: number, n: number) {
    for (let i = from; i <= to; i++) this.removed.add(i);
    this.moves.push({ from, to, n });
  }
  private readonly moves: Array<{ from: number; to: number; n: number }> = [];
  toString(): string {
    for (const { from, to, n } of this.moves) for (let i = from; i <= to; i++) this.insertAfter(n, this.get(i));
    let out = "";
    this.after.get(0)?.forEach((t) => (out += t + this.eol));
    this.lines.forEach((line, i) => {
      const added = this.after.get(i + 1);
      if (!this.removed.has(i + 1)) {
        if (added && !EOL.test(line)) line += this.eol;
        out += line;
      }
      added?.forEach((t) => (out += t + this.eol));
    });
    return out;
  }
}

const EOL = /(?:\r\n|\r|\n)$/;
