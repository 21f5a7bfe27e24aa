import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { BUILTIN_NORM, BUILTIN_REGISTRY } from '../../src/io/builtin-paths.js';
import type { Norm } from '../../src/norm/norm-schema.js';
import { parseNorm } from '../../src/norm/parse-norm.js';
import { FIXTURE_NORM } from './run-cli.js';

/** The built-in norm YAML as text, to edit into a broken variant. */
export const builtinNormText = (): string => readFileSync(BUILTIN_NORM, 'utf8');
/** The YAML of norm 0.9.0 (norm/archief/), the version of the committed fixtures. */
export const fixtureNormText = (): string => readFileSync(FIXTURE_NORM, 'utf8');

/** The earlier versions in norm/archief/, parsed, as `weerbaar` passes them to parseNorm for the built-in norm. */
export function builtinArchive(): Norm[] {
  const dir = path.join(path.dirname(BUILTIN_NORM), 'archief');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => {
      const { norm, findings } = parseNorm(readFileSync(path.join(dir, f), 'utf8'), f);
      if (!norm) throw new Error(`${f} does not parse: ${findings.map((x) => x.code).join(', ')}`);
      return norm;
    });
}
export const builtinRegistryText = (): string => readFileSync(BUILTIN_REGISTRY, 'utf8');

/** Replaces `from` by `to`, and fails loudly when `from` does not occur exactly once (a stale fixture). */
export function replaceOnce(text: string, from: string, to: string): string {
  const count = text.split(from).length - 1;
  if (count !== 1) throw new Error(`expected exactly one ${JSON.stringify(from)} in the YAML, found ${count}`);
  return text.replace(from, () => to);
}

/**
 * Replaces the lines from the one starting with `startLine` up to (not including) the next line
 * that starts with `endLine` (or the end of the text).
 */
export function replaceLines(text: string, startLine: string, endLine: string | undefined, replacement: string): string {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.startsWith(startLine));
  if (start < 0) throw new Error(`no line starts with ${JSON.stringify(startLine)}`);
  const rel = endLine === undefined ? -1 : lines.slice(start + 1).findIndex((l) => l.startsWith(endLine));
  const end = rel < 0 ? lines.length : start + 1 + rel;
  return [...lines.slice(0, start), ...replacement.replace(/\n$/, '').split('\n'), ...lines.slice(end)].join('\n');
}

/**
 * The 1-based line and column where `needle` starts, at its n-th occurrence (1-based), optionally
 * shifted by `offset` characters (to point inside the match, e.g. at a value after its key).
 */
export function positionOf(text: string, needle: string, { occurrence = 1, offset = 0 } = {}): { line: number; column: number } {
  let at = -1;
  for (let i = 0; i < occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`${JSON.stringify(needle)} occurs fewer than ${occurrence} times`);
  }
  const before = text.slice(0, at + offset);
  const line = before.split('\n').length;
  return { line, column: before.length - before.lastIndexOf('\n') };
}

/** The position of a `key: value` pair's value, where the pair is the n-th occurrence of `key: value`. */
export function valuePosition(text: string, key: string, value: string, occurrence = 1): { line: number; column: number } {
  return positionOf(text, `${key}: ${value}`, { occurrence, offset: key.length + 2 });
}
