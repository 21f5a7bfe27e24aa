import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { FeedbackMade } from './file-outcome.js';
import { ownOutputFile } from './own-output.js';
import { exists, writeAtomic } from './write-atomic.js';

/** A folder that cannot take the feedback copies (a file, no rights): a usage error, said before any work. */
export class FeedbackDirError extends Error {
  constructor(
    readonly dir: string,
    readonly code: string,
  ) {
    super(`${dir}: ${code}`);
  }
}

/** Makes the feedback folder (or checks that it is one), so that a bad --feedback stops the run before reading. */
export async function prepareFeedbackDir(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
    const info = await stat(dir);
    if (!info.isDirectory()) throw Object.assign(new Error(dir), { code: 'ENOTDIR' });
  } catch (e) {
    throw new FeedbackDirError(dir, (e as NodeJS.ErrnoException).code ?? String(e));
  }
}

/**
 * Writes each copy as NAME-bevindingen.xlsx (always .xlsx: macros are not copied), numbered when
 * two inputs share a name, and never under the name of one of the batch's inputs. Returns the
 * paths written.
 */
export async function writeFeedbackCopies(
  files: ReadonlyArray<{ file: string; feedback?: FeedbackMade }>,
  dir: string,
  suffix: string,
  onRenamed: (name: string) => void = () => {},
): Promise<string[]> {
  const inputs = new Set(files.map((f) => path.resolve(f.file)));
  const used = new Set<string>();
  const written: string[] = [];
  for (const f of files) {
    if (!f.feedback) continue;
    const stem = path.basename(f.file).replace(/\.[^.]+$/, '');
    let name = `${stem}${suffix}.xlsx`;
    // Never under an input's name, and never over a file that is not our own untouched feedback copy
    // (another organisation's file of the same name): a later run may replace its own copy.
    for (let i = 2; used.has(name) || inputs.has(path.resolve(dir, name)) || (await occupied(path.join(dir, name))); i++) {
      if (!used.has(name)) onRenamed(name);
      name = `${stem}${suffix}-${i}.xlsx`;
    }
    used.add(name);
    const target = path.join(dir, name);
    try {
      await writeAtomic(target, f.feedback.bytes);
    } catch (e) {
      throw new FeedbackDirError(dir, (e as NodeJS.ErrnoException).code ?? String(e));
    }
    written.push(target);
  }
  return written;
}

/** A path holds something that is not our own untouched feedback copy. */
async function occupied(file: string): Promise<boolean> {
  return (await exists(file)) && (await ownOutputFile(file)) !== 'feedback';
}
