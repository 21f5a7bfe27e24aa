/**
 * Characters XML 1.0 forbids even as a character reference: C0 controls other than tab, line feed
 * and carriage return, lone surrogates, U+FFFE and U+FFFF. One of them makes a part unreadable.
 */
/* eslint-disable no-control-regex -- matching these control characters is the point */
export const NOT_XML =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/* eslint-enable no-control-regex */

/** Text for an XML element or attribute value: escaped, with what XML cannot hold left out. */
export function escapeXml(s: string): string {
  return s.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
