import JSZip from 'jszip';
import { escapeXml } from './xml-escape.js';

/** A value to put in a cell of an existing workbook: text, or a date (ISO) written as a date serial. */
export type FillValue = { text: string } | { date: string };

/**
 * Fills cells of an existing .xlsx by editing the sheet XML in place: empty styled cells become
 * inline strings or numbers, keeping their style (a date format stays a date format). Much
 * faster than a full load and save, which matters when writing a thousand sample returns.
 */
export async function fillCells(
  template: JSZip,
  edits: Map<string, Map<string, FillValue>>,
  timestamp: Date,
): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, entry] of Object.entries(template.files)) {
    if (entry.dir) continue;
    const cells = edits.get(name);
    if (!cells) {
      zip.file(name, await entry.async('uint8array'), { date: timestamp, createFolders: false });
      continue;
    }
    let xml = await entry.async('string');
    for (const [address, value] of cells) xml = setCell(xml, address, value);
    zip.file(name, xml, { date: timestamp, createFolders: false });
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

function setCell(xml: string, address: string, value: FillValue): string {
  const re = new RegExp(`<c r="${address}"((?: [a-z]+="[^"]*")*?)(?: t="[a-zA-Z]+")?((?: [a-z]+="[^"]*")*?)\\s*(?:/>|>.*?</c>)`);
  const m = re.exec(xml);
  if (!m) throw new Error(`cell ${address} not found in the template`);
  // A cell that held text (a shared string) loses its old type: the new value sets its own.
  const attrs = `${m[1] ?? ''}${m[2] ?? ''}`.replace(/ t="[^"]*"/, '');
  const cell =
    'text' in value
      ? `<c r="${address}"${attrs} t="inlineStr"><is><t xml:space="preserve">${escapeXml(value.text)}</t></is></c>`
      : `<c r="${address}"${attrs}><v>${dateSerial(value.date)}</v></c>`;
  return xml.slice(0, m.index) + cell + xml.slice(m.index + m[0].length);
}

/** Days since 1899-12-30, the 1900 date system of Excel and LibreOffice. */
function dateSerial(iso: string): number {
  return Math.round((Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86400000);
}
