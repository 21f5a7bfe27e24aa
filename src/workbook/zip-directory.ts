import { constants, crc32, inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  method: number;
  encrypted: boolean;
  compressedSize: number;
  uncompressedSize: number;
  /** The CRC-32 the directory declares for the inflated data. */
  crc: number;
  localOffset: number;
}

export type ZipDirectory = { ok: true; entries: ZipEntry[] } | { ok: false; reason: 'no-directory' | 'truncated' | 'zip64' };

const EOCD = 0x06054b50;
const CEN = 0x02014b50;
const LOC = 0x04034b50;
/** The largest output chunk asked for: a declared size that lies makes no larger allocation than this. */
const MAX_CHUNK = 1024 * 1024;
/** One decoder for every entry name (a decoder per name cost more than the name). */
const NAMES = new TextDecoder();

/**
 * Reads a zip's central directory without inflating anything, so that limits can be checked
 * before a library unpacks the whole archive.
 */
export function readZipDirectory(bytes: Uint8Array): ZipDirectory {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (o: number) => view.getUint16(o, true);
  const u32 = (o: number) => view.getUint32(o, true);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (u32(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return { ok: false, reason: 'no-directory' };
  const count = u16(eocd + 10);
  const size = u32(eocd + 12);
  const offset = u32(eocd + 16);
  if (count === 0xffff || offset === 0xffffffff) return { ok: false, reason: 'zip64' };
  if (offset + size > eocd) return { ok: false, reason: 'truncated' };

  const entries: ZipEntry[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || u32(p) !== CEN) return { ok: false, reason: 'truncated' };
    const nameLength = u16(p + 28);
    const entry: ZipEntry = {
      method: u16(p + 10),
      encrypted: (u16(p + 8) & 1) === 1,
      crc: u32(p + 16),
      compressedSize: u32(p + 20),
      uncompressedSize: u32(p + 24),
      localOffset: u32(p + 42),
      name: NAMES.decode(bytes.subarray(p + 46, p + 46 + nameLength)),
    };
    if (entry.compressedSize === 0xffffffff || entry.uncompressedSize === 0xffffffff) return { ok: false, reason: 'zip64' };
    if (entry.localOffset + 30 > bytes.length || u32(entry.localOffset) !== LOC) return { ok: false, reason: 'truncated' };
    entries.push(entry);
    p += 46 + nameLength + u16(p + 30) + u16(p + 32);
  }
  return { ok: true, entries };
}

/**
 * Why an entry could not be read: 'limit' (it inflates beyond maxBytes), 'declared' (it inflates
 * to more than its declared size: the size lies), 'short' (less than declared), 'deflate'
 * (damaged compressed data), 'crc' (the data does not match its checksum), 'method'
 * (a compression other than stored or deflate), 'encrypted', 'truncated' (the data runs past the end).
 */
export type ZipEntryProblem = 'limit' | 'declared' | 'short' | 'deflate' | 'crc' | 'method' | 'encrypted' | 'truncated';

export type ZipEntryData = { ok: true; data: Uint8Array } | { ok: false; problem: ZipEntryProblem };

/**
 * Inflates one entry and checks it against the directory: never more than maxBytes, never more
 * than the declared size (a size that lies is refused before the data is produced), the whole
 * declared size, and the CRC-32.
 */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry, maxBytes: number): ZipEntryData {
  if (entry.encrypted) return { ok: false, problem: 'encrypted' };
  const data = storedData(bytes, entry);
  if (data.length < entry.compressedSize) return { ok: false, problem: 'truncated' };
  if (entry.uncompressedSize > maxBytes) return { ok: false, problem: 'limit' };
  let out: Uint8Array;
  if (entry.method === 0) out = data;
  else if (entry.method === 8) {
    try {
      // One byte more than declared: producing it proves the declared size wrong, without inflating the rest.
      // Output buffers of that size too (within zlib's bounds): a part of the declared size is then
      // inflated into one buffer, not into 16 KB chunks joined by a copy at the end.
      const inflated = inflateRawSync(data, {
        maxOutputLength: entry.uncompressedSize + 1,
        chunkSize: Math.min(Math.max(entry.uncompressedSize + 1, constants.Z_MIN_CHUNK), MAX_CHUNK),
      });
      // A view, not a copy: a return's parts are read once, and the copy doubled their garbage.
      out = new Uint8Array(inflated.buffer, inflated.byteOffset, inflated.byteLength);
    } catch (e) {
      return { ok: false, problem: (e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' ? 'declared' : 'deflate' };
    }
  } else return { ok: false, problem: 'method' };
  if (out.length > entry.uncompressedSize) return { ok: false, problem: 'declared' };
  if (out.length < entry.uncompressedSize) return { ok: false, problem: 'short' };
  if (crc32(out) >>> 0 !== entry.crc >>> 0) return { ok: false, problem: 'crc' };
  return { ok: true, data: out };
}

/**
 * The entry's data as stored (compressed), a view of the zip's bytes; shorter than the declared
 * compressed size when the zip is cut off.
 */
export function storedData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const start =
    entry.localOffset + 30 + view.getUint16(entry.localOffset + 26, true) + view.getUint16(entry.localOffset + 28, true);
  return bytes.subarray(start, start + entry.compressedSize);
}
