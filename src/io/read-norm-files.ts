import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Finding } from '../findings/finding.js';
import { makeFinding } from '../findings/make-finding.js';
import type { Norm } from '../norm/norm-schema.js';
import { parseNorm } from '../norm/parse-norm.js';
import { parseRegistry } from '../norm/parse-registry.js';
import type { Registry } from '../norm/registry-schema.js';
import { BUILTIN_NORM, BUILTIN_REGISTRY } from './builtin-paths.js';

export interface LoadedNorm {
  file: string;
  norm?: Norm;
  findings: Finding[];
}

export interface LoadedRegistry {
  file: string;
  registry?: Registry;
  findings: Finding[];
}

/** Reads a norm file (default: the built-in norm). A read error is a finding, not an exception. */
export async function readNormFile(file?: string): Promise<LoadedNorm> {
  const target = file ?? BUILTIN_NORM;
  const shown = displayPath(target);
  const text = await readText(target);
  if (typeof text !== 'string') return { file: shown, findings: [makeFinding('NORM_READ_FAILED', { detail: text.message }, { file: shown })] };
  return { file: shown, ...parseNorm(text, shown) };
}

export async function readRegistryFile(file?: string): Promise<LoadedRegistry> {
  const target = file ?? BUILTIN_REGISTRY;
  const shown = displayPath(target);
  const text = await readText(target);
  if (typeof text !== 'string') return { file: shown, findings: [makeFinding('NORM_READ_FAILED', { detail: text.message }, { file: shown })] };
  return { file: shown, ...parseRegistry(text, shown) };
}

async function readText(file: string): Promise<string | Error> {
  try {
    return await readFile(file, 'utf8');
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    return new Error(err.code ?? err.message);
  }
}

/** Paths relative to the working folder read better in messages than absolute ones. */
export function displayPath(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
}
