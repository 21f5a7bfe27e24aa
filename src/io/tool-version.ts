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

/** The tool as recorded in outputs: { name, version }. */
export function toolInfo(): { name: string; version: string } {
  return { name: TOOL_NAME, version: toolVersion() };
}

/** "weerbaar 0.1.0", as written into templates and workbooks. */
export function generatorName(): string {
  return `${TOOL_NAME} ${toolVersion()}`;
}
