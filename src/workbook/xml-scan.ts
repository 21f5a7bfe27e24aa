/**
 * The little XML this package reads by hand (sheet parts, workbook parts, properties): the
 * attributes of an element and the decoding of entities, shared by the container inspection,
 * the XML reader and the feedback copy's package edits.
 */

/** The attributes of an element's attribute text, decoded; names such as __proto__ are plain keys. */
export function attributes(source: string): Record<string, string> {
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const m of source.matchAll(/([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g)) out[m[1] ?? ''] = decodeXml(m[3] ?? m[4] ?? '');
  return out;
}

/**
 * Decodes the five entities and character references. A reference to a code point that XML does
 * not allow (beyond U+10FFFF, a surrogate, NUL and most controls) becomes U+FFFD, never an
 * exception: the reference is in a user's file, so it is input, not a bug.
 */
export function decodeXml(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) => {
    const lower = e.toLowerCase();
    if (lower.startsWith('#x')) return xmlChar(parseInt(lower.slice(2), 16));
    if (lower.startsWith('#')) return xmlChar(parseInt(lower.slice(1), 10));
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[lower] ?? e;
  });
}

/** The character for an XML 1.0 Char code point, else the replacement character. */
function xmlChar(cp: number): string {
  const allowed =
    cp === 0x9 ||
    cp === 0xa ||
    cp === 0xd ||
    (cp >= 0x20 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0x10ffff);
  return allowed ? String.fromCodePoint(cp) : '\uFFFD';
}
