import { crc32, deflateRawSync } from 'node:zlib';

/**
 * Packs named parts into zip bytes in the given order, each part deflated once with node:zlib
 * (level 6) or stored, every entry dated `date` (UTC, as a zip stores it: to two seconds), so
 * that the same parts and date give the same bytes. No zip64: a part or a package of 4 GB, or
 * 65,535 entries, is refused.
 */
export function packZip(parts: Iterable<readonly [string, Uint8Array]>, date: Date, method: 'deflate' | 'store'): Uint8Array {
  const time = (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1);
  const day = (Math.max(0, date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  let count = 0;
  for (const [name, data] of parts) {
    const nameBytes = new TextEncoder().encode(name);
    const body = method === 'deflate' ? deflateRawSync(data, { level: 6 }) : data;
    // Bit 11: the name is UTF-8 (only needed, and only set, when it is not plain ASCII).
    const flags = nameBytes.length === name.length ? 0 : 0x0800;
    const crc = crc32(data) >>> 0;
    if (data.length >= 0xffffffff || body.length >= 0xffffffff || offset >= 0xffffffff) throw new Error('zip: too large');
    const local = new Uint8Array(30 + nameBytes.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, flags, true);
    lv.setUint16(8, method === 'deflate' ? 8 : 0, true);
    lv.setUint16(10, time, true);
    lv.setUint16(12, day, true);
    lv.setUint32(14, crc, true);
    lv.setUint32(18, body.length, true);
    lv.setUint32(22, data.length, true);
    lv.setUint16(26, nameBytes.length, true);
    local.set(nameBytes, 30);
    const central = new Uint8Array(46 + nameBytes.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    central.set(local.subarray(6, 26), 8);
    cv.setUint16(28, nameBytes.length, true);
    cv.setUint32(42, offset, true);
    central.set(nameBytes, 46);
    locals.push(local, body);
    centrals.push(central);
    offset += local.length + body.length;
    count++;
  }
  if (count >= 0xffff) throw new Error('zip: too many entries');
  const directorySize = centrals.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, count, true);
  ev.setUint16(10, count, true);
  ev.setUint32(12, directorySize, true);
  ev.setUint32(16, offset, true);
  const out = new Uint8Array(offset + directorySize + end.length);
  let at = 0;
  for (const chunk of [...locals, ...centrals, end]) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
