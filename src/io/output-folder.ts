import { constants } from 'node:fs';
import { access, realpath, stat } from 'node:fs/promises';
import path from 'node:path';

/** Why an output folder cannot be used; the CLI words it. */
export type OutputFolderProblem =
  | { kind: 'not-a-folder'; folder: string }
  | { kind: 'read-only'; folder: string; code: string }
  | { kind: 'overlaps-input'; folder: string; input: string };

/**
 * Checks a folder the tool is about to write into (--feedback, report -o): it must be a folder
 * (or not exist yet, under a folder we may write in), writable, and apart from every input: not
 * an input folder, not inside one, not holding one. Otherwise the next run would read our output
 * back as a return, or an output could replace a return. `mayHoldInputs`: for one named file
 * (intake.csv) a folder around the inputs is fine, e.g. the working folder above the returns.
 */
export async function checkOutputFolder(
  folder: string,
  inputs: readonly string[],
  { mayHoldInputs = false }: { mayHoldInputs?: boolean } = {},
): Promise<OutputFolderProblem | undefined> {
  const info = await stat(folder).catch(() => undefined);
  if (info && !info.isDirectory()) return { kind: 'not-a-folder', folder };
  const existing = info ? folder : await nearestExisting(folder);
  if (existing === undefined) return { kind: 'not-a-folder', folder };
  if (!(await stat(existing)).isDirectory()) return { kind: 'not-a-folder', folder };
  try {
    await access(existing, constants.W_OK | constants.X_OK);
  } catch (e) {
    return { kind: 'read-only', folder, code: (e as NodeJS.ErrnoException).code ?? String(e) };
  }
  const out = await canonical(folder);
  for (const input of inputs) {
    const inputPath = await canonical(inputBase(input));
    const inputInfo = await stat(inputPath).catch(() => undefined);
    // An input that does not exist overlaps nothing; the command says it is missing.
    if (inputInfo === undefined) continue;
    // One named file next to a named input file is never read back: only scanned folders count then.
    if (mayHoldInputs && inputInfo !== undefined && !inputInfo.isDirectory() && inputBase(input) === input) continue;
    const inputFolder = inputInfo?.isDirectory() ? inputPath : path.dirname(inputPath);
    // The output is the input folder or inside it, or the input (file or folder) is inside the output.
    if (within(out, inputFolder) || (!mayHoldInputs && within(inputPath, out))) return { kind: 'overlaps-input', folder, input };
  }
  return undefined;
}

/** The fixed part of a glob (returns/**\/*.xlsx → returns), else the path itself. */
function inputBase(input: string): string {
  const parts = input.split(/[\\/]/);
  const firstWild = parts.findIndex((p) => /[*?]/.test(p));
  return firstWild < 0 ? input : parts.slice(0, firstWild).join(path.sep) || '.';
}

/** The real path of the longest existing part, with the rest appended (the folder may not exist yet). */
async function canonical(p: string): Promise<string> {
  const abs = path.resolve(p);
  const rest: string[] = [];
  let head = abs;
  for (;;) {
    try {
      return path.join(await realpath(head), ...rest.reverse());
    } catch {
      const parent = path.dirname(head);
      if (parent === head) return abs;
      rest.push(path.basename(head));
      head = parent;
    }
  }
}

async function nearestExisting(p: string): Promise<string | undefined> {
  let head = path.resolve(p);
  for (;;) {
    if (await stat(head).catch(() => undefined)) return head;
    const parent = path.dirname(head);
    if (parent === head) return undefined;
    head = parent;
  }
}

/** a equals b or lies below it. */
function within(a: string, b: string): boolean {
  const rel = path.relative(b, a);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}
