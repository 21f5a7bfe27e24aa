import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sha256 } from './builtin-cache.js';
import { TEMPLATES_DIR } from './builtin-paths.js';

/**
 * The bytes of templates/NAME when their SHA-256 is `expected` (recorded at build time for a file
 * that was byte for byte what `weerbaar template` writes), else undefined: then the caller builds
 * the template itself. Saves loading the workbook library for the most common `template` run.
 */
export function currentTemplate(name: string, expected: string | undefined): Uint8Array | undefined {
  if (expected === undefined) return undefined;
  try {
    const bytes = readFileSync(path.join(TEMPLATES_DIR, name));
    return sha256(bytes) === expected ? bytes : undefined;
  } catch {
    return undefined;
  }
}
