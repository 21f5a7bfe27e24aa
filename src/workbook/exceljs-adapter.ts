/**
 * The one module that talks to exceljs (its maintenance has stalled; keep it replaceable).
 * writeWorkbook turns a WorkbookSpec into deterministic .xlsx bytes.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { colNumber, columnLetter as colLetter } from './cell-address.js';
import type { OutputKind } from './output-stamp.js';
import { rawCell, type RawCell, type RawWorkbook } from './raw-workbook.js';
import { stampParts } from './stamp-output.js';
import { partText, readPackage, setPartText, type XlsxPackage } from './xlsx-package.js';
import { packZip } from './zip-writer.js';
import type { CellSpec, CellStyle, ColorScaleConditionalSpec, SheetSpec, SpecValue, WorkbookSpec } from './workbook-spec.js';
import { escapeXml } from './xml-escape.js';

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
  for (const sheet of spec.sheets) await addSheet(wb, sheet, styles);
  for (const { name, ref } of spec.names) wb.definedNames.add(ref, name);

  const raw = (await wb.xlsx.writeBuffer({ zip: { compression: 'STORE' } })) as unknown as Uint8Array;
  return finishZip(raw, spec, opts.stamp);
}

async function addSheet(wb: ExcelJS.Workbook, spec: SheetSpec, styles: StyleCache): Promise<void> {
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

/**
 * Adds docProps/custom.xml (exceljs has no API for custom properties) and the internal links,
 * and packs the parts in a fixed order with fixed entry dates, so that the same spec gives the
 * same bytes. Without a stamp the package is deflated by JSZip (the template's bytes are those it
 * always had); with one it is stamped and deflated once with node:zlib (packZip).
 */
async function finishZip(raw: Uint8Array, spec: WorkbookSpec, stamp: OutputKind | undefined): Promise<Uint8Array> {
  const parts = readPackage(raw, Number.MAX_SAFE_INTEGER);
  addLinks(parts, spec);
  const names = Object.keys(spec.custom);
  if (names.length > 0) {
    const props = names
      .map(
        (name, i) =>
          `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${i + 2}" name="${escapeXml(name)}"><vt:lpwstr>${escapeXml(spec.custom[name] ?? '')}</vt:lpwstr></property>`,
      )
      .join('');
    setPartText(
      parts,
      'docProps/custom.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">${props}</Properties>`,
    );
    const types = partText(parts, '[Content_Types].xml');
    const rels = partText(parts, '_rels/.rels');
    if (!types || !rels) throw new Error('exceljs wrote no content types or relationships');
    setPartText(
      parts,
      '[Content_Types].xml',
      types.replace(
        '</Types>',
        '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>',
      ),
    );
    setPartText(
      parts,
      '_rels/.rels',
      rels.replace(
        '</Relationships>',
        '<Relationship Id="rIdCustomProps" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>',
      ),
    );
  }
  const sorted: XlsxPackage = new Map(
    [...parts.keys()].sort(contentTypesFirst).map((name) => [name, parts.get(name) ?? new Uint8Array()]),
  );
  if (stamp) {
    // A part the stamp adds (the custom properties) comes last, as it always did.
    await stampParts(sorted, stamp, spec.timestamp);
    return packZip(sorted, spec.timestamp, 'deflate');
  }
  const out = new JSZip();
  for (const [name, data] of sorted) out.file(name, data, { date: spec.timestamp, createFolders: false });
  return out.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
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

/**
 * The zip without the workbook's defined names. exceljs expands every name into a list of its
 * cells: a legal name to row 1,048,576 takes minutes, one to row 1e20 exhausts the heap. The names
 * are read from the XML (inspectContainer), never from exceljs, so it need not see them.
 */
async function withoutDefinedNames(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const workbook = await zip.file('xl/workbook.xml')?.async('string');
  if (workbook === undefined) return bytes;
  zip.file(
    'xl/workbook.xml',
    workbook.replace(/<(\w+:)?definedNames\b[\s\S]*?<\/(\w+:)?definedNames>|<(\w+:)?definedNames\s*\/>/g, ''),
  );
  return zip.generateAsync({ type: 'uint8array', compression: 'STORE' });
}

/** Loads .xlsx bytes with exceljs. Call only after inspectContainer has accepted the bytes. */
export async function readWorkbook(bytes: Uint8Array): Promise<RawWorkbook> {
  const wb = new ExcelJS.Workbook();
  // The exceljs Buffer type clashes with Node's; the bytes are a plain Node buffer underneath.
  await wb.xlsx.load(Buffer.from(await withoutDefinedNames(bytes)) as unknown as ExcelJS.Buffer);
  const sheets = new Map(wb.worksheets.map((ws) => [ws.name, ws]));
  return {
    hasSheet: (name) => sheets.has(name),
    lastRow: (sheet) => sheets.get(sheet)?.rowCount ?? 0,
    cell: (sheet, row, col) => {
      const ws = sheets.get(sheet);
      if (!ws) return undefined;
      const c = ws.findCell(row, col);
      return c ? normaliseCell(c.value, c.result) : { value: null };
    },
  };
}

/**
 * The one place where exceljs values become plain values: rich text and hyperlinks become text,
 * formulas give their cached result (read from cell.result too, since exceljs drops 0, false and
 * "" from value.result), and error values become { error }.
 */
export function normaliseCell(value: ExcelJS.CellValue, result?: ExcelJS.CellValue): RawCell {
  if (value === null || value === undefined) return { value: null };
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date)
    return { value };
  if ('richText' in value) return { value: value.richText.map((r) => r.text).join('') };
  if ('hyperlink' in value) return { value: typeof value.text === 'string' ? value.text : normaliseCell(value.text).value };
  if ('error' in value) return { value: { error: String(value.error) } };
  if ('formula' in value || 'sharedFormula' in value) {
    const formula = String(
      ('formula' in value ? value.formula : undefined) ?? (value as { sharedFormula?: string }).sharedFormula ?? '',
    );
    const cached = (value as { result?: ExcelJS.CellValue }).result ?? result;
    // A formula without a cached value is no answer, not even TRUE() or #N/A as LibreOffice writes
    // a typed value: the XML reader reads it the same way, and the check says there is a formula.
    if (cached === undefined || cached === null) return rawCell(null, formula);
    return rawCell(normaliseCell(cached).value, formula);
  }
  return { value: null };
}
