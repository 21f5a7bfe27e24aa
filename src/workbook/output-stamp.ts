import { createHash } from 'node:crypto';
import type { ContainerInfo } from './inspect-container.js';

/**
 * The custom document property that marks a workbook the tool wrote itself (the report workbook,
 * a feedback copy). Its value is `kind;sha256`, the digest taken over the workbook part and every
 * sheet part as written. A file whose digest still matches is our untouched output and is never
 * read back as a return; once someone saves it in Excel or LibreOffice (a municipality that
 * corrects its feedback copy and sends it back), the sheets are rewritten, the digest no longer
 * matches, and the file is an ordinary return again.
 */
export const OUTPUT_PROPERTY = 'weerbaar_uitvoer';

export type OutputKind = 'report' | 'feedback';

/** Which of our outputs this is, or undefined for anything else (including an output saved again). */
export function ownOutputKind(info: ContainerInfo, read: (part: string) => string | undefined): OutputKind | undefined {
  const value = info.customProperties[OUTPUT_PROPERTY];
  const m = value === undefined ? null : /^(report|feedback);([0-9a-f]{64})$/.exec(value);
  if (!m) return undefined;
  return contentDigest(info, read) === m[2] ? (m[1] as OutputKind) : undefined;
}

/** The digest over the workbook part and every sheet part, as stamped. */
export function contentDigest(info: ContainerInfo, read: (part: string) => string | undefined): string {
  const hash = createHash('sha256');
  for (const part of ['xl/workbook.xml', ...info.sheets.map((s) => s.part)])
    hash
      .update(part)
      .update('\0')
      .update(read(part) ?? '')
      .update('\0');
  return hash.digest('hex');
}
