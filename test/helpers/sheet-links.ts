import { inspectContainer } from '../../src/workbook/inspect-container.js';

/**
 * The internal links of a sheet, read from its XML (exceljs drops links that have only a
 * location): cell address → location, e.g. "D9" → "Organisatie!B3". LibreOffice writes the same form.
 */
export function sheetLinks(bytes: Uint8Array, sheet: string): Map<string, string> {
  const inspection = inspectContainer(bytes);
  if (!inspection.ok) throw new Error(`not a workbook: ${inspection.finding.code}`);
  const part = inspection.info.sheets.find((s) => s.name === sheet)?.part;
  const xml = part ? (inspection.read(part) ?? '') : '';
  const out = new Map<string, string>();
  for (const m of xml.matchAll(/<hyperlink\b([^>]*)\/?>/g)) {
    const attr = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(m[1] ?? '')?.[1];
    const ref = attr('ref');
    const location = attr('location');
    if (ref && location) out.set(ref, location.replace(/&apos;/g, "'").replace(/&amp;/g, '&'));
  }
  return out;
}
