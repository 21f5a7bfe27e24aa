import { controlPicture } from './terminal-text.js';

/**
 * Characters XML 1.0 forbids even as a character reference: C0 controls other than tab, line feed
 * and carriage return, lone surrogates, U+FFFE and U+FFFF. Shown as visible signs instead.
 */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text content of an XML element: well-formed whatever the file name or cell held. */
export function xmlText(text: string): string {
  return text
    .replace(NOT_XML, (c) => (c.length === 1 && c.charCodeAt(0) < 0x20 ? controlPicture(c) : '\ufffd'))
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;');
}

/** An attribute value in double quotes: as text, with quotes and the whitespace a parser would normalise kept as references. */
export function xmlAttribute(text: string): string {
  return xmlText(text).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}
