import type { ContainerInfo } from './inspect-container.js';
import { attributes, decodeXml } from './xml-scan.js';
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
  let dateStyles: ((style: number) => boolean) | undefined;

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
      const element = row < KEY_ROWS && col < KEY_COLS ? cells.cells.get(row * KEY_COLS + col) : undefined;
      if (!element) return { value: null };
      // The shared strings and the styles are parsed only when a cell needs them: most cells
      // read are inline or empty, and only a number needs its style (is it a date?).
      const strings = () => (shared ??= sharedStrings(read('xl/sharedStrings.xml') ?? ''));
      const isDate = (style: number) => (dateStyles ??= dateStyleIndex(read('xl/styles.xml') ?? ''))(style);
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
const ROW_NUMBER = /\br="(\d+)"/;
const CELL_REF = /\br="([^"]*)"/;

/** Columns per row in a cell key (row * KEY_COLS + col); above XFD, for the three letters ZZZ. */
const KEY_COLS = 32_768;
/** Rows up to here have an exact key; a cell further down can never be read (a sheet ends at 1,048,576). */
const KEY_ROWS = 2 ** 37;

/**
 * The cells of a sheet by address (row * KEY_COLS + col), not decoded: a return needs a few
 * hundred cells of a sheet, and decoding only those is most of the reader's speed. Rows and
 * cells without an r attribute follow the previous one.
 */
interface IndexedSheet {
  cells: Map<number, RawElement>;
  lastRow: number;
}

function indexCells(xml: string, checkpoint: () => void): IndexedSheet {
  const cells = new Map<number, RawElement>();
  let lastRow = 0;
  let rowNumber = 0;
  let rowsSeen = 0;
  ROW.lastIndex = 0;
  for (let row = ROW.exec(xml); row; row = ROW.exec(xml)) {
    if (++rowsSeen % 1024 === 0) checkpoint();
    const r = Number(ROW_NUMBER.exec(row[1] ?? '')?.[1]);
    rowNumber = Number.isInteger(r) && r > 0 ? r : rowNumber + 1;
    const content = row[2];
    if (!content) continue;
    let col = 0;
    CELL.lastIndex = 0;
    for (let m = CELL.exec(content); m; m = CELL.exec(content)) {
      const attrs = m[1] ?? '';
      const ref = CELL_REF.exec(attrs)?.[1];
      let at = rowNumber;
      if (ref !== undefined && parseAddress(ref)) {
        col = parsed.col;
        at = parsed.row;
      } else col++;
      if (at < KEY_ROWS && col < KEY_COLS) cells.set(at * KEY_COLS + col, { attrs, inner: m[2] ?? '' });
      if (at > lastRow) lastRow = at;
    }
  }
  return { cells, lastRow };
}

/** Where parseAddress puts what it read (no object per cell). */
const parsed = { row: 0, col: 0 };

/**
 * Reads an address such as B12 or $B$12 into `parsed`; false when it is not one. The same
 * addresses as /^\$?([A-Z]{1,3})\$?(\d+)$/, without a regular expression per cell.
 */
function parseAddress(address: string): boolean {
  const n = address.length;
  let i = address.charCodeAt(0) === 36 ? 1 : 0;
  const lettersFrom = i;
  let col = 0;
  for (let c = address.charCodeAt(i); c >= 65 && c <= 90; c = address.charCodeAt(++i)) col = col * 26 + c - 64;
  if (i === lettersFrom || i - lettersFrom > 3) return false;
  if (address.charCodeAt(i) === 36) i++;
  if (i >= n) return false;
  const digitsFrom = i;
  for (; i < n; i++) {
    const c = address.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  parsed.col = col;
  parsed.row = Number(address.slice(digitsFrom));
  return true;
}

function decodeCell({ attrs, inner }: RawElement, shared: () => SharedStrings, isDate: (style: number) => boolean): RawCell {
  const type = /\bt="(\w+)"/.exec(attrs)?.[1] ?? 'n';
  const f = FORMULA.exec(inner);
  const v = VALUE.exec(inner)?.[1];
  const dated = () => isDate(Number(/\bs="(\d+)"/.exec(attrs)?.[1] ?? 0));
  const value = cellValue(type, v === undefined ? undefined : decodeXml(v), inner, shared, dated);
  return rawCell(value, f ? decodeXml(f[1] ?? '') : undefined);
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

/**
 * Per cellXfs index: does the style format its number as a date? Each style is looked at when a
 * number first asks for it: a return has a few date cells and many styles.
 */
function dateStyleIndex(xml: string): (style: number) => boolean {
  let xfs: string[] | undefined;
  let custom: Map<number, string> | undefined;
  const known = new Map<number, boolean>();
  const customFormats = () => {
    const formats = new Map<number, string>();
    for (const m of xml.matchAll(/<numFmt\b([^>]*?)\/?>/g)) {
      const a = attributes(m[1] ?? '');
      formats.set(Number(a.numFmtId), a.formatCode ?? '');
    }
    return formats;
  };
  return (style) => {
    const seen = known.get(style);
    if (seen !== undefined) return seen;
    xfs ??= [...(/<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? '').matchAll(/<xf\b([^>]*?)(?:\/>|>)/g)].map(
      (m) => m[1] ?? '',
    );
    const attrs = xfs[style];
    let date = false;
    if (attrs !== undefined) {
      const id = Number(attributes(attrs).numFmtId ?? 0);
      const code = BUILTIN_DATE_FORMATS.has(id) ? undefined : (custom ??= customFormats()).get(id);
      date = BUILTIN_DATE_FORMATS.has(id) || (code !== undefined && isDateFormat(code));
    }
    known.set(style, date);
    return date;
  };
}

/** A format code is a date when it has d, m, y, h or s outside quotes, escapes and [colour] blocks. */
function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '');
  return /[dmyhs]/i.test(bare) && !/^General$/i.test(bare);
}
