/**
 * writeWorkbook turns a WorkbookSpec into deterministic .xlsx bytes through exceljs. With
 * read-workbook.ts the only module that talks to exceljs (its maintenance has stalled; keep it
 * replaceable); finish-package.ts fixes up what exceljs writes.
 */
import ExcelJS from 'exceljs';
import { colNumber, columnLetter as colLetter } from './cell-address.js';
import { finishZip } from './finish-package.js';
import type { OutputKind } from './output-stamp.js';
import { styleAnchors, writeRowBlocks, type StyleAnchors } from './row-block.js';
import { readPackage } from './xlsx-package.js';
import type { CellSpec, CellStyle, ColorScaleConditionalSpec, SheetSpec, SpecValue, WorkbookSpec } from './workbook-spec.js';

const argb = (hex: string) => ({ argb: `FF${hex.toUpperCase()}` });

/**
 * With `stamp`, the bytes carry the mark of our own output (see stampParts). The package is
 * deflated once, at the end: exceljs only stores the parts, finishZip fixes them as parts.
 */
export async function writeWorkbook(spec: WorkbookSpec, opts: { stamp?: OutputKind } = {}): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = spec.creator;
  wb.lastModifiedBy = spec.creator;
  wb.title = spec.title;
  wb.created = spec.timestamp;
  wb.modified = spec.timestamp;
  wb.calcProperties = { fullCalcOnLoad: true };

  const styles = new StyleCache();
  const anchors: StyleAnchors = new Map();
  for (const [i, sheet] of spec.sheets.entries()) {
    const places = await addSheet(wb, sheet, styles);
    if (places) anchors.set(i, { styleKey: (style) => styles.get(style, false), places });
  }
  for (const { name, ref } of spec.names) wb.definedNames.add(ref, name);

  const raw = (await wb.xlsx.writeBuffer({ zip: { compression: 'STORE' } })) as unknown as Uint8Array;
  const parts = readPackage(raw, Number.MAX_SAFE_INTEGER);
  writeRowBlocks(parts, spec.sheets, anchors);
  return finishZip(parts, spec, opts.stamp);
}

/**
 * Adds a sheet to the workbook. A row block is not added cell by cell: exceljs gets one empty
 * cell per style of the block, where that style first occurs (see row-block.ts), and the
 * places of those cells are returned by the style object exceljs was given.
 */
async function addSheet(wb: ExcelJS.Workbook, spec: SheetSpec, styles: StyleCache): Promise<Map<object, string> | undefined> {
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
  for (const cell of spec.cells) writeCell(ws, cell, styles);
  const block = spec.rows;
  let places: Map<object, string> | undefined;
  if (block) {
    if (spec.cells.some((c) => c.row >= block.firstRow)) throw new Error(`${spec.name}: a cell lies in the row block`);
    places = new Map();
    for (const { row, col, key } of styleAnchors(block, (style) => styles.get(style, false))) {
      ws.getCell(row, col).style = key;
      places.set(key, `${colLetter(col)}${row}`);
    }
  }
  for (const [row, height] of Object.entries(spec.rowHeights ?? {}))
    if (!block || Number(row) < block.firstRow) ws.getRow(Number(row)).height = height;
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
  return places;
}

function colorScaleRule(c: ColorScaleConditionalSpec, priority: number): ExcelJS.ColorScaleRuleType {
  const cfvo: ExcelJS.Cvfo[] = c.values
    ? c.values.map((value) => ({ type: 'num', value }))
    : [{ type: 'min' }, { type: 'percentile', value: 50 }, { type: 'max' }];
  return { type: 'colorScale', priority, cfvo, color: c.colors.map(argb) };
}

function writeCell(ws: ExcelJS.Worksheet, spec: CellSpec, styles: StyleCache): void {
  const cell = ws.getCell(spec.row, spec.col);
  cell.value = toExcelValue(spec.value);
  cell.style = styles.get(spec.style ?? NO_STYLE, spec.value instanceof Date);
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

const NO_STYLE: CellStyle = {};

/**
 * One exceljs style object per distinct cell style, shared by all cells that have it. exceljs
 * remembers the style id of an object it has seen; a fresh object per cell made it serialise
 * font, border, fill and alignment of every cell to XML to find the id (most of the cost of a
 * large sheet). A date cell gets its own object: exceljs gives a date without a number format
 * one, so its id can differ from that of another cell with the same style. Nothing may change a
 * style object once a cell has it.
 */
class StyleCache {
  private readonly bySpec = new WeakMap<CellStyle, [Partial<ExcelJS.Style>?, Partial<ExcelJS.Style>?]>();
  private readonly byKey = new Map<string, Partial<ExcelJS.Style>>();

  get(style: CellStyle, isDate: boolean): Partial<ExcelJS.Style> {
    let pair = this.bySpec.get(style);
    if (!pair) this.bySpec.set(style, (pair = []));
    const slot = isDate ? 1 : 0;
    const known = pair[slot];
    if (known) return known;
    const key = `${isDate ? 'D' : 'N'}${styleKey(style)}`;
    let made = this.byKey.get(key);
    if (!made) this.byKey.set(key, (made = excelStyle(style)));
    pair[slot] = made;
    return made;
  }
}

function styleKey(s: CellStyle): string {
  return [
    s.bold ? 1 : 0,
    s.italic ? 1 : 0,
    s.size ?? '',
    s.color ?? '',
    s.fill ?? '',
    s.wrap ? 1 : 0,
    s.vertical ?? '',
    s.horizontal ?? '',
    s.numFmt ?? '',
    s.unlocked ? 1 : 0,
    s.border ? 1 : 0,
  ].join('|');
}

/** The exceljs style of a cell style, with its properties in the order the cells used to get them. */
function excelStyle(style: CellStyle): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  out.font = {
    name: 'Calibri',
    size: style.size ?? 10,
    bold: Boolean(style.bold),
    italic: Boolean(style.italic),
    ...(style.color ? { color: argb(style.color) } : {}),
  };
  if (style.fill) out.fill = { type: 'pattern', pattern: 'solid', fgColor: argb(style.fill) };
  out.alignment = {
    wrapText: Boolean(style.wrap),
    vertical: style.vertical ?? 'top',
    ...(style.horizontal ? { horizontal: style.horizontal } : {}),
  };
  if (style.numFmt) out.numFmt = style.numFmt;
  out.protection = { locked: !style.unlocked };
  if (style.border) {
    const thin = { style: 'thin' as const, color: argb('BFBFBF') };
    out.border = { top: thin, left: thin, bottom: thin, right: thin };
  }
  return out;
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
