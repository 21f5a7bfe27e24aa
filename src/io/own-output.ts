import { readFile } from 'node:fs/promises';
import { inspectContainer } from '../workbook/inspect-container.js';
import { ownOutputKind, type OutputKind } from '../workbook/output-stamp.js';

/**
 * Whether a file on disk is one of our own outputs, untouched since we wrote it (see
 * output-stamp.ts). Undefined for anything else, for a file that cannot be read, and for a path
 * that does not exist.
 */
export async function ownOutputFile(file: string): Promise<OutputKind | undefined> {
  try {
    const inspection = inspectContainer(await readFile(file));
    return inspection.ok ? ownOutputKind(inspection.info, inspection.read) : undefined;
  } catch {
    return undefined;
  }
}
