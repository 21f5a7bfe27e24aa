import type { ContainerInfo } from './inspect-container.js';
import { attributes, decodeXml } from './inspect-container.js';
import { cellAddress } from './cell-address.js';
import type { CellScalar, RawCell, RawWorkbook } from './raw-workbook.js';

/**
 * A reader for the few cells a return needs, straight from the sheet XML that inspectContainer
 * already inflated: shared strings, inline strings, numbers, booleans, errors, formulas with
 * their cached values, and dates through the cell's number format. It gives the same RawCell
 * values as the exceljs reader (a test compares the two over every fixture) at a fraction of
 * the cost, because it builds no object model of the whole workbook.
 */
export function readWorkbookXml(info: ContainerInfo, read: (part: string) => string | undefined): RawWorkbook {
  const sheets = new Map(info.sheets.map((s) => [s.name, s.part]));
  const parsed = new Map<string, Map<string, RawCell>>();
  let shared: string[] | undefined;
  let dateStyles: boolean[] | undefined;

  const sheetCells = (name: string): Map<string, RawCell> | undefined => {
    const cached = parsed.get(name);
    if (cached) return cached;
    const part = sheets.get(name);
    if (part === undefined) return undefined;
    shared ??= sharedStrings(read('xl/sharedStrings.xml') ?? '');
    dateStyles ??= dateStyleIndex(read('xl/styles.xml') ?? '');
    const cells = parseCells(read(part) ?? '', shared, dateStyles);
    parsed.set(name, cells);
    return cells;
  };
  return {
    hasSheet: (name) => sheets.has(name),
    cell: (sheet, row, col) => {
      const cells = sheetCells(sheet);
      if (!cells) return undefined;
      return cells.get(cellAddress(row, col)) ?? { value: null };
    },
  };
}

const CELL = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;

function parseCells(xml: string, shared: string[], dateStyles: boolean[]): Map<string, RawCell> {
  const cells = new Map<string, RawCell>();
  for (const m of xml.matchAll(CELL)) {
    const a = attributes(m[1] ?? '');
    const address = a.r;
    if (!address) continue;
    const inner = m[2] ?? '';
    const f = /<f\b[^>]*?(?:\/>|>([\s\S]*?)<\/f>)/.exec(inner);
    const v = /<v>([\s\S]*?)<\/v>/.exec(inner)?.[1];
    const value = cellValue(a.t ?? 'n', v === undefined ? undefined : decodeXml(v), inner, shared, dateStyles[Number(a.s ?? 0)] ?? false);
    cells.set(address, f ? { value, formula: decodeXml(f[1] ?? '') } : { value });
  }
  return cells;
}

function cellValue(type: string, v: string | undefined, inner: string, shared: string[], isDate: boolean): CellScalar {
  switch (type) {
    case 's':
      return v === undefined ? null : (shared[Number(v)] ?? null);
    case 'inlineStr':
      return runsText(/<is>([\s\S]*?)<\/is>/.exec(inner)?.[1] ?? '');
    case 'str':
      return v ?? null;
    case 'b':
      return v === undefined ? null : v === '1' || v === 'true';
    case 'e':
      return v === undefined ? null : { error: v };
    case 'd':
      return v === undefined ? null : new Date(v);
    default: {
      if (v === undefined || v === '') return null;
      const n = Number(v);
      if (Number.isNaN(n)) return v;
      // Serial days since 1899-12-30 (the 1900 system), as exceljs converts them.
      return isDate ? new Date(Math.round((n - 25569) * 86400000)) : n;
    }
  }
}

/** The text of a string item: all <t> runs, without phonetic (<rPh>) runs. */
function runsText(xml: string): string {
  const withoutPhonetic = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '');
  let text = '';
  for (const m of withoutPhonetic.matchAll(/<t\b[^>]*?(?:\/>|>([\s\S]*?)<\/t>)/g)) text += decodeXml(m[1] ?? '');
  return text;
}

function sharedStrings(xml: string): string[] {
  return [...xml.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)].map((m) => runsText(m[1] ?? ''));
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
  const bare = code.replace(/"[^"]*"/g, '').replace(/\\./g, '').replace(/\[[^\]]*\]/g, '');
  return /[dmyhs]/i.test(bare) && !/^General$/i.test(bare);
}
