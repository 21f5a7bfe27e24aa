import type { Finding } from '../findings/finding.js';
import { makeFinding } from '../findings/make-finding.js';
import { readZipDirectory, readZipEntry, type ZipEntry } from './zip-directory.js';

export interface ContainerLimits {
  /** Largest file accepted at all. */
  maxFileBytes: number;
  /** Largest sum of the declared uncompressed sizes of all entries. */
  maxUncompressedBytes: number;
  maxEntries: number;
}

/** A filled-in template is about 40 KB; these limits leave ample room and stop hostile files early. */
export const DEFAULT_LIMITS: ContainerLimits = {
  maxFileBytes: 20 * 1024 * 1024,
  maxUncompressedBytes: 100 * 1024 * 1024,
  maxEntries: 1000,
};

export interface SheetInfo {
  name: string;
  /** The zip entry of the sheet's XML, e.g. xl/worksheets/sheet3.xml. */
  part: string;
  state: 'visible' | 'hidden' | 'veryHidden';
}

export interface ContainerInfo {
  sheets: SheetInfo[];
  definedNames: Array<{ name: string; ref: string }>;
  customProperties: Record<string, string>;
}

/** On success, `read` gives the text of an XML part (inflated once, within a size limit). */
export type Inspection = { ok: true; info: ContainerInfo; read: (part: string) => string | undefined } | { ok: false; finding: Finding };

/**
 * Whether a sheet's XML carries sheet protection. LibreOffice writes sheet="true" where Excel
 * writes sheet="1" (exceljs reads only the latter), so this reads the XML itself.
 */
export function isSheetProtected(sheetXml: string): boolean {
  const protection = elements(sheetXml, 'sheetProtection')[0];
  return protection !== undefined && (protection.sheet === '1' || protection.sheet === 'true');
}

/** Names that pollute Object.prototype in exceljs 4.4.0 when used as a sheet or defined name. */
const HOSTILE_NAMES = new Set(['__proto__', 'constructor', 'prototype', '__definegetter__', '__definesetter__', '__lookupgetter__', '__lookupsetter__']);
const XML_PART_LIMIT = 50 * 1024 * 1024;

/**
 * Looks at the bytes before any spreadsheet library does: what kind of file this is, whether the
 * zip is whole and within limits, and whether its names are safe. Reads the sheet list, defined
 * names and custom properties straight from the XML; other parts are inflated only when read.
 */
export function inspectContainer(bytes: Uint8Array, limits: ContainerLimits = DEFAULT_LIMITS): Inspection {
  const fail = (finding: Finding) => ({ ok: false as const, finding });
  if (bytes.length === 0) return fail(makeFinding('FILE_EMPTY'));
  if (bytes.length > limits.maxFileBytes) return fail(makeFinding('FILE_TOO_LARGE', { size: bytes.length, limit: limits.maxFileBytes }));
  const kind = sniff(bytes);
  if (kind === 'ole') return fail(isEncryptedOle(bytes) ? makeFinding('FILE_ENCRYPTED') : makeFinding('FILE_LEGACY_XLS'));
  if (kind !== 'zip') return fail(makeFinding('FILE_NOT_XLSX', { kind }));

  const dir = readZipDirectory(bytes);
  if (!dir.ok) return dir.reason === 'zip64' ? fail(makeFinding('FILE_ZIP_BOMB', { reason: 'zip64' })) : fail(makeFinding('FILE_CORRUPT_ZIP', { reason: dir.reason }));
  const entries = new Map(dir.entries.map((e) => [e.name, e]));
  if (dir.entries.length > limits.maxEntries) return fail(makeFinding('FILE_ZIP_BOMB', { reason: 'entries', count: dir.entries.length, limit: limits.maxEntries }));
  const total = dir.entries.reduce((s, e) => s + e.uncompressedSize, 0);
  if (total > limits.maxUncompressedBytes) return fail(makeFinding('FILE_ZIP_BOMB', { reason: 'size', size: total, limit: limits.maxUncompressedBytes }));
  if (dir.entries.some((e) => e.encrypted)) return fail(makeFinding('FILE_ENCRYPTED'));

  const cache = new Map<string, string | undefined>();
  const text = (entry: ZipEntry | undefined): string | undefined => {
    if (!entry) return undefined;
    if (cache.has(entry.name)) return cache.get(entry.name);
    const data = readZipEntry(bytes, entry, XML_PART_LIMIT);
    const decoded = data && new TextDecoder().decode(data);
    cache.set(entry.name, decoded);
    return decoded;
  };
  if (entries.has('mimetype') && (text(entries.get('mimetype')) ?? '').includes('opendocument')) return fail(makeFinding('FILE_ODS'));
  const workbookXml = text(entries.get('xl/workbook.xml'));
  if (!entries.has('[Content_Types].xml') || workbookXml === undefined) {
    return entries.has('xl/workbook.xml') ? fail(makeFinding('FILE_CORRUPT_ZIP', { reason: 'workbook' })) : fail(makeFinding('FILE_NOT_XLSX', { kind: otherOffice(entries) }));
  }

  const relsXml = text(entries.get('xl/_rels/workbook.xml.rels')) ?? '';
  const targets = new Map(elements(relsXml, 'Relationship').map((a) => [a.Id ?? '', a.Target ?? '']));
  const sheets: SheetInfo[] = [];
  for (const a of elements(workbookXml, 'sheet')) {
    const name = a.name ?? '';
    const target = targets.get(a['r:id'] ?? '') ?? '';
    const part = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
    sheets.push({
      name,
      part,
      state: a.state === 'hidden' || a.state === 'veryHidden' ? a.state : 'visible',
    });
  }
  const definedNames = [...workbookXml.matchAll(/<definedName\b([^>]*)>([^<]*)<\/definedName>/g)].map((m) => ({
    name: attributes(m[1] ?? '').name ?? '',
    ref: decodeXml(m[2] ?? ''),
  }));
  const hostile = [...sheets.map((s) => s.name), ...definedNames.map((d) => d.name)].find((n) => HOSTILE_NAMES.has(n.toLowerCase()));
  if (hostile !== undefined) return fail(makeFinding('FILE_HOSTILE_NAME', { name: hostile }));

  return {
    ok: true,
    info: { sheets, definedNames, customProperties: readCustomProperties(text(entries.get('docProps/custom.xml')) ?? '') },
    read: (part) => text(entries.get(part)),
  };
}

function sniff(bytes: Uint8Array): 'zip' | 'ole' | 'pdf' | 'text' | 'unknown' {
  const b = (i: number) => bytes[i] ?? -1;
  if (b(0) === 0x50 && b(1) === 0x4b && (b(2) === 3 || b(2) === 5 || b(2) === 7)) return 'zip';
  if ([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1].every((v, i) => b(i) === v)) return 'ole';
  if (b(0) === 0x25 && b(1) === 0x50 && b(2) === 0x44 && b(3) === 0x46) return 'pdf';
  const sample = bytes.subarray(0, 4096);
  const printable = sample.filter((c) => c === 9 || c === 10 || c === 13 || c >= 32).length;
  return printable / sample.length > 0.95 ? 'text' : 'unknown';
}

/** An encrypted OOXML file is an OLE container with EncryptionInfo and EncryptedPackage streams. */
function isEncryptedOle(bytes: Uint8Array): boolean {
  const needle = Buffer.from('EncryptionInfo', 'utf16le');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle);
}

function otherOffice(entries: Map<string, ZipEntry>): string {
  if (entries.has('word/document.xml')) return 'docx';
  if (entries.has('ppt/presentation.xml')) return 'pptx';
  return 'zip';
}

function readCustomProperties(xml: string): Record<string, string> {
  const props: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const m of xml.matchAll(/<property\b([^>]*)>\s*<vt:[a-z0-9]+>([^<]*)<\/vt:[a-z0-9]+>\s*<\/property>/gi)) {
    const name = attributes(m[1] ?? '').name;
    if (name && !HOSTILE_NAMES.has(name.toLowerCase())) props[name] = decodeXml(m[2] ?? '');
  }
  return props;
}

/** The attributes of every element with this tag (no namespace prefix needed). */
function elements(xml: string, tag: string): Array<Record<string, string>> {
  const re = new RegExp(`<(?:[a-zA-Z0-9]+:)?${tag}\\b([^>]*?)/?>`, 'g');
  return [...xml.matchAll(re)].map((m) => attributes(m[1] ?? ''));
}

export function attributes(source: string): Record<string, string> {
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const m of source.matchAll(/([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g)) out[m[1] ?? ''] = decodeXml(m[3] ?? m[4] ?? '');
  return out;
}

export function decodeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) => {
    const lower = e.toLowerCase();
    if (lower.startsWith('#x')) return String.fromCodePoint(parseInt(lower.slice(2), 16));
    if (lower.startsWith('#')) return String.fromCodePoint(parseInt(lower.slice(1), 10));
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[lower] ?? e;
  });
}
