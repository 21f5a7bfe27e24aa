import { inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  method: number;
  encrypted: boolean;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
}

export type ZipDirectory = { ok: true; entries: ZipEntry[] } | { ok: false; reason: 'no-directory' | 'truncated' | 'zip64' };

const EOCD = 0x06054b50;
const CEN = 0x02014b50;
const LOC = 0x04034b50;

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
      compressedSize: u32(p + 20),
      uncompressedSize: u32(p + 24),
      localOffset: u32(p + 42),
      name: new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLength)),
    };
    if (entry.compressedSize === 0xffffffff || entry.uncompressedSize === 0xffffffff) return { ok: false, reason: 'zip64' };
    if (entry.localOffset + 30 > bytes.length || u32(entry.localOffset) !== LOC) return { ok: false, reason: 'truncated' };
    entries.push(entry);
    p += 46 + nameLength + u16(p + 30) + u16(p + 32);
  }
  return { ok: true, entries };
}

/** Inflates one entry, refusing to produce more than maxBytes. Returns undefined when it cannot. */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry, maxBytes: number): Uint8Array | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const start = entry.localOffset + 30 + view.getUint16(entry.localOffset + 26, true) + view.getUint16(entry.localOffset + 28, true);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (data.length < entry.compressedSize || entry.encrypted) return undefined;
  try {
    if (entry.method === 0) return data.length <= maxBytes ? data : undefined;
    if (entry.method === 8) return new Uint8Array(inflateRawSync(data, { maxOutputLength: maxBytes }));
  } catch {
    return undefined;
  }
  return undefined;
}
