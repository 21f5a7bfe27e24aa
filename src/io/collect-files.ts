import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

export interface CollectedFile {
  path: string;
  /** Set when the path exists but cannot be read (an error code such as EACCES). */
  error?: string;
  /** Set when the file is listed but not read: an Office lock file, a hidden or a temporary file. */
  skipped?: 'lock' | 'hidden' | 'temp' | 'output' | 'symlink';
}

/** Spreadsheet kinds looked for in folders; wrong kinds (.xls, .ods) are read so that they get a clear finding. */
const SPREADSHEET = /\.(xlsx|xlsm|xls|ods)$/i;

export class MissingPathError extends Error {
  constructor(readonly missing: string) {
    super(missing);
  }
}

/** A path given on the command line exists but cannot be looked at (EACCES and the like). */
export class UnreadablePathError extends Error {
  constructor(
    readonly path: string,
    readonly code: string,
  ) {
    super(`${path}: ${code}`);
  }
}

/**
 * Expands the PATH arguments: files as given, folders recursively, and simple globs (*, ?, **).
 * The result is sorted, so that output does not depend on the file system's order.
 */
export async function collectFiles(args: readonly string[]): Promise<CollectedFile[]> {
  const found = new Map<string, CollectedFile>();
  for (const arg of args) {
    const info = await stat(arg).catch((e: NodeJS.ErrnoException) => {
      if (e.code !== 'ENOENT' && e.code !== 'ENOTDIR') throw new UnreadablePathError(arg, e.code ?? String(e));
      return undefined;
    });
    if (info?.isDirectory()) {
      for (const entry of await walk(arg)) {
        if (typeof entry !== 'string') found.set(entry.path, entry);
        else if (SPREADSHEET.test(entry)) found.set(entry, classify(entry));
      }
    } else if (info) {
      found.set(arg, classify(arg));
    } else if (/[*?]/.test(arg)) {
      const matches = await expandGlob(arg);
      if (matches.length === 0) throw new MissingPathError(arg);
      for (const file of matches) found.set(file, classify(file));
    } else {
      throw new MissingPathError(arg);
    }
  }
  return [...found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function classify(file: string): CollectedFile {
  const base = path.basename(file);
  if (base.startsWith('~$') || base.startsWith('.~lock.')) return { path: file, skipped: 'lock' };
  if (base.startsWith('.')) return { path: file, skipped: 'hidden' };
  if (/\.(tmp|temp)$/i.test(base) || base.startsWith('~')) return { path: file, skipped: 'temp' };
  return { path: file };
}

/** Files below a folder; a subfolder that cannot be read is returned as an entry with its error. */
async function walk(dir: string): Promise<Array<string | CollectedFile>> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    return [{ path: dir, error: (e as NodeJS.ErrnoException).code ?? String(e) }];
  }
  const out: Array<string | CollectedFile> = [];
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) {
      // Hidden folders (.git, .Trash) hold no returns.
      if (!e.name.startsWith('.') && e.name !== 'node_modules') out.push(...(await walk(full)));
    } else if (e.isFile()) out.push(full);
    else if (e.isSymbolicLink()) {
      const link = await followLink(full);
      if (link) out.push(link);
    }
  }
  return out;
}

/**
 * A symbolic link in a folder: a link to a file is read like the file; a link to a folder is listed
 * as skipped (following it could loop); a broken link to a spreadsheet name is unreadable. Never
 * dropped without a word.
 */
async function followLink(full: string): Promise<string | CollectedFile | undefined> {
  try {
    const target = await stat(full);
    if (target.isFile()) return full;
    if (target.isDirectory()) return { path: full, skipped: 'symlink' };
    return undefined;
  } catch (e) {
    return SPREADSHEET.test(full) ? { path: full, error: (e as NodeJS.ErrnoException).code ?? String(e) } : undefined;
  }
}

async function expandGlob(pattern: string): Promise<string[]> {
  const parts = pattern.split(/[\\/]/);
  const firstWild = parts.findIndex((p) => /[*?]/.test(p));
  const base = parts.slice(0, firstWild).join(path.sep) || '.';
  const info = await stat(base).catch(() => undefined);
  if (!info?.isDirectory()) return [];
  const re = globToRegExp(parts.slice(firstWild).join('/'));
  return (await walk(base)).filter((f): f is string => typeof f === 'string' && re.test(path.relative(base, f).split(path.sep).join('/')));
}

function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] ?? '';
    if (c === '*' && glob[i + 1] === '*') {
      re += '.*';
      i++;
      if (glob[i + 1] === '/') i++;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}
