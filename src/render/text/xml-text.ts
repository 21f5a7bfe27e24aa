import { controlPicture } from './terminal-text.js';
import { NOT_XML } from '../../workbook/xml-escape.js';

/** Text content of an XML element: well-formed whatever the file name or cell held; what XML forbids is shown as a visible sign. */
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
