import type ExcelJS from 'exceljs';
import { inspectContainer, isSheetProtected } from '../../src/workbook/inspect-container.js';
import { partText, readPackage, type XlsxPackage } from '../../src/workbook/xlsx-package.js';
import { cellText, loadWorkbook } from './template-workbook.js';

/** Reading a feedback copy back, the way the tests check what a person and a program see. */

export function packageOf(bytes: Uint8Array): XlsxPackage {
  return readPackage(bytes, 100 * 1024 * 1024);
}

/** Sheet name → its XML, in workbook order. */
export function sheetXml(bytes: Uint8Array): Map<string, string> {
  const inspection = inspectContainer(bytes);
  if (!inspection.ok) throw new Error(inspection.finding.code);
  const parts = packageOf(bytes);
  return new Map(inspection.info.sheets.map((s) => [s.name, partText(parts, s.part) ?? '']));
}

export function protectedSheets(bytes: Uint8Array): string[] {
  return [...sheetXml(bytes)].filter(([, xml]) => isSheetProtected(xml)).map(([name]) => name);
}

/** The <fill> elements of styles.xml, in order. */
export function fills(bytes: Uint8Array): string[] {
  const styles = partText(packageOf(bytes), 'xl/styles.xml') ?? '';
  const section = /<(?:\w+:)?fills\b[^>]*>([\s\S]*?)<\/(?:\w+:)?fills>/.exec(styles)?.[1] ?? '';
  return [...section.matchAll(/<(?:\w+:)?fill\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?fill>)/g)].map((m) => m[0]);
}

/** Every RRGGBB colour named in a fill (fgColor and bgColor), upper case. */
export function fillColours(fill: string): string[] {
  return [...fill.matchAll(/rgb="(?:[0-9A-F]{2})?([0-9A-F]{6})"/gi)].map((m) => (m[1] ?? '').toUpperCase());
}

/** The internal hyperlinks of a sheet: the cell they sit in and where they go. */
export function hyperlinks(xml: string): Array<{ ref: string; location: string }> {
  return [...xml.matchAll(/<(?:\w+:)?hyperlink\b([^>]*?)\/?>/g)].map((m) => ({
    ref: /\sref="([^"]*)"/.exec(m[1] ?? '')?.[1] ?? '',
    location: (/\slocation="([^"]*)"/.exec(m[1] ?? '')?.[1] ?? '').replace(/&apos;/g, "'").replace(/&amp;/g, '&'),
  }));
}

/** 'Sheet name'!E12 (or Sheet!E12, or #Sheet!E12) → its sheet and cell. */
export function parseLocation(location: string): { sheet: string; cell: string } | undefined {
  const m = /^#?(?:'((?:[^']|'')+)'|([^!]+))!\$?([A-Z]{1,3})\$?(\d+)$/.exec(location);
  if (!m) return undefined;
  return { sheet: m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? ''), cell: `${m[3] ?? ''}${m[4] ?? ''}` };
}

/** The text of every row of a sheet, read by exceljs. */
export async function sheetRows(bytes: Uint8Array, sheet: string): Promise<string[][]> {
  const wb = await loadWorkbook(bytes);
  const ws = wb.getWorksheet(sheet);
  if (!ws) throw new Error(`no sheet ${sheet}`);
  const rows: string[][] = [];
  ws.eachRow((row) => rows.push((row.values as ExcelJS.CellValue[]).slice(1).map((v) => cellText(v))));
  return rows;
}

/** The sheet XML with the style of these cells taken out, to compare everything else. */
export function withoutStyles(xml: string, cells: ReadonlySet<string>): string {
  return xml.replace(/<((?:\w+:)?c)\b([^>]*?)(\/?)>/g, (whole, tag: string, attrs: string, close: string) => {
    const r = /\sr="([A-Z]+\d+)"/.exec(attrs)?.[1] ?? '';
    return cells.has(r) ? `<${tag} r="${r}"${close}>` : whole;
  });
}
