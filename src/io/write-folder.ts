import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { writeAtomic } from './write-atomic.js';

/** The folder holds files that are not part of the set being written; they are listed. */
export class ForeignFilesError extends Error {
  constructor(readonly files: string[]) {
    super(files.join(', '));
  }
}

/**
 * A file's content, or a function that makes it: a set of large files is then made and written
 * one at a time, so that only one of them is held in memory.
 */
export type FileData = Uint8Array | string | (() => Uint8Array | string | Promise<Uint8Array | string>);

async function contentOf(data: FileData): Promise<Uint8Array | string> {
  return typeof data === 'function' ? data() : data;
}

export interface FolderWrite {
  /** Write even when the folder holds other files: the set's files are then replaced one by one, the others stay. */
  force?: boolean;
}

const TEMP_MARK = '.weerbaar-';

/**
 * Writes a set of files (a report) as one unit: all files go into a temporary folder beside the
 * target, which then takes the target's place with two renames. A reader sees the old set or the
 * new one, never a mix; for the instant between the renames the folder is absent. A run that was
 * killed leaves its temporary folders, which the next run removes (restoring the old set when the
 * kill fell between the two renames).
 *
 * The contents may be given as functions (FileData): each is called when its file is written, so
 * an error it throws leaves the folder as it was, like a failed write.
 *
 * A folder that holds anything besides files of the set is refused (ForeignFilesError) unless
 * `force`; with force the set's files are written one by one (each atomically) and the other
 * files stay. Only then, or when the folder cannot be renamed (a mount point, the working folder
 * on some systems), are the files not swapped as one unit.
 */
export async function writeFolderAsUnit(
  folder: string,
  files: ReadonlyArray<readonly [string, FileData]>,
  opts: FolderWrite = {},
): Promise<void> {
  const target = path.resolve(folder);
  const parent = path.dirname(target);
  const base = path.basename(target);
  await mkdir(parent, { recursive: true });
  await cleanLeftovers(parent, base);

  const present = await readdir(target).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return undefined;
    throw e;
  });
  const foreign =
    present === undefined
      ? []
      : await foreignFiles(
          target,
          present,
          files.map(([name]) => name),
        );
  if (foreign.length > 0 && !opts.force) throw new ForeignFilesError(foreign);
  if (foreign.length > 0) return writeOneByOne(target, files);

  const stamp = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const tmp = path.join(parent, `.${base}${TEMP_MARK}tmp-${stamp}`);
  try {
    await mkdir(tmp);
    for (const [name, data] of files) {
      await mkdir(path.dirname(path.join(tmp, name)), { recursive: true });
      await writeFile(path.join(tmp, name), await contentOf(data));
    }
  } catch (e) {
    await rm(tmp, { recursive: true, force: true });
    throw e;
  }
  if (present === undefined) {
    await rename(tmp, target);
    return;
  }
  const old = path.join(parent, `.${base}${TEMP_MARK}old-${stamp}`);
  try {
    await rename(target, old);
  } catch {
    // The folder itself cannot move: replace its files one by one instead.
    await rm(tmp, { recursive: true, force: true });
    return writeOneByOne(target, files);
  }
  await rename(tmp, target);
  await rm(old, { recursive: true, force: true });
}

/**
 * What in the folder is not of the set: a file not named in it, or in one of the set's subfolders
 * (organisaties/) a file of another kind than the set puts there. Pages of an earlier run count as ours.
 */
async function foreignFiles(target: string, present: string[], names: string[]): Promise<string[]> {
  const top = new Set(names.map((n) => n.split('/')[0] ?? n));
  const foreign = present.filter((name) => !top.has(name) && !isOwnTemporary(name));
  for (const dir of new Set(names.filter((n) => n.includes('/')).map((n) => n.split('/')[0] ?? n))) {
    const kinds = new Set(names.filter((n) => n.startsWith(`${dir}/`)).map((n) => path.extname(n)));
    const inside = await readdir(path.join(target, dir)).catch(() => [] as string[]);
    foreign.push(...inside.filter((n) => !kinds.has(path.extname(n)) && !isOwnTemporary(n)).map((n) => `${dir}/${n}`));
  }
  return foreign.sort();
}

async function writeOneByOne(target: string, files: ReadonlyArray<readonly [string, FileData]>): Promise<void> {
  for (const [name, data] of files) await writeAtomic(path.join(target, name), await contentOf(data));
}

/**
 * Temporaries of an interrupted run beside the folder: a half-written new set is removed; an old
 * set whose replacement never arrived is put back.
 */
async function cleanLeftovers(parent: string, base: string): Promise<void> {
  const entries = await readdir(parent).catch(() => [] as string[]);
  const prefix = `.${base}${TEMP_MARK}`;
  const ours = entries.filter((e) => e.startsWith(prefix) && /^(tmp|old)-\d+-[0-9a-f]{8}$/.test(e.slice(prefix.length))).sort();
  const targetExists = entries.includes(base);
  const old = ours.find((e) => e.slice(prefix.length).startsWith('old-'));
  if (!targetExists && old) await rename(path.join(parent, old), path.join(parent, base));
  for (const e of ours) if (!(e === old && !targetExists)) await rm(path.join(parent, e), { recursive: true, force: true });
  // Temporaries of writeAtomic inside the folder (".rapportage.csv.1234.abcd1234.tmp").
  for (const e of await readdir(path.join(parent, base)).catch(() => [] as string[])) {
    if (isOwnTemporary(e)) await rm(path.join(parent, base, e), { force: true });
  }
}

function isOwnTemporary(name: string): boolean {
  return /^\..+\.\d+\.[0-9a-f]{8}\.tmp$/.test(name);
}
