import type { Finding } from '../findings/finding.js';
import { makeFinding } from '../findings/make-finding.js';
import { readZipDirectory, readZipEntry, storedData, type ZipEntry, type ZipEntryProblem } from './zip-directory.js';
import { attributes, decodeXml } from './xml-scan.js';

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

interface SheetInfo {
  name: string;
  /** The zip entry of the sheet's XML, e.g. xl/worksheets/sheet3.xml. */
  part: string;
  state: 'visible' | 'hidden' | 'veryHidden';
}

export interface ContainerInfo {
  sheets: SheetInfo[];
  definedNames: Array<{ name: string; ref: string }>;
  customProperties: Record<string, string>;
  /** Parts that a return from the template never has: macros (VBA, Excel 4 macro sheets) and links to other workbooks. */
  macros: boolean;
  externalLinks: boolean;
}

/**
 * On success, `read` gives the text of an XML part (inflated once, within a size limit; a damaged
 * part throws a DamagedPartError), and `verify` inflates and checks every part, for a caller that
 * hands the whole zip to a library (exceljs) which checks neither sizes nor checksums.
 */
export type Inspection =
  | { ok: true; info: ContainerInfo; read: (part: string) => string | undefined; verify: () => void }
  | { ok: false; finding: Finding };

/**
 * Whether a sheet's XML carries sheet protection. LibreOffice writes sheet="true" where Excel
 * writes sheet="1" (exceljs reads only the latter), so this reads the XML itself.
 */
export function isSheetProtected(sheetXml: string): boolean {
  // The element sits near the end of a sheet: look for it from its first mention, not from every '<'.
  const at = sheetXml.indexOf('sheetProtection');
  if (at < 0) return false;
  const protection = firstElement(sheetXml.slice(Math.max(0, sheetXml.lastIndexOf('<', at))), 'sheetProtection');
  return protection !== undefined && (protection.sheet === '1' || protection.sheet === 'true');
}

/** Names that pollute Object.prototype in exceljs 4.4.0 when used as a sheet or defined name. */
const HOSTILE_NAMES = new Set([
  '__proto__',
  'constructor',
  'prototype',
  '__definegetter__',
  '__definesetter__',
  '__lookupgetter__',
  '__lookupsetter__',
]);
const XML_PART_LIMIT = 50 * 1024 * 1024;
/** One decoder for every part: making one per part cost more than decoding a small part. */
const UTF8 = new TextDecoder();

/**
 * Looks at the bytes before any spreadsheet library does: what kind of file this is, whether the
 * zip is whole and within limits, and whether its names are safe. Reads the sheet list, defined
 * names and custom properties straight from the XML; other parts are inflated only when read.
 */
export function inspectContainer(bytes: Uint8Array, limits: ContainerLimits = DEFAULT_LIMITS): Inspection {
  const fail = (finding: Finding) => ({ ok: false as const, finding });
  if (bytes.length === 0) return fail(makeFinding('FILE_EMPTY'));
  if (bytes.length > limits.maxFileBytes)
    return fail(makeFinding('FILE_TOO_LARGE', { size: bytes.length, limit: limits.maxFileBytes }));
  const kind = sniff(bytes);
  if (kind === 'ole') return fail(isEncryptedOle(bytes) ? makeFinding('FILE_ENCRYPTED') : makeFinding('FILE_LEGACY_XLS'));
  if (kind !== 'zip') return fail(makeFinding('FILE_NOT_XLSX', { kind }));

  const dir = readZipDirectory(bytes);
  if (!dir.ok)
    return dir.reason === 'zip64'
      ? fail(makeFinding('FILE_ZIP_BOMB', { reason: 'zip64' }))
      : fail(makeFinding('FILE_CORRUPT_ZIP', { reason: dir.reason }));
  const entries = new Map(dir.entries.map((e) => [e.name, e]));
  if (dir.entries.length > limits.maxEntries)
    return fail(makeFinding('FILE_ZIP_BOMB', { reason: 'entries', count: dir.entries.length, limit: limits.maxEntries }));
  const total = dir.entries.reduce((s, e) => s + e.uncompressedSize, 0);
  if (total > limits.maxUncompressedBytes)
    return fail(makeFinding('FILE_ZIP_BOMB', { reason: 'size', size: total, limit: limits.maxUncompressedBytes }));
  if (dir.entries.some((e) => e.encrypted)) return fail(makeFinding('FILE_ENCRYPTED'));

  const cache = new Map<string, string>();
  /** The text of a part; a part that is there but damaged throws a DamagedPartError (its finding). */
  const text = (entry: ZipEntry | undefined): string | undefined => {
    if (!entry) return undefined;
    const cached = cache.get(entry.name);
    if (cached !== undefined) return cached;
    const known = knownText(bytes, entry);
    if (known !== undefined) {
      cache.set(entry.name, known);
      return known;
    }
    const read = readZipEntry(bytes, entry, XML_PART_LIMIT);
    if (!read.ok) throw new DamagedPartError(partFinding(read.problem, entry));
    const decoded = UTF8.decode(read.data);
    cache.set(entry.name, decoded);
    keepText(bytes, entry, decoded);
    return decoded;
  };
  const verify = () => {
    for (const entry of entries.values()) {
      const read = readZipEntry(bytes, entry, XML_PART_LIMIT);
      if (!read.ok) throw new DamagedPartError(partFinding(read.problem, entry));
    }
  };
  try {
    const inspection = inspectParts(entries, text);
    return inspection.ok ? { ...inspection, verify } : inspection;
  } catch (e) {
    if (e instanceof DamagedPartError) return { ok: false, finding: e.finding };
    throw e;
  }
}

/**
 * The texts of parts read from earlier files, by their stored bytes and their directory entry.
 * Returns made from one template share parts byte for byte (the shared strings of the template's
 * texts, the styles, the workbook part), and the same stored bytes with the same method, sizes
 * and checksum always inflate to the same text, or fail the same way: only texts that were read
 * whole and checked are kept. Worksheets, which hold each return's answers, are not kept. At most
 * KNOWN_PARTS texts, the least recently used dropped first.
 */
const known = new Map<string, { stored: Uint8Array; text: string }>();
const KNOWN_PARTS = 16;
/** Larger parts are not kept: at most some 12 MB for all kept texts and bytes. */
const KNOWN_MAX_SIZE = 256 * 1024;

const knownKey = (e: ZipEntry) => `${e.method}/${e.compressedSize}/${e.uncompressedSize}/${e.crc >>> 0}/${e.encrypted}`;

function knownText(bytes: Uint8Array, entry: ZipEntry): string | undefined {
  if (known.size === 0) return undefined;
  const key = knownKey(entry);
  const hit = known.get(key);
  if (!hit) return undefined;
  const stored = storedData(bytes, entry);
  if (stored.length !== entry.compressedSize || !Buffer.from(stored.buffer, stored.byteOffset, stored.length).equals(hit.stored))
    return undefined;
  known.delete(key);
  known.set(key, hit);
  return hit.text;
}

function keepText(bytes: Uint8Array, entry: ZipEntry, text: string): void {
  if (entry.name.startsWith('xl/worksheets/') || entry.uncompressedSize > KNOWN_MAX_SIZE) return;
  const key = knownKey(entry);
  known.delete(key);
  known.set(key, { stored: storedData(bytes, entry).slice(), text });
  if (known.size > KNOWN_PARTS) known.delete(known.keys().next().value as string);
}

/** A zip part that is listed but cannot be read whole and unchanged; carries the finding to report. */
export class DamagedPartError extends Error {
  constructor(readonly finding: Finding) {
    super(finding.code);
  }
}

function partFinding(problem: ZipEntryProblem, entry: ZipEntry): Finding {
  if (problem === 'limit')
    return makeFinding('FILE_ZIP_BOMB', { reason: 'size', size: entry.uncompressedSize, limit: XML_PART_LIMIT });
  if (problem === 'encrypted') return makeFinding('FILE_ENCRYPTED');
  return makeFinding('FILE_CORRUPT_ZIP', { reason: problem, part: entry.name });
}

function inspectParts(
  entries: Map<string, ZipEntry>,
  text: (entry: ZipEntry | undefined) => string | undefined,
): { ok: true; info: ContainerInfo; read: (part: string) => string | undefined } | { ok: false; finding: Finding } {
  const fail = (finding: Finding) => ({ ok: false as const, finding });
  if (entries.has('mimetype') && (text(entries.get('mimetype')) ?? '').includes('opendocument'))
    return fail(makeFinding('FILE_ODS'));
  const workbookXml = text(entries.get('xl/workbook.xml'));
  if (!entries.has('[Content_Types].xml') || workbookXml === undefined) {
    return entries.has('xl/workbook.xml')
      ? fail(makeFinding('FILE_CORRUPT_ZIP', { reason: 'workbook' }))
      : fail(makeFinding('FILE_NOT_XLSX', { kind: otherOffice(entries) }));
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
  const hostile = [...sheets.map((s) => s.name), ...definedNames.map((d) => d.name)].find((n) =>
    HOSTILE_NAMES.has(n.toLowerCase()),
  );
  if (hostile !== undefined) return fail(makeFinding('FILE_HOSTILE_NAME', { name: hostile }));

  return {
    ok: true,
    info: {
      sheets,
      definedNames,
      customProperties: readCustomProperties(text(entries.get('docProps/custom.xml')) ?? ''),
      macros: [...entries.keys()].some((n) => /(^|\/)vbaProject\.bin$/i.test(n) || /^xl\/macrosheets\//i.test(n)),
      externalLinks: [...entries.keys()].some((n) => /^xl\/externalLinks\//i.test(n)),
    },
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

/** The attributes of the first element with this tag, without looking further (elements(…)[0]). */
function firstElement(xml: string, tag: string): Record<string, string> | undefined {
  const m = new RegExp(`<(?:[a-zA-Z0-9]+:)?${tag}\\b([^>]*?)/?>`).exec(xml);
  return m ? attributes(m[1] ?? '') : undefined;
}
