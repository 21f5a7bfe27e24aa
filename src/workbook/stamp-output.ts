import JSZip from 'jszip';
import { inspectContainer } from './inspect-container.js';
import { contentDigest, OUTPUT_PROPERTY, type OutputKind } from './output-stamp.js';

/** Adds (or replaces) the stamp in finished .xlsx bytes. Throws only for bytes the tool did not just write. */
export async function stampOutput(bytes: Uint8Array, kind: OutputKind): Promise<Uint8Array> {
  const inspection = inspectContainer(bytes);
  if (!inspection.ok) throw new Error(`cannot stamp output: ${inspection.finding.code}`);
  const value = `${kind};${contentDigest(inspection.info, inspection.read)}`;
  const zip = await JSZip.loadAsync(bytes);
  const existing = await zip.file('docProps/custom.xml')?.async('string');
  const property = (pid: number) =>
    `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${pid}" name="${OUTPUT_PROPERTY}"><vt:lpwstr>${value}</vt:lpwstr></property>`;
  if (existing && existing.includes('</Properties>')) {
    const without = existing.replace(
      new RegExp(`<property\\b[^>]*name="${OUTPUT_PROPERTY}"[^>]*>[\\s\\S]*?</property>`, 'g'),
      '',
    );
    const pids = [...without.matchAll(/\bpid="(\d+)"/g)].map((m) => Number(m[1]));
    zip.file('docProps/custom.xml', without.replace('</Properties>', `${property(Math.max(1, ...pids) + 1)}</Properties>`));
  } else {
    zip.file(
      'docProps/custom.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">${property(2)}</Properties>`,
    );
    const types = (await zip.file('[Content_Types].xml')?.async('string')) ?? '';
    if (!types.includes('/docProps/custom.xml')) {
      zip.file(
        '[Content_Types].xml',
        types.replace(
          '</Types>',
          '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>',
        ),
      );
    }
    const rels = (await zip.file('_rels/.rels')?.async('string')) ?? '';
    if (!rels.includes('docProps/custom.xml')) {
      zip.file(
        '_rels/.rels',
        rels.replace(
          '</Relationships>',
          '<Relationship Id="rIdWeerbaarOutput" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>',
        ),
      );
    }
  }
  // Keep the entries' dates as they were, so that a deterministic writer stays deterministic.
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
