import type { ContainerInfo } from './inspect-container.js';
import {
  ANY,
  attrValue,
  DIGITS,
  digitsValue,
  findAttribute,
  findElement,
  findItem,
  found,
  noTagIn,
  WORD,
} from './element-scan.js';
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

  // The shared strings and the styles are parsed only when a cell needs them: most cells read
  // are inline or empty, and only a number needs its style (is it a date?).
  const sources: CellSources = {
    strings: () => (shared ??= remembered(SHARED_STRINGS, read('xl/sharedStrings.xml') ?? '', sharedStrings)),
    isDate: (style) => (dateStyles ??= remembered(DATE_STYLES, read('xl/styles.xml') ?? '', dateStyleIndex))(style),
  };
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
      const place = row < KEY_ROWS && col < KEY_COLS ? cells.cells.get(row * KEY_COLS + col) : undefined;
      if (place === undefined) return { value: null };
      return decodeCell(cells, place, sources);
    },
  };
}

/**
 * The string tables and date styles of the last few workbooks, by their text: returns made from
 * one template share them (inspectContainer then even gives the same string), and both are read
 * from the text alone, each string or style decoded once and then kept. Texts over MEMO_MAX_LENGTH
 * characters are not kept.
 */
const SHARED_STRINGS = new Map<string, SharedStrings>();
const DATE_STYLES = new Map<string, (style: number) => boolean>();
const MEMO_ENTRIES = 4;
const MEMO_MAX_LENGTH = 256 * 1024;

function remembered<T>(memo: Map<string, T>, xml: string, make: (xml: string) => T): T {
  const hit = memo.get(xml);
  if (hit !== undefined) return hit;
  const made = make(xml);
  if (xml.length <= MEMO_MAX_LENGTH) {
    memo.set(xml, made);
    if (memo.size > MEMO_ENTRIES) memo.delete(memo.keys().next().value as string);
  }
  return made;
}

// Elements may carry a namespace prefix (<x:c>) in files from some writers.
const FORMULA = /<(?:\w+:)?f\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?f>)/;
const VALUE = /<(?:\w+:)?v>([\s\S]*?)<\/(?:\w+:)?v>/;
const INLINE = /<(?:\w+:)?is>([\s\S]*?)<\/(?:\w+:)?is>/;

/** Columns per row in a cell key (row * KEY_COLS + col); above XFD, for the three letters ZZZ. */
const KEY_COLS = 32_768;
/** Rows up to here have an exact key; a cell further down can never be read (a sheet ends at 1,048,576). */
const KEY_ROWS = 2 ** 37;

/**
 * The cells of a sheet by address (row * KEY_COLS + col), not decoded: a return needs a few
 * hundred cells of a sheet, and decoding only those is most of the reader's speed. A cell is its
 * place in the sheet's XML: `places` holds four offsets per cell (attributes from, to, content
 * from, to), `cells` the index of a cell's first offset. Rows and cells without an r attribute
 * follow the previous one.
 */
interface IndexedSheet {
  xml: string;
  cells: Map<number, number>;
  places: number[];
  lastRow: number;
}

/**
 * Every row element (`<row …>…</row>`, with or without a namespace prefix) and every cell element
 * in its content, found as the regular expressions of element-scan.ts describe them.
 */
function indexCells(xml: string, checkpoint: () => void): IndexedSheet {
  const cells = new Map<number, number>();
  const places: number[] = [];
  let lastRow = 0;
  let rowNumber = 0;
  let rowsSeen = 0;
  const rowState = { unclosed: false };
  for (let from = 0; findElement(xml, from, xml.length, 'row', rowState);) {
    from = found.end;
    if (++rowsSeen % 1024 === 0) checkpoint();
    const { attrsFrom, attrsTo, innerFrom, innerTo } = found;
    // \br="(\d+)" in the row's attributes.
    const r = findAttribute(xml, attrsFrom, attrsTo, 'r', DIGITS) ? digitsValue(xml, attrValue.from, attrValue.to) : NaN;
    rowNumber = Number.isInteger(r) && r > 0 ? r : rowNumber + 1;
    if (innerFrom === innerTo) continue;
    let col = 0;
    const cellState = { unclosed: false };
    for (let at = innerFrom; findElement(xml, at, innerTo, 'c', cellState);) {
      at = found.end;
      let row = rowNumber;
      // \br="([^"]*)" in the cell's attributes: an address such as B12 or $B$12.
      if (findAttribute(xml, found.attrsFrom, found.attrsTo, 'r', ANY) && parseAddress(xml, attrValue.from, attrValue.to)) {
        col = parsed.col;
        row = parsed.row;
      } else col++;
      if (row < KEY_ROWS && col < KEY_COLS) {
        cells.set(row * KEY_COLS + col, places.length);
        places.push(found.attrsFrom, found.attrsTo, found.innerFrom, found.innerTo);
      }
      if (row > lastRow) lastRow = row;
    }
  }
  return { xml, cells, places, lastRow };
}

/** Where parseAddress puts what it read (no object per cell). */
const parsed = { row: 0, col: 0 };

/**
 * Reads an address such as B12 or $B$12 in text[from, to) into `parsed`; false when it is not
 * one. The same addresses as /^\$?([A-Z]{1,3})\$?(\d+)$/, without a regular expression per cell.
 */
function parseAddress(text: string, from: number, to: number): boolean {
  let i = from < to && text.charCodeAt(from) === 36 ? from + 1 : from;
  const lettersFrom = i;
  let col = 0;
  for (; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 65 || c > 90) break;
    col = col * 26 + c - 64;
  }
  if (i === lettersFrom || i - lettersFrom > 3) return false;
  if (i < to && text.charCodeAt(i) === 36) i++;
  if (i >= to) return false;
  const digitsFrom = i;
  for (; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  parsed.col = col;
  parsed.row = digitsValue(text, digitsFrom, to);
  return true;
}

/** A cell's type (its t attribute) as cellValue tells them apart. */
type CellType = 's' | 'inlineStr' | 'str' | 'b' | 'e' | 'd' | 'n';
const TYPES = new Set<string>(['s', 'inlineStr', 'str', 'b', 'e', 'd']);

/** What a workbook's cells share: its string table and its date styles, each read when first needed. */
interface CellSources {
  strings: () => SharedStrings;
  isDate: (style: number) => boolean;
}

/**
 * The cell at `place` in the sheet, decoded. The common contents are read by position: none
 * (`<c …/>`), one value (`<v>…</v>`), one plain inline run (`<is><t>…</t></is>`), each without
 * any other tag inside; anything else (a formula, rich text, a prefix) goes through the regular
 * expressions. Both give the same cell.
 */
function decodeCell(sheet: IndexedSheet, place: number, sources: CellSources): RawCell {
  const { xml, places } = sheet;
  const attrsFrom = places[place] ?? 0;
  const attrsTo = places[place + 1] ?? 0;
  const innerFrom = places[place + 2] ?? 0;
  const innerTo = places[place + 3] ?? 0;
  // \bt="(\w+)": any type but these reads as a number, as 'n' does.
  let type: CellType = 'n';
  if (findAttribute(xml, attrsFrom, attrsTo, 't', WORD)) {
    const t = xml.slice(attrValue.from, attrValue.to);
    if (TYPES.has(t)) type = t as CellType;
  }
  if (innerFrom === innerTo) return { value: cellValue(type, undefined, '', sheet, place, sources) };
  if (
    innerTo - innerFrom >= 7 &&
    xml.startsWith('<v>', innerFrom) &&
    xml.startsWith('</v>', innerTo - 4) &&
    noTagIn(xml, innerFrom + 3, innerTo - 4)
  )
    return { value: cellValue(type, decodeXml(xml.slice(innerFrom + 3, innerTo - 4)), '', sheet, place, sources) };
  if (innerTo - innerFrom >= 9 && xml.startsWith('<is>', innerFrom) && xml.startsWith('</is>', innerTo - 5)) {
    const run = plainRun(xml, innerFrom + 4, innerTo - 5);
    if (run !== undefined) return { value: cellValue(type, undefined, run, sheet, place, sources) };
  }
  const inner = xml.slice(innerFrom, innerTo);
  const f = FORMULA.exec(inner);
  const v = VALUE.exec(inner)?.[1];
  const inline = type === 'inlineStr' ? runsText(INLINE.exec(inner)?.[1] ?? '') : '';
  const value = cellValue(type, v === undefined ? undefined : decodeXml(v), inline, sheet, place, sources);
  return rawCell(value, f ? decodeXml(f[1] ?? '') : undefined);
}

/** The value of a cell of this type with this <v> text (none: undefined) and inline text (for inlineStr). */
function cellValue(
  type: CellType,
  v: string | undefined,
  inline: string,
  sheet: IndexedSheet,
  place: number,
  sources: CellSources,
): CellScalar {
  switch (type) {
    case 's':
      return v === undefined ? null : sources.strings().get(Number(v));
    case 'inlineStr':
      return inline;
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
      // Serial days since 1899-12-30 (the 1900 system), as exceljs converts them. The style is
      // \bs="(\d+)" in the cell's attributes, 0 without one.
      const { xml, places } = sheet;
      const style = findAttribute(xml, places[place] ?? 0, places[place + 1] ?? 0, 's', DIGITS)
        ? digitsValue(xml, attrValue.from, attrValue.to)
        : 0;
      return sources.isDate(style) ? new Date(Math.round((n - 25569) * 86400000)) : n;
    }
  }
}

/**
 * The text of text[from, to) when it is one plain run, `<t>…</t>` or `<t xml:space="preserve">…</t>`
 * with no tag inside (what /^<t(?: xml:space="preserve")?>([^<]*)<\/t>$/ matches), else undefined.
 */
function plainRun(text: string, from: number, to: number): string | undefined {
  if (to - from < 7 || !text.startsWith('</t>', to - 4)) return undefined;
  const open = text.startsWith('<t>', from) ? 3 : text.startsWith(PRESERVE, from) ? PRESERVE.length : 0;
  if (open === 0 || from + open > to - 4 || !noTagIn(text, from + open, to - 4)) return undefined;
  return decodeXml(text.slice(from + open, to - 4));
}
const PRESERVE = '<t xml:space="preserve">';

/** The text of a string item: all <t> runs, without phonetic (<rPh>) runs. */
function runsText(xml: string): string {
  // The common item, one plain run: no regex needed.
  const plain = plainRun(xml, 0, xml.length);
  if (plain !== undefined) return plain;
  const withoutPhonetic = !xml.includes('rPh') ? xml : xml.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, '');
  // Each match of /<(?:\w+:)?t\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?t>)/g, found by position.
  let text = '';
  const state = { unclosed: false };
  for (let from = 0; findElement(withoutPhonetic, from, withoutPhonetic.length, 't', state); from = found.end)
    text += decodeXml(withoutPhonetic.slice(found.innerFrom, found.innerTo));
  return text;
}

interface SharedStrings {
  get(index: number): string | null;
}

/**
 * The shared string table, each item decoded on first use. The items are the matches of
 * /<(?:\w+:)?si>([\s\S]*?)<\/(?:\w+:)?si>|<(?:\w+:)?si\/>/g, kept as places in the text.
 */
function sharedStrings(xml: string): SharedStrings {
  const places: number[] = [];
  const state = { unclosed: false };
  for (let from = 0; findItem(xml, from, xml.length, 'si', state); from = found.end) places.push(found.innerFrom, found.innerTo);
  const count = places.length / 2;
  const decoded: Array<string | undefined> = [];
  return {
    get(index) {
      if (!(index >= 0 && index < count)) return null;
      // A fraction (1.5) names no item: its text is the empty one.
      if (!Number.isInteger(index)) return '';
      const from = places[2 * index] ?? 0;
      const to = places[2 * index + 1] ?? 0;
      return (decoded[index] ??= plainRun(xml, from, to) ?? runsText(xml.slice(from, to)));
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
