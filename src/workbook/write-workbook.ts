/**
 * writeWorkbook turns a WorkbookSpec into deterministic .xlsx bytes through exceljs. With
 * read-workbook.ts the only module that talks to exceljs (its maintenance has stalled; keep it
 * replaceable); finish-package.ts fixes up what exceljs writes.
 */
import ExcelJS from 'exceljs';
import { colNumber, columnLetter as colLetter } from './cell-address.js';
import { finishZip } from './finish-package.js';
import type { OutputKind } from './output-stamp.js';
import { stampOutput } from './stamp-output.js';
import type { CellSpec, CellStyle, ColorScaleConditionalSpec, SheetSpec, SpecValue, WorkbookSpec } from './workbook-spec.js';

const argb = (hex: string) => ({ argb: `FF${hex.toUpperCase()}` });

/**
 * With `stamp`, the bytes carry the mark of our own output (see stampOutput). The package is
 * deflated once, at the end: exceljs and the fixes in finishZip only store the parts (a deflate
 * followed by an inflate and a deflate again was most of the cost of the report workbook), and
 * the bytes are those the three passes gave.
 */
export async function writeWorkbook(spec: WorkbookSpec, opts: { stamp?: OutputKind } = {}): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = spec.creator;
  wb.lastModifiedBy = spec.creator;
  wb.title = spec.title;
  wb.created = spec.timestamp;
  wb.modified = spec.timestamp;
  wb.calcProperties = { fullCalcOnLoad: true };

  for (const sheet of spec.sheets) await addSheet(wb, sheet);
  for (const { name, ref } of spec.names) wb.definedNames.add(ref, name);

  const raw = (await wb.xlsx.writeBuffer({ zip: { compression: 'STORE' } })) as unknown as Uint8Array;
  if (!opts.stamp) return finishZip(raw, spec, 'DEFLATE');
  // stampOutput deflates every part it writes back: the package it gets needs no compression of its own.
  return stampOutput(await finishZip(raw, spec, 'STORE'), opts.stamp);
}

async function addSheet(wb: ExcelJS.Workbook, spec: SheetSpec): Promise<void> {
  const ws = wb.addWorksheet(spec.name, {
    state: spec.state ?? 'visible',
    properties: spec.tabColor ? { tabColor: argb(spec.tabColor) } : {},
    views: spec.freeze
      ? [{ state: 'frozen', xSplit: spec.freeze.cols, ySplit: spec.freeze.rows, zoomScale: 100 }]
      : [{ state: 'normal', zoomScale: 100 }],
    pageSetup: {
      orientation: spec.landscape ? 'landscape' : 'portrait',
      paperSize: 9,
      fitToPage: Boolean(spec.fitToWidth),
      fitToWidth: 1,
      fitToHeight: 0,
      ...(spec.printTitleRows ? { printTitlesRow: spec.printTitleRows } : {}),
    },
  });
  ws.columns = spec.columns.map((c) => ({ width: c.width, hidden: Boolean(c.hidden) }));
  for (const cell of spec.cells) writeCell(ws, cell);
  for (const [row, height] of Object.entries(spec.rowHeights ?? {})) ws.getRow(Number(row)).height = height;
  for (const range of spec.merges ?? []) ws.mergeCells(range);
  if (spec.autoFilter) ws.autoFilter = spec.autoFilter;

  for (const v of spec.validations ?? []) {
    const validation = {
      type: v.type,
      allowBlank: true,
      operator: v.operator,
      formulae: v.type === 'date' ? v.formulae.map(isoToDate) : v.formulae,
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: v.errorTitle,
      error: v.error,
      showInputMessage: Boolean(v.prompt),
      promptTitle: v.promptTitle,
      prompt: v.prompt,
    };
    const validations = (ws as unknown as { dataValidations: { add(a: string, v: unknown): void } }).dataValidations;
    forEachAddress(v.range, (address) => validations.add(address, validation));
  }
  (spec.conditionals ?? []).forEach((c, i) => {
    if (c.type === 'colorScale') {
      ws.addConditionalFormatting({ ref: c.range, rules: [colorScaleRule(c, i + 1)] });
      return;
    }
    ws.addConditionalFormatting({
      ref: c.range,
      rules: [
        {
          type: 'expression',
          priority: i + 1,
          formulae: [c.formula],
          style: { fill: { type: 'pattern', pattern: 'solid', bgColor: argb(c.fill), fgColor: argb(c.fill) } },
        },
      ],
    });
  });
  if (spec.protect) {
    await ws.protect('', {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatColumns: true,
      formatRows: true,
      autoFilter: true,
      sort: false,
    });
  }
}

function colorScaleRule(c: ColorScaleConditionalSpec, priority: number): ExcelJS.ColorScaleRuleType {
  const cfvo: ExcelJS.Cvfo[] = c.values
    ? c.values.map((value) => ({ type: 'num', value }))
    : [{ type: 'min' }, { type: 'percentile', value: 50 }, { type: 'max' }];
  return { type: 'colorScale', priority, cfvo, color: c.colors.map(argb) };
}

function writeCell(ws: ExcelJS.Worksheet, spec: CellSpec): void {
  const cell = ws.getCell(spec.row, spec.col);
  cell.value = toExcelValue(spec.value);
  applyStyle(cell, spec.style ?? {});
}

function toExcelValue(value: SpecValue): ExcelJS.CellValue {
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  if ('formula' in value) return { formula: value.formula, date1904: false };
  return {
    richText: value.rich.map((r) => ({
      text: r.text,
      font: { bold: Boolean(r.bold), italic: Boolean(r.italic), size: 10, name: 'Calibri' },
    })),
  };
}

function applyStyle(cell: ExcelJS.Cell, style: CellStyle): void {
  cell.font = {
    name: 'Calibri',
    size: style.size ?? 10,
    bold: Boolean(style.bold),
    italic: Boolean(style.italic),
    ...(style.color ? { color: argb(style.color) } : {}),
  };
  if (style.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: argb(style.fill) };
  cell.alignment = {
    wrapText: Boolean(style.wrap),
    vertical: style.vertical ?? 'top',
    ...(style.horizontal ? { horizontal: style.horizontal } : {}),
  };
  if (style.numFmt) cell.numFmt = style.numFmt;
  cell.protection = { locked: !style.unlocked };
  if (style.border) {
    const thin = { style: 'thin' as const, color: argb('BFBFBF') };
    cell.border = { top: thin, left: thin, bottom: thin, right: thin };
  }
}

function isoToDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** Calls fn for every cell address in an A1 range such as "E3:E50". */
function forEachAddress(range: string, fn: (address: string) => void): void {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(range);
  if (!m) throw new Error(`bad range ${range}`);
  const c1 = colNumber(m[1] ?? 'A');
  const r1 = Number(m[2]);
  const c2 = m[3] ? colNumber(m[3]) : c1;
  const r2 = m[4] ? Number(m[4]) : r1;
  for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) fn(`${colLetter(c)}${r}`);
}
