import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Finding } from '../findings/finding.js';
import { makeFinding } from '../findings/make-finding.js';

/** The text of a YAML file, or a NORM_READ_FAILED finding; the path as shown in messages. */
export async function readYamlText(target: string): Promise<{ file: string; text?: string; findings: Finding[] }> {
  const file = displayPath(target);
  const text = await readText(target);
  return typeof text === 'string'
    ? { file, text, findings: [] }
    : { file, findings: [makeFinding('NORM_READ_FAILED', { detail: text.message }, { file })] };
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
