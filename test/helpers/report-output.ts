import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Report } from '../../src/report/report-model.js';
import { cellText, loadWorkbook } from './template-workbook.js';
import { parseOutput } from './output-schema.js';

/** The five files `weerbaar report` writes into its output folder. */
export const REPORT_FILES = ['rapportage.xlsx', 'rapportage.json', 'rapportage.md', 'rapportage.html', 'rapportage.csv'] as const;

/** Everything one report run wrote, read back. */
export interface ReportOutput {
  dir: string;
  json: Report;
  md: string;
  html: string;
  csv: string;
  xlsxBytes: Uint8Array;
  wb: ExcelJS.Workbook;
}

export async function readReportOutput(dir: string): Promise<ReportOutput> {
  const text = (name: string) => readFileSync(path.join(dir, name), 'utf8');
  const xlsxBytes = new Uint8Array(readFileSync(path.join(dir, 'rapportage.xlsx')));
  return {
    dir,
    json: parseOutput<Report>('report', text('rapportage.json')),
    md: text('rapportage.md'),
    html: text('rapportage.html'),
    csv: text('rapportage.csv'),
    xlsxBytes,
    wb: await loadWorkbook(xlsxBytes),
  };
}

export const sha256Of = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');

/** Same rounding as the report: one decimal. */
export const round1 = (x: number): number => Math.round(x * 10) / 10;

/** A minimal RFC 4180 reader (quotes, doubled quotes, CRLF), for checking rapportage.csv cell by cell. */
export function parseCsv(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === separator) {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** The rows of one worksheet as plain text per cell (1-based rows and columns, '' for empty). */
export function sheetRows(ws: ExcelJS.Worksheet): string[][] {
  const out: string[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      cells[c] = cellText(cell.value);
    });
    out[r] = Array.from({ length: cells.length }, (_, i) => cells[i] ?? '');
  });
  return out;
}

/**
 * A table on a sheet, read from its header row down to the first row that is empty in every column: one record per row,
 * keyed by header text. Also gives the raw cells, to check their type.
 */
export function sheetTable(
  ws: ExcelJS.Worksheet,
  headerRow: number,
): Array<{ row: number; values: Record<string, ExcelJS.Cell> }> {
  const headers = new Map<number, string>();
  ws.getRow(headerRow).eachCell((cell, col) => {
    headers.set(col, cellText(cell.value));
  });
  const out: Array<{ row: number; values: Record<string, ExcelJS.Cell> }> = [];
  for (let r = headerRow + 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const values: Record<string, ExcelJS.Cell> = {};
    for (const [col, header] of headers) values[header] = row.getCell(col);
    if (Object.values(values).every((c) => cellText(c.value) === '')) break;
    out.push({ row: r, values });
  }
  return out;
}

/** Every text in a workbook: each cell's text on every sheet read by exceljs, plus the raw XML of every part. */
export async function workbookTexts(bytes: Uint8Array): Promise<{ cells: string[]; parts: Record<string, string> }> {
  const wb = await loadWorkbook(bytes);
  const cells: string[] = [];
  wb.eachSheet((ws) => {
    cells.push(ws.name);
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const v = cell.value;
        cells.push(cellText(v));
        if (v && typeof v === 'object' && 'formula' in v) cells.push(String(v.formula));
      }),
    );
  });
  const zip = await JSZip.loadAsync(bytes);
  const parts: Record<string, string> = {};
  for (const [name, entry] of Object.entries(zip.files)) if (!entry.dir) parts[name] = await entry.async('string');
  return { cells, parts };
}

/**
 * URLs that a browser would fetch or follow from an HTML page: src/href/srcset/action/poster
 * attributes and CSS url() and @import with an absolute (http:, https:) or protocol-relative (//) address.
 */
export function externalReferences(html: string): string[] {
  const found: string[] = [];
  const attr = /\b(?:src|href|srcset|action|poster|data|xlink:href)\s*=\s*(["']?)\s*((?:https?:)?\/\/[^"'\s>]*)/gi;
  const css = /url\(\s*(["']?)\s*((?:https?:)?\/\/[^)"']*)/gi;
  const imports = /@import\s+(["'])((?:https?:)?\/\/[^"']*)/gi;
  for (const re of [attr, css, imports]) for (const m of html.matchAll(re)) found.push(m[2] ?? '');
  return found;
}
