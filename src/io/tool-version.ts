import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PACKAGE_ROOT } from './builtin-paths.js';

let cached: string | undefined;

/** The version in package.json, read once. */
export function toolVersion(): string {
  cached ??= (JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  return cached;
}

export const TOOL_NAME = 'weerbaar';
