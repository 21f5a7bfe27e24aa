// The floor: the least a correct tool must do to read the statuses of a return, with nothing but
// node:zlib. It reads the zip's central directory, inflates (and checks the CRC of) workbook.xml,
// its relationships, the shared strings and the answer sheet, finds the answer sheet and the status
// column through the defined names `nr` and `status`, and reads those two columns cell by cell,
// decoding shared and inline strings and XML entities. It takes no shortcut that depends on how
// our template happens to be written (no fixed sheet part, no fixed cell positions, no fixed
// attribute order), so it still reads a return saved by Excel or LibreOffice.
import { crc32, inflateRawSync } from 'node:zlib';

/** The parts of a zip by name, inflated on demand. */
function zipParts(bytes) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip');
  const count = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  const entries = new Map();
  const names = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (view.getUint32(p, true) !== 0x02014b50) throw new Error('damaged central directory');
    const nameLength = view.getUint16(p + 28, true);
    entries.set(names.decode(bytes.subarray(p + 46, p + 46 + nameLength)), {
      method: view.getUint16(p + 10, true),
      crc: view.getUint32(p + 16, true),
      compressedSize: view.getUint32(p + 20, true),
      size: view.getUint32(p + 24, true),
      offset: view.getUint32(p + 42, true),
    });
    p += 46 + nameLength + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  const text = new TextDecoder();
  return (name) => {
    const e = entries.get(name);
    if (!e) return undefined;
    const start = e.offset + 30 + view.getUint16(e.offset + 26, true) + view.getUint16(e.offset + 28, true);
    const raw = bytes.subarray(start, start + e.compressedSize);
    const data = e.method === 0 ? raw : inflateRawSync(raw, { maxOutputLength: e.size + 1 });
    if (data.length !== e.size || crc32(data) >>> 0 !== e.crc) throw new Error(`damaged part ${name}`);
    return text.decode(data);
  };
}

const ENTITY = /&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi;
const NAMED = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s) =>
  s.indexOf('&') < 0
    ? s
    : s.replace(ENTITY, (_, e) =>
        e[0] === '#'
          ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10))
          : NAMED[e.toLowerCase()],
      );
const attr = (attrs, name) => new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1];
/** The text of a string item: its <t> runs, without phonetic runs. */
const runs = (xml) => {
  let s = '';
  for (const m of xml
    .replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, '')
    .matchAll(/<(?:\w+:)?t\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?t>)/g))
    s += decode(m[1] ?? '');
  return s;
};
const colNumber = (letters) => [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
const colLetters = (n) => (n > 26 ? colLetters(Math.floor((n - 1) / 26)) : '') + String.fromCharCode(65 + ((n - 1) % 26));

/** A defined name's range: sheet, column, first and last row (a single column). */
function range(workbookXml, name) {
  const m = new RegExp(`<(?:\\w+:)?definedName\\b[^>]*\\bname="${name}"[^>]*>([^<]*)<`).exec(workbookXml);
  if (!m) throw new Error(`no defined name ${name}`);
  const r = /^(?:'((?:[^']|'')+)'|([^!]+))!\$?([A-Z]+)\$?(\d+)(?::\$?[A-Z]+\$?(\d+))?$/.exec(decode(m[1]));
  if (!r) throw new Error(`unreadable range for ${name}`);
  return { sheet: r[1] ? r[1].replace(/''/g, "'") : r[2], col: colNumber(r[3]), top: Number(r[4]), bottom: Number(r[5] ?? r[4]) };
}

/**
 * Reads one return: principle id → the status text as typed (null when empty). Throws on a file
 * it cannot read (the bench feeds it only returns the tool accepts as readable).
 */
export function readStatuses(bytes) {
  const part = zipParts(bytes);
  const workbook = part('xl/workbook.xml');
  const rels = part('xl/_rels/workbook.xml.rels') ?? '';
  const ids = range(workbook, 'nr');
  const status = range(workbook, 'status');
  const sheet = [...workbook.matchAll(/<(?:\w+:)?sheet\b([^>]*?)\/?>/g)]
    .map((m) => m[1])
    .find((a) => decode(attr(a, 'name') ?? '') === ids.sheet);
  const rid = sheet && attr(sheet, 'r:id');
  const rel = [...rels.matchAll(/<Relationship\b([^>]*?)\/?>/g)].map((m) => m[1]).find((a) => attr(a, 'Id') === rid);
  const target = rel && attr(rel, 'Target');
  if (!target) throw new Error('answer sheet not found');
  const sheetXml = part(target.startsWith('/') ? target.slice(1) : `xl/${target}`);

  // Only the two columns, within the rows of the range; cells without r follow the previous one.
  const wanted = new Map([
    [colLetters(ids.col), 'id'],
    [colLetters(status.col), 'status'],
  ]);
  const found = new Map();
  let row = 0;
  for (const r of sheetXml.matchAll(/<(?:\w+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g)) {
    const n = Number(attr(r[1], 'r'));
    row = n > 0 ? n : row + 1;
    if (row < ids.top || row > ids.bottom || !r[2]) continue;
    let col = 0;
    for (const c of r[2].matchAll(/<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g)) {
      const ref = attr(c[1], 'r');
      const letters = ref ? /^[A-Z]+/.exec(ref)[0] : colLetters(col + 1);
      col = colNumber(letters);
      const kind = wanted.get(letters);
      if (!kind) continue;
      const t = attr(c[1], 't');
      const inner = c[2] ?? '';
      const v = /<(?:\w+:)?v>([\s\S]*?)<\/(?:\w+:)?v>/.exec(inner)?.[1];
      const value = t === 's' ? { shared: Number(v) } : t === 'inlineStr' ? runs(inner) : v === undefined ? null : decode(v);
      found.set(`${kind}${row}`, value);
    }
  }
  // Shared strings: only when a wanted cell points into the table, and then only those items.
  let shared;
  const text = (value) => {
    if (value === null || value === undefined || typeof value === 'string') return value ?? null;
    shared ??= [...(part('xl/sharedStrings.xml') ?? '').matchAll(/<(?:\w+:)?si>([\s\S]*?)<\/(?:\w+:)?si>|<(?:\w+:)?si\/>/g)].map(
      (m) => m[1] ?? '',
    );
    return runs(shared[value.shared] ?? '');
  };
  const statuses = {};
  for (let r = ids.top; r <= ids.bottom; r++) {
    const id = text(found.get(`id${r}`));
    if (!id) continue;
    const s = text(found.get(`status${r}`));
    statuses[id] = s === null || s === '' ? null : s;
  }
  return statuses;
}
