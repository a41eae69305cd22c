/**
 * Text and quoted attribute values of HTML the app writes as a string (the Atom feed's entry
 * content; React escapes everything it renders itself): `& < > " '` become entities, a carriage
 * return a reference (an HTML parser turns a raw one into a line feed), and NUL U+FFFD (which
 * HTML makes of it in an attribute and drops from text).
 */
export function escapeHtml(s: string): string {
  return s.replace(/\0/g, "\uFFFD").replace(/[&<>"'\r]/g, (c) => ENTITY[c]!);
}

const ENTITY: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
  "\r": "&#13;",
};
