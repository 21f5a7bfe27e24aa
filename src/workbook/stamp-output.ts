import JSZip from 'jszip';
import { customPropertiesPart, customProperty, declareCustomProperties } from './custom-properties.js';
import { inspectContainer } from './inspect-container.js';
import { contentDigest, OUTPUT_PROPERTY, type OutputKind } from './output-stamp.js';

/** Adds (or replaces) the stamp in finished .xlsx bytes. Throws only for bytes the tool did not just write. */
export async function stampOutput(bytes: Uint8Array, kind: OutputKind): Promise<Uint8Array> {
  const inspection = inspectContainer(bytes);
  if (!inspection.ok) throw new Error(`cannot stamp output: ${inspection.finding.code}`);
  const value = `${kind};${contentDigest(inspection.info, inspection.read)}`;
  const zip = await JSZip.loadAsync(bytes);
  const existing = await zip.file('docProps/custom.xml')?.async('string');
  const property = (pid: number) => customProperty(pid, OUTPUT_PROPERTY, value);
  if (existing && existing.includes('</Properties>')) {
    const without = existing.replace(
      new RegExp(`<property\\b[^>]*name="${OUTPUT_PROPERTY}"[^>]*>[\\s\\S]*?</property>`, 'g'),
      '',
    );
    const pids = [...without.matchAll(/\bpid="(\d+)"/g)].map((m) => Number(m[1]));
    zip.file('docProps/custom.xml', without.replace('</Properties>', `${property(Math.max(1, ...pids) + 1)}</Properties>`));
  } else {
    zip.file('docProps/custom.xml', customPropertiesPart(property(2)));
    await declareCustomProperties(zip, 'rIdWeerbaarOutput');
  }
  // Keep the entries' dates as they were, so that a deterministic writer stays deterministic.
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
