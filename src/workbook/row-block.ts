/**
 * Writes a sheet's RowBlockSpec (a long table) into the package exceljs wrote, as exceljs would
 * have written it: exceljs builds a model object per cell and its sheet XML from millions of small
 * strings, which at national scale held some 190 MB while it ran. Here the rows go straight to XML
 * in chunks of bytes. Works on the parts alone, without exceljs.
 *
 * exceljs wrote the sheet with its other cells, and one empty cell for each style the block uses,
 * at the place where that style first occurs: so its styles.xml and style ids are those of the
 * whole sheet. The block's text is added to the shared strings in the order exceljs would have
 * given it (after the strings of the sheets before and the cells above, before those of the sheets
 * after, which are renumbered), so that the package is the one exceljs would have written.
 */
import { concatBytes } from '../base/concat-bytes.js';
import { columnLetter } from './cell-address.js';
import type { CellStyle, RowBlockSpec, RowValue, SheetSpec } from './workbook-spec.js';
import { partText, setPartText, type XlsxPackage } from './xlsx-package.js';

/** Where exceljs put the anchor cell of each style of a block, by sheet. */
export type StyleAnchors = Map<number, { styleKey: (style: CellStyle) => object; places: Map<object, string> }>;

const SHARED_STRINGS = 'xl/sharedStrings.xml';
const CHUNK = 1 << 16;

/**
 * The first cell of each distinct style in the block, in the order exceljs meets them: `key`
 * turns a spec style into the object exceljs is given (the same object for the same style).
 */
export function styleAnchors<K extends object>(
  block: RowBlockSpec,
  key: (style: CellStyle) => K,
): Array<{ row: number; col: number; key: K }> {
  const seen = new Set<K>();
  const out: Array<{ row: number; col: number; key: K }> = [];
  block.values.forEach((values, r) =>
    values.forEach((v, c) => {
      const k = key(block.style(v, c));
      if (seen.has(k)) return;
      seen.add(k);
      out.push({ row: block.firstRow + r, col: c + 1, key: k });
    }),
  );
  return out;
}

/** Replaces the anchor rows of every sheet with a block by the block's rows, in place. */
export function writeRowBlocks(parts: XlsxPackage, sheets: SheetSpec[], anchors: StyleAnchors): void {
  sheets.forEach((sheet, index) => {
    const plan = anchors.get(index);
    if (!sheet.rows || !plan) return;
    writeBlock(parts, sheets.length, index, sheet, sheet.rows, plan);
  });
}

function writeBlock(
  parts: XlsxPackage,
  sheetCount: number,
  index: number,
  sheet: SheetSpec,
  block: RowBlockSpec,
  plan: { styleKey: (style: CellStyle) => object; places: Map<object, string> },
): void {
  const sheetPart = (i: number) => `xl/worksheets/sheet${i + 1}.xml`;
  const skeleton = partText(parts, sheetPart(index));
  if (skeleton === undefined) throw new Error(`no ${sheetPart(index)}`);

  // Style ids: those exceljs gave the anchor cells (none: style 0).
  const ids = new Map<object, number>();
  for (const [key, address] of plan.places) {
    const m = new RegExp(`<c r="${address}"(?: s="(\\d+)")?/>`).exec(skeleton);
    ids.set(key, Number(m?.[1] ?? 0));
  }
  const styleId = (v: RowValue, c: number): number => ids.get(plan.styleKey(block.style(v, c))) ?? 0;

  // Shared strings: the first `known` were given by the sheets up to this one (its cells above the
  // block included); exceljs numbers them in the order it meets them.
  const sst = partText(parts, SHARED_STRINGS) ?? EMPTY_SST;
  const items = sst.match(/<si>[\s\S]*?<\/si>/g) ?? [];
  let known = 0;
  for (let i = 0; i <= index; i++) known = Math.max(known, maxStringIndex(partText(parts, sheetPart(i)) ?? '') + 1);
  const index_ = new Map<string, number>();
  for (let i = 0; i < known; i++) {
    const item = items[i];
    if (item !== undefined && !index_.has(item)) index_.set(item, i);
  }
  const added: string[] = [];
  let refs = 0;
  const stringId = (s: string): number => {
    refs++;
    const item = `<si>${textElement(s)}</si>`;
    let id = index_.get(item);
    if (id === undefined) {
      id = known + added.length;
      index_.set(item, id);
      added.push(item);
    }
    return id;
  };

  // The sheet: exceljs's XML up to the block's first row and from the end of the sheet data on.
  const firstRowAt = firstRowFrom(skeleton, block.firstRow);
  const dataEnd = skeleton.indexOf('</sheetData>');
  if (firstRowAt < 0 || dataEnd < 0) throw new Error(`${sheetPart(index)}: no sheet data`);
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [];
  let extent = parseRef(/<dimension ref="([^"]*)"\/>/.exec(skeleton)?.[1]);
  let text = '';
  block.values.forEach((values, r) => {
    const row = block.firstRow + r;
    const height = sheet.rowHeights?.[row];
    let cells = '';
    values.forEach((v, c) => {
      const s = styleId(v, c);
      const ref = `${columnLetter(c + 1)}${row}`;
      const sAttr = s ? ` s="${s}"` : '';
      if (v === null) {
        if (s) cells += `<c r="${ref}"${sAttr}/>`;
        return;
      }
      extent = expand(extent, row, c + 1);
      cells +=
        typeof v === 'number'
          ? `<c r="${ref}"${sAttr}><v>${String(v)}</v></c>`
          : `<c r="${ref}"${sAttr} t="s"><v>${stringId(v)}</v></c>`;
    });
    if (!values.length && height === undefined) return;
    text +=
      `<row r="${row}"${height !== undefined ? ` ht="${height}" customHeight="1"` : ''}` +
      `${values.length ? ` spans="1:${values.length}"` : ''} x14ac:dyDescent="0.25">${cells}</row>`;
    if (text.length >= CHUNK) {
      chunks.push(encoder.encode(text));
      text = '';
    }
  });
  chunks.push(encoder.encode(text));
  const head = skeleton
    .slice(0, firstRowAt)
    .replace(/<dimension ref="[^"]*"\/>/, extent ? `<dimension ref="${formatRef(extent)}"/>` : '$&');
  parts.set(sheetPart(index), concatBytes([encoder.encode(head), ...chunks, encoder.encode(skeleton.slice(dataEnd))]));

  if (!added.length && !refs) return;
  // The strings the later sheets brought: those the block already has keep its number, the others
  // follow the block's; the later sheets' references are renumbered to match.
  const renumber: number[] = [];
  const later: string[] = [];
  for (let i = known; i < items.length; i++) {
    const item = items[i] ?? '';
    let id = index_.get(item);
    if (id === undefined) {
      id = known + added.length + later.length;
      later.push(item);
    }
    renumber[i] = id;
  }
  if (added.length)
    for (let i = index + 1; i < sheetCount; i++) {
      const xml = partText(parts, sheetPart(i));
      if (xml === undefined) continue;
      setPartText(
        parts,
        sheetPart(i),
        xml.replace(/( t="s"><v>)(\d+)(<\/v>)/g, (_m, a: string, n: string, b: string) => `${a}${renumber[Number(n)] ?? n}${b}`),
      );
    }
  const open = /<sst\b[^>]*>/.exec(sst);
  if (!open) throw new Error('shared strings: no sst');
  const count = Number(/\bcount="(\d+)"/.exec(open[0])?.[1] ?? 0) + refs;
  const unique = known + added.length + later.length;
  const sstOpen = open[0].replace(/\bcount="\d+"/, `count="${count}"`).replace(/\buniqueCount="\d+"/, `uniqueCount="${unique}"`);
  const before = sst.slice(0, open.index);
  const body = [...items.slice(0, known), ...added, ...later].join('');
  setPartText(parts, SHARED_STRINGS, `${before}${sstOpen}${body}</sst>`);
}

const EMPTY_SST =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"></sst>';

/** The highest shared string index a sheet refers to, -1 for none. */
function maxStringIndex(xml: string): number {
  let max = -1;
  for (const m of xml.matchAll(/ t="s"><v>(\d+)<\/v>/g)) max = Math.max(max, Number(m[1]));
  return max;
}

/** Where the first row numbered `first` or higher starts, else where the sheet data ends. */
function firstRowFrom(xml: string, first: number): number {
  for (const m of xml.matchAll(/<row r="(\d+)"/g)) if (Number(m[1]) >= first) return m.index;
  return xml.indexOf('</sheetData>');
}

/** A text as exceljs writes it in a shared string: `<t>`, preserving space where it matters. */
function textElement(s: string): string {
  return `<t${/^\s|\n|\s$/.test(s) ? ' xml:space="preserve"' : ''}>${xmlEncode(s)}</t>`;
}

/* eslint-disable no-control-regex -- these are the characters exceljs leaves out */
const ENCODE = /[<>&'"\x7F\x00-\x08\x0B-\x0C\x0E-\x1F]/g;
/* eslint-enable no-control-regex */
const ENTITIES: Record<string, string> = { '"': '&quot;', '&': '&amp;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };

/** exceljs's escaping of text: the five entities, and the control characters left out. */
function xmlEncode(s: string): string {
  return s.replace(ENCODE, (ch) => ENTITIES[ch] ?? '');
}

interface Extent {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function parseRef(ref: string | undefined): Extent | undefined {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(ref ?? '');
  if (!m) return undefined;
  const col = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { left: col(m[1] ?? 'A'), top: Number(m[2]), right: col(m[3] ?? 'A'), bottom: Number(m[4]) };
}

function expand(e: Extent | undefined, row: number, col: number): Extent {
  if (!e) return { top: row, left: col, bottom: row, right: col };
  if (row < e.top) e.top = row;
  if (row > e.bottom) e.bottom = row;
  if (col < e.left) e.left = col;
  if (col > e.right) e.right = col;
  return e;
}

const formatRef = (e: Extent) => `${columnLetter(e.left)}${e.top}:${columnLetter(e.right)}${e.bottom}`;
