import { colNumber } from './cell-address.js';

/**
 * Gives cells of a sheet's XML a new style index, editing the XML in place: `restyle` maps an
 * address such as "E12" to a function from the cell's current style index to the new one. A cell
 * that is not in the XML (never touched) is added in its row, with the row's or column's style
 * as its current style, so that an empty cell can be marked as well. Values, formulas and every
 * other part of the sheet stay as they were.
 */
export function restyleCells(xml: string, restyle: ReadonlyMap<string, (current: number) => number>): string {
  const prefix = /<(\w+:)?worksheet\b/.exec(xml)?.[1] ?? '';
  const seen = new Set<string>();
  let out = xml.replace(/<((?:\w+:)?c)\b([^>]*?)(\/?)>/g, (whole, tag: string, attrs: string, close: string) => {
    const address = /\sr="\$?([A-Z]{1,3})\$?(\d+)"/.exec(attrs);
    const key = address ? `${address[1]}${address[2]}` : '';
    const fn = restyle.get(key);
    if (!fn) return whole;
    seen.add(key);
    const current = Number(/\ss="(\d+)"/.exec(attrs)?.[1] ?? 0);
    const next = fn(current);
    const rest = attrs.replace(/\ss="\d*"/, '');
    return `<${tag}${rest} s="${next}"${close}>`;
  });
  for (const [address, fn] of restyle) {
    if (seen.has(address)) continue;
    out = insertCell(out, address, fn, prefix);
  }
  return out;
}

function insertCell(xml: string, address: string, fn: (current: number) => number, prefix: string): string {
  const m = /^([A-Z]{1,3})(\d+)$/.exec(address);
  if (!m) return xml;
  const col = colNumber(m[1] ?? 'A');
  const rowNumber = Number(m[2]);
  const dataMatch = /<(?:\w+:)?sheetData\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?sheetData>)/.exec(xml);
  if (!dataMatch) return xml;
  const style = (rowAttrs: string) => {
    const rowStyle = /\scustomFormat="(1|true)"/.test(rowAttrs) ? /\ss="(\d+)"/.exec(rowAttrs)?.[1] : undefined;
    return fn(Number(rowStyle ?? columnStyle(xml, col) ?? 0));
  };
  const cell = (rowAttrs: string) => `<${prefix}c r="${address}" s="${style(rowAttrs)}"/>`;
  const dataStart = dataMatch.index;
  const sheetData = dataMatch[0];
  if (dataMatch[1] === undefined) {
    // <sheetData/>: no rows at all.
    const replacement = `<${prefix}sheetData><${prefix}row r="${rowNumber}">${cell('')}</${prefix}row></${prefix}sheetData>`;
    return xml.slice(0, dataStart) + replacement + xml.slice(dataStart + sheetData.length);
  }
  const rowRe = /<((?:\w+:)?row)\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g;
  for (const row of sheetData.matchAll(rowRe)) {
    const attrs = row[2] ?? '';
    const r = Number(/\sr="(\d+)"/.exec(attrs)?.[1] ?? NaN);
    if (!(r >= rowNumber)) continue;
    const at = dataStart + (row.index ?? 0);
    if (r > rowNumber) {
      const newRow = `<${prefix}row r="${rowNumber}">${cell('')}</${prefix}row>`;
      return xml.slice(0, at) + newRow + xml.slice(at);
    }
    const tag = row[1] ?? 'row';
    const inner = row[3] ?? '';
    const cells = [...inner.matchAll(/<(?:\w+:)?c\b[^>]*?\sr="([A-Z]{1,3})\d+"/g)];
    const after = cells.find((c) => colNumber(c[1] ?? '') > col);
    const newInner = after ? inner.slice(0, after.index) + cell(attrs) + inner.slice(after.index) : inner + cell(attrs);
    const newRow = `<${tag}${attrs.replace(/\sspans="[^"]*"/, '')}>${newInner}</${tag}>`;
    return xml.slice(0, at) + newRow + xml.slice(at + row[0].length);
  }
  const end = dataStart + sheetData.lastIndexOf('</');
  return `${xml.slice(0, end)}<${prefix}row r="${rowNumber}">${cell('')}</${prefix}row>${xml.slice(end)}`;
}

/** The style of a column from <cols>, when one is set. */
function columnStyle(xml: string, col: number): string | undefined {
  for (const m of xml.matchAll(/<(?:\w+:)?col\b([^>]*?)\/?>/g)) {
    const a = m[1] ?? '';
    const min = Number(/\smin="(\d+)"/.exec(a)?.[1]);
    const max = Number(/\smax="(\d+)"/.exec(a)?.[1]);
    if (col >= min && col <= max) return /\sstyle="(\d+)"/.exec(a)?.[1];
  }
  return undefined;
}
