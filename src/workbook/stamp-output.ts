import JSZip from 'jszip';
import { inspectContainer } from './inspect-container.js';
import { contentDigest, OUTPUT_PROPERTY, type OutputKind } from './output-stamp.js';
import { partText, setPartText, type XlsxPackage } from './xlsx-package.js';
import { packZip } from './zip-writer.js';

/** Adds (or replaces) the stamp in finished .xlsx bytes. Throws only for bytes the tool did not just write. */
export async function stampOutput(bytes: Uint8Array, kind: OutputKind): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const edits = stampEdits(
    stampValue(bytes, kind),
    await zip.file('docProps/custom.xml')?.async('string'),
    async (part) => (await zip.file(part)?.async('string')) ?? '',
  );
  for (const [part, text] of await edits) zip.file(part, text);
  // Keep the entries' dates as they were, so that a deterministic writer stays deterministic.
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

/**
 * Adds the stamp to a package that is still a set of parts (the report workbook, before it is
 * deflated once): the digest is taken over the parts as they will be written.
 */
export async function stampParts(parts: XlsxPackage, kind: OutputKind, date: Date): Promise<void> {
  const value = stampValue(packZip(parts, date, 'store'), kind);
  const edits = await stampEdits(value, partText(parts, 'docProps/custom.xml'), (part) => partText(parts, part) ?? '');
  for (const [part, text] of edits) setPartText(parts, part, text);
}

function stampValue(bytes: Uint8Array, kind: OutputKind): string {
  const inspection = inspectContainer(bytes);
  if (!inspection.ok) throw new Error(`cannot stamp output: ${inspection.finding.code}`);
  return `${kind};${contentDigest(inspection.info, inspection.read)}`;
}

/** The parts to write for the stamp: the custom properties, and without them before also the content types and relationships. */
async function stampEdits(
  value: string,
  existing: string | undefined,
  text: (part: string) => string | Promise<string>,
): Promise<Array<[string, string]>> {
  const property = (pid: number) =>
    `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${pid}" name="${OUTPUT_PROPERTY}"><vt:lpwstr>${value}</vt:lpwstr></property>`;
  if (existing && existing.includes('</Properties>')) {
    const without = existing.replace(
      new RegExp(`<property\\b[^>]*name="${OUTPUT_PROPERTY}"[^>]*>[\\s\\S]*?</property>`, 'g'),
      '',
    );
    const pids = [...without.matchAll(/\bpid="(\d+)"/g)].map((m) => Number(m[1]));
    return [['docProps/custom.xml', without.replace('</Properties>', `${property(Math.max(1, ...pids) + 1)}</Properties>`)]];
  }
  const edits: Array<[string, string]> = [
    [
      'docProps/custom.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">${property(2)}</Properties>`,
    ],
  ];
  const types = await text('[Content_Types].xml');
  if (!types.includes('/docProps/custom.xml')) {
    edits.push([
      '[Content_Types].xml',
      types.replace(
        '</Types>',
        '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>',
      ),
    ]);
  }
  const rels = await text('_rels/.rels');
  if (!rels.includes('docProps/custom.xml')) {
    edits.push([
      '_rels/.rels',
      rels.replace(
        '</Relationships>',
        '<Relationship Id="rIdWeerbaarOutput" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>',
      ),
    ]);
  }
  return edits;
}
