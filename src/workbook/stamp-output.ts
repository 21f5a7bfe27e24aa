import JSZip from 'jszip';
import { customPropertiesPart, customProperty, declareCustomProperties, DECLARING_PARTS } from './custom-properties.js';
import { inspectContainer } from './inspect-container.js';
import { contentDigest, OUTPUT_PROPERTY, type OutputKind } from './output-stamp.js';
import { partText, setPartText, type XlsxPackage } from './xlsx-package.js';
import { packZip } from './zip-writer.js';

/** Adds (or replaces) the stamp in finished .xlsx bytes. Throws only for bytes the tool did not just write. */
export async function stampOutput(bytes: Uint8Array, kind: OutputKind): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const texts = new Map<string, string>();
  for (const part of DECLARING_PARTS) texts.set(part, (await zip.file(part)?.async('string')) ?? '');
  const existing = await zip.file('docProps/custom.xml')?.async('string');
  for (const [part, text] of stampEdits(stampValue(bytes, kind), existing, (name) => texts.get(name) ?? '')) zip.file(part, text);
  // Keep the entries' dates as they were, so that a deterministic writer stays deterministic.
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

/**
 * Adds the stamp to a package that is still a set of parts (the report workbook, before it is
 * deflated once): the digest is taken over the parts as they will be written.
 */
export function stampParts(parts: XlsxPackage, kind: OutputKind, date: Date): void {
  const value = stampValue(packZip(parts, date, 'store'), kind);
  const edits = stampEdits(value, partText(parts, 'docProps/custom.xml'), (part) => partText(parts, part) ?? '');
  for (const [part, text] of edits) setPartText(parts, part, text);
}

function stampValue(bytes: Uint8Array, kind: OutputKind): string {
  const inspection = inspectContainer(bytes);
  if (!inspection.ok) throw new Error(`cannot stamp output: ${inspection.finding.code}`);
  return `${kind};${contentDigest(inspection.info, inspection.read)}`;
}

/** The parts to write for the stamp: the custom properties, and without them before also their declarations. */
function stampEdits(value: string, existing: string | undefined, text: (part: string) => string): Array<[string, string]> {
  const property = (pid: number) => customProperty(pid, OUTPUT_PROPERTY, value);
  if (existing && existing.includes('</Properties>')) {
    const without = existing.replace(
      new RegExp(`<property\\b[^>]*name="${OUTPUT_PROPERTY}"[^>]*>[\\s\\S]*?</property>`, 'g'),
      '',
    );
    const pids = [...without.matchAll(/\bpid="(\d+)"/g)].map((m) => Number(m[1]));
    return [['docProps/custom.xml', without.replace('</Properties>', `${property(Math.max(1, ...pids) + 1)}</Properties>`)]];
  }
  return [['docProps/custom.xml', customPropertiesPart(property(2))], ...declareCustomProperties(text, 'rIdWeerbaarOutput')];
}
