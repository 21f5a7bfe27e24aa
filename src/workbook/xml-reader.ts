import type { ContainerInfo } from './inspect-container.js';
import { attributes, decodeXml } from './xml-scan.js';
import { cellAddress, colNumber } from './cell-address.js';
import { rawCell, type CellScalar, type RawCell, type RawWorkbook } from './raw-workbook.js';

/**
 * A reader for the few cells a return needs, straight from the sheet XML that inspectContainer
 * already inflated: shared strings, inline strings, numbers, booleans, errors, formulas with
 * their cached values (none when nothing is cached), and dates through the cell's number format.
 * It gives the same RawCell values as the exceljs reader (test/validate/readers.test.ts compares
 * the two over every fixture and over returns with the values real clients write) at a fraction
 * of the cost, because it builds no object model of the whole workbook.
 */
export function readWorkbookXml(
  info: ContainerInfo,
  read: (part: string) => string | undefined,
  checkpoint: () => void = () => undefined,
): RawWorkbook {
  const sheets = new Map(info.sheets.map((s) => [s.name, s.part]));
  const indexed = new Map<string, IndexedSheet>();
  let shared: SharedStrings | undefined;
  let dateStyles: boolean[] | undefined;

  const sheetCells = (name: string): IndexedSheet | undefined => {
    const cached = indexed.get(name);
    if (cached) return cached;
    const part = sheets.get(name);
    if (part === undefined) return undefined;
    const cells = indexCells(read(part) ?? '', checkpoint);
    indexed.set(name, cells);
    return cells;
  };
  return {
    hasSheet: (name) => sheets.has(name),
    lastRow: (sheet) => sheetCells(sheet)?.lastRow ?? 0,
    cell: (sheet, row, col) => {
      const cells = sheetCells(sheet);
      if (!cells) return undefined;
      const element = cells.get(cellAddress(row, col));
      if (!element) return { value: null };
      // The shared strings and the styles are parsed only when a cell needs them: most cells
      // read are inline or empty, and only a number needs its style (is it a date?).
      const strings = () => (shared ??= sharedStrings(read('xl/sharedStrings.xml') ?? ''));
      const isDate = (style: number) => (dateStyles ??= dateStyleIndex(read('xl/styles.xml') ?? ''))[style] ?? false;
      return decodeCell(element, strings, isDate);
    },
  };
}

/** A cell element as found: its attribute text and its content, decoded only when asked for. */
interface RawElement {
  attrs: string;
  inner: string;
}

// Elements may carry a namespace prefix (<x:c>) in files from some writers.
const ROW = /<(?:\w+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g;
const CELL = /<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g;
const FORMULA = /<(?:\w+:)?f\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?f>)/;
const VALUE = /<(?:\w+:)?v>([\s\S]*?)<\/(?:\w+:)?v>/;
const INLINE = /<(?:\w+:)?is>([\s\S]*?)<\/(?:\w+:)?is>/;

/**
 * Indexes the cells of a sheet by address without decoding them: a return needs a few hundred
 * cells of a sheet, and decoding only those is most of the reader's speed. Rows and cells
 * without an r attribute follow the previous one.
 */
type IndexedSheet = Map<string, RawElement> & { lastRow: number };

function indexCells(xml: string, checkpoint: () => void): IndexedSheet {
  const cells = Object.assign(new Map<string, RawElement>(), { lastRow: 0 });
  let rowNumber = 0;
  let rowsSeen = 0;
  for (const row of xml.matchAll(ROW)) {
    if (++rowsSeen % 1024 === 0) checkpoint();
    const r = Number(/\br="(\d+)"/.exec(row[1] ?? '')?.[1]);
    rowNumber = Number.isInteger(r) && r > 0 ? r : rowNumber + 1;
    let col = 0;
    for (const m of (row[2] ?? '').matchAll(CELL)) {
      const attrs = m[1] ?? '';
      const given = parseAddress(/\br="([^"]*)"/.exec(attrs)?.[1] ?? '');
      col = given ? given.col : col + 1;
      const at = given ? given.row : rowNumber;
      cells.set(cellAddress(at, col), { attrs, inner: m[2] ?? '' });
      if (at > cells.lastRow) cells.lastRow = at;
    }
  }
  return cells;
}

function decodeCell({ attrs, inner }: RawElement, shared: () => SharedStrings, isDate: (style: number) => boolean): RawCell {
  const type = /\bt="(\w+)"/.exec(attrs)?.[1] ?? 'n';
  const f = FORMULA.exec(inner);
  const v = VALUE.exec(inner)?.[1];
  const dated = () => isDate(Number(/\bs="(\d+)"/.exec(attrs)?.[1] ?? 0));
  const value = cellValue(type, v === undefined ? undefined : decodeXml(v), inner, shared, dated);
  return rawCell(value, f ? decodeXml(f[1] ?? '') : undefined);
}

function parseAddress(address: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(address);
  return m ? { col: colNumber(m[1] ?? 'A'), row: Number(m[2]) } : undefined;
}

function cellValue(
  type: string,
  v: string | undefined,
  inner: string,
  shared: () => SharedStrings,
  isDate: () => boolean,
): CellScalar {
  switch (type) {
    case 's':
      return v === undefined ? null : shared().get(Number(v));
    case 'inlineStr':
      return runsText(INLINE.exec(inner)?.[1] ?? '');
    case 'str':
      return v ?? null;
    case 'b':
      return v === undefined ? null : v === '1' || v === 'true';
    case 'e':
      return v === undefined ? null : { error: v };
    case 'd':
      // An ISO date-time without a zone is the spreadsheet's own clock: read it as UTC, like serials.
      return v === undefined ? null : new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(v) || !v.includes('T') ? v : `${v}Z`);
    default: {
      if (v === undefined || v === '') return null;
      const n = Number(v);
      if (Number.isNaN(n)) return v;
      // Serial days since 1899-12-30 (the 1900 system), as exceljs converts them.
      return isDate() ? new Date(Math.round((n - 25569) * 86400000)) : n;
    }
  }
}

/** The text of a string item: all <t> runs, without phonetic (<rPh>) runs. */
function runsText(xml: string): string {
  // The common item, one plain run: no regex needed.
  const plain = /^<t(?: xml:space="preserve")?>([^<]*)<\/t>$/.exec(xml);
  if (plain) return decodeXml(plain[1] ?? '');
  const withoutPhonetic = !xml.includes('rPh') ? xml : xml.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, '');
  let text = '';
  for (const m of withoutPhonetic.matchAll(/<(?:\w+:)?t\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?t>)/g))
    text += decodeXml(m[1] ?? '');
  return text;
}

interface SharedStrings {
  get(index: number): string | null;
}

/** The shared string table, each item decoded on first use. */
function sharedStrings(xml: string): SharedStrings {
  const raw = [...xml.matchAll(/<(?:\w+:)?si>([\s\S]*?)<\/(?:\w+:)?si>|<(?:\w+:)?si\/>/g)].map((m) => m[1] ?? '');
  const decoded: Array<string | undefined> = [];
  return {
    get(index) {
      if (!(index >= 0 && index < raw.length)) return null;
      return (decoded[index] ??= runsText(raw[index] ?? ''));
    },
  };
}

/** Built-in number formats that are dates or times (ECMA-376 18.8.30). */
const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57]);

/** Per cellXfs index: does the style format its number as a date? */
function dateStyleIndex(xml: string): boolean[] {
  const custom = new Map<number, string>();
  for (const m of xml.matchAll(/<numFmt\b([^>]*?)\/?>/g)) {
    const a = attributes(m[1] ?? '');
    custom.set(Number(a.numFmtId), a.formatCode ?? '');
  }
  const cellXfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? '';
  return [...cellXfs.matchAll(/<xf\b([^>]*?)(?:\/>|>)/g)].map((m) => {
    const id = Number(attributes(m[1] ?? '').numFmtId ?? 0);
    if (BUILTIN_DATE_FORMATS.has(id)) return true;
    const code = custom.get(id);
    return code !== undefined && isDateFormat(code);
  });
}

/** A format code is a date when it has d, m, y, h or s outside quotes, escapes and [colour] blocks. */
function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '');
  return /[dmyhs]/i.test(bare) && !/^General$/i.test(bare);
}
