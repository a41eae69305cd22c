/**
 * Text and attribute values of an XML document (the Atom feed): `& < > " '` become entities, and
 * tab, line feed and carriage return become character references, so a parser hands back exactly
 * the text (an XML parser turns a raw CR into LF, and raw tabs and line breaks in an attribute
 * into spaces). Characters XML 1.0 cannot carry at all (most C0 controls, lone surrogates, U+FFFE,
 * U+FFFF) are dropped: a feed must never be malformed.
 */
export function escapeXml(s: string): string {
  return s.replace(NOT_XML, "").replace(/[&<>"'\t\n\r]/g, (c) => ENTITY[c]!);
}

// eslint-disable-next-line no-control-regex
const NOT_XML =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const ENTITY: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
  "\t": "&#9;",
  "\n": "&#10;",
  "\r": "&#13;",
};
