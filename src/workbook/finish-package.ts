/**
 * What exceljs writes (unpacked into parts), made into the package we ship: internal hyperlinks, the custom document
 * properties, and fixed entry dates in a fixed order. Works on the zip alone, without exceljs.
 */
import { columnLetter as colLetter } from './cell-address.js';
import { customPropertiesPart, customProperty, declareCustomProperties } from './custom-properties.js';
import type { OutputKind } from './output-stamp.js';
import { stampParts } from './stamp-output.js';
import { partText, setPartText, writePackage, type XlsxPackage } from './xlsx-package.js';
import type { WorkbookSpec } from './workbook-spec.js';
import { packZip } from './zip-writer.js';
import { escapeXml } from './xml-escape.js';

/**
 * Adds docProps/custom.xml (exceljs has no API for custom properties) and the internal links,
 * and packs the parts in a fixed order with fixed entry dates, so that the same spec gives the
 * same bytes. Without a stamp the package is deflated by writePackage (JSZip: the template's bytes
 * are those it always had); with one it is stamped and deflated once with node:zlib (packZip).
 */
export async function finishZip(parts: XlsxPackage, spec: WorkbookSpec, stamp: OutputKind | undefined): Promise<Uint8Array> {
  addLinks(parts, spec);
  const names = Object.keys(spec.custom);
  if (names.length > 0) {
    const props = names.map((name, i) => customProperty(i + 2, escapeXml(name), escapeXml(spec.custom[name] ?? ''))).join('');
    setPartText(parts, 'docProps/custom.xml', customPropertiesPart(props));
    if (partText(parts, '[Content_Types].xml') === undefined || partText(parts, '_rels/.rels') === undefined)
      throw new Error('exceljs wrote no content types or relationships');
    for (const [part, xml] of declareCustomProperties((name) => partText(parts, name) ?? '', 'rIdCustomProps'))
      setPartText(parts, part, xml);
  }
  const sorted: XlsxPackage = new Map(
    [...parts.keys()].sort(contentTypesFirst).map((name) => [name, parts.get(name) ?? new Uint8Array()]),
  );
  if (stamp) {
    // A part the stamp adds (the custom properties) comes last, as it always did.
    stampParts(sorted, stamp, spec.timestamp);
    return packZip(sorted, spec.timestamp, 'deflate');
  }
  return writePackage(sorted, spec.timestamp);
}

/**
 * exceljs writes every hyperlink with an external relationship, which LibreOffice then opens as a
 * file; an internal link needs only a location. The sheets are sheet1.xml, sheet2.xml ... in order.
 */
function addLinks(parts: XlsxPackage, spec: WorkbookSpec): void {
  for (const [i, sheet] of spec.sheets.entries()) {
    if (!sheet.links?.length) continue;
    const part = `xl/worksheets/sheet${i + 1}.xml`;
    const xml = partText(parts, part);
    if (!xml || xml.includes('<hyperlinks>')) throw new Error(`cannot add links to ${part}`);
    const links = sheet.links
      .map((l) => `<hyperlink ref="${colLetter(l.col)}${l.row}" location="${escapeXml(l.location)}"/>`)
      .join('');
    // In the schema's order, hyperlinks come right before printOptions / pageMargins.
    const at = xml.search(/<printOptions|<pageMargins/);
    if (at < 0) throw new Error(`no place for links in ${part}`);
    setPartText(parts, part, `${xml.slice(0, at)}<hyperlinks>${links}</hyperlinks>${xml.slice(at)}`);
  }
}

function contentTypesFirst(a: string, b: string): number {
  if (a === '[Content_Types].xml') return -1;
  if (b === '[Content_Types].xml') return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
