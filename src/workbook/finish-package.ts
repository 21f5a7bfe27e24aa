/**
 * What exceljs writes, made into the package we ship: internal hyperlinks, the custom document
 * properties, and fixed entry dates in a fixed order. Works on the zip alone, without exceljs.
 */
import JSZip from 'jszip';
import { columnLetter as colLetter } from './cell-address.js';
import { customPropertiesPart, customProperty, declareCustomProperties } from './custom-properties.js';
import type { WorkbookSpec } from './workbook-spec.js';
import { escapeXml } from './xml-escape.js';

/**
 * Adds docProps/custom.xml (exceljs has no API for custom properties) and re-packs the zip with
 * fixed entry dates, so that the same spec gives the same bytes.
 */
export async function finishZip(raw: Uint8Array, spec: WorkbookSpec, compression: 'STORE' | 'DEFLATE'): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(raw);
  await addLinks(zip, spec);
  const names = Object.keys(spec.custom);
  if (names.length > 0) {
    const props = names.map((name, i) => customProperty(i + 2, escapeXml(name), escapeXml(spec.custom[name] ?? ''))).join('');
    zip.file('docProps/custom.xml', customPropertiesPart(props));
    if (!zip.file('[Content_Types].xml') || !zip.file('_rels/.rels'))
      throw new Error('exceljs wrote no content types or relationships');
    await declareCustomProperties(zip, 'rIdCustomProps');
  }
  const out = new JSZip();
  for (const name of Object.keys(zip.files).sort(contentTypesFirst)) {
    const entry = zip.files[name];
    if (!entry || entry.dir) continue;
    out.file(name, await entry.async('uint8array'), { date: spec.timestamp, createFolders: false });
  }
  return out.generateAsync({ type: 'uint8array', compression, compressionOptions: { level: 6 } });
}

/**
 * exceljs writes every hyperlink with an external relationship, which LibreOffice then opens as a
 * file; an internal link needs only a location. The sheets are sheet1.xml, sheet2.xml ... in order.
 */
async function addLinks(zip: JSZip, spec: WorkbookSpec): Promise<void> {
  for (const [i, sheet] of spec.sheets.entries()) {
    if (!sheet.links?.length) continue;
    const part = `xl/worksheets/sheet${i + 1}.xml`;
    const xml = await zip.file(part)?.async('string');
    if (!xml || xml.includes('<hyperlinks>')) throw new Error(`cannot add links to ${part}`);
    const links = sheet.links
      .map((l) => `<hyperlink ref="${colLetter(l.col)}${l.row}" location="${escapeXml(l.location)}"/>`)
      .join('');
    // In the schema's order, hyperlinks come right before printOptions / pageMargins.
    const at = xml.search(/<printOptions|<pageMargins/);
    if (at < 0) throw new Error(`no place for links in ${part}`);
    zip.file(part, `${xml.slice(0, at)}<hyperlinks>${links}</hyperlinks>${xml.slice(at)}`);
  }
}

function contentTypesFirst(a: string, b: string): number {
  if (a === '[Content_Types].xml') return -1;
  if (b === '[Content_Types].xml') return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
