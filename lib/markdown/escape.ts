/**
 * One line of inert markdown text: punctuation that could start markup is escaped, so a title
 * such as `__init__.py` or `<br>` reads back as exactly itself.
 */
export function escapeText(s: string): string {
  return (
    s
      .replace(/[\r\n]+/g, " ")
      .trim()
      .replace(/[\\`*_~[\]<>|&!#]/g, "\\$&")
      // What would open a block at the start of a line (`+ x`, `1. x`, `= x`) stays text.
      .replace(/^([+\-=])/, "\\$1")
      .replace(/^(\d+)([.)])/, "$1\\$2")
  );
}
