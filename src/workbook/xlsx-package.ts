import JSZip from 'jszip';
import { readZipDirectory, readZipEntry } from './zip-directory.js';

/** The parts of an .xlsx package by name, in their original order. */
export type XlsxPackage = Map<string, Uint8Array>;

/**
 * Unpacks every part of a package that inspectContainer has accepted, each within its declared
 * size (a part that inflates to more than it declares is refused), the total within maxTotal.
 * Throws on anything it cannot read: callers turn that into a finding.
 */
export function readPackage(bytes: Uint8Array, maxTotal: number): XlsxPackage {
  const dir = readZipDirectory(bytes);
  if (!dir.ok) throw new Error(`zip: ${dir.reason}`);
  const parts: XlsxPackage = new Map();
  let total = 0;
  for (const entry of dir.entries) {
    if (entry.name.endsWith('/')) continue;
    total += entry.uncompressedSize;
    if (total > maxTotal) throw new Error('zip: larger than the limit');
    // readZipEntry checks the declared size and the CRC: a part that lies is refused.
    const read = readZipEntry(bytes, entry, Math.max(1, entry.uncompressedSize));
    if (!read.ok || read.data.length !== entry.uncompressedSize) throw new Error(`zip: part ${entry.name} cannot be read`);
    parts.set(entry.name, read.data);
  }
  return parts;
}

/** Packs parts into .xlsx bytes, [Content_Types].xml first, with a fixed entry date. */
export async function writePackage(parts: XlsxPackage, date: Date): Promise<Uint8Array> {
  const zip = new JSZip();
  const names = [...parts.keys()].sort((a, b) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : 0));
  for (const name of names) zip.file(name, parts.get(name) ?? new Uint8Array(), { date, createFolders: false });
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

export const partText = (parts: XlsxPackage, name: string): string | undefined => {
  const data = parts.get(name);
  return data && new TextDecoder().decode(data);
};

export const setPartText = (parts: XlsxPackage, name: string, text: string): void => {
  parts.set(name, new TextEncoder().encode(text));
};
