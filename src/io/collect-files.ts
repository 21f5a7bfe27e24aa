import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { SPREADSHEET_NAME } from '../base/foreign-file.js';

export interface CollectedFile {
  path: string;
  /** Set when the path exists but cannot be read (an error code such as EACCES). */
  error?: string;
  /**
   * Set when the file is listed but not read: an Office lock file, a hidden or a temporary file,
   * our own output, a symbolic link to a folder, or (found in a folder) a file that is no
   * spreadsheet at all, such as a PDF someone mailed.
   */
  skipped?: 'lock' | 'hidden' | 'temp' | 'output' | 'symlink' | 'foreign';
}

export class MissingPathError extends Error {
  constructor(readonly missing: string) {
    super(missing);
  }
}

/** A pattern (with * or ?) that matches no file: not the same as a path that does not exist. */
export class NoMatchError extends Error {
  constructor(readonly pattern: string) {
    super(pattern);
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
        else if (!isSystemFile(entry)) found.set(entry, classify(entry, true));
      }
    } else if (info) {
      found.set(arg, classify(arg));
    } else if (/[*?]/.test(arg)) {
      const matches = await expandGlob(arg);
      if (matches.length === 0) throw new NoMatchError(arg);
      for (const file of matches.filter((f) => !isSystemFile(f))) found.set(file, classify(file, true));
    } else {
      throw new MissingPathError(arg);
    }
  }
  return [...found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * Files an operating system leaves in every folder (.DS_Store, Thumbs.db, desktop.ini) and other
 * hidden files that are no spreadsheet: never a return, so a folder scan does not list them.
 */
function isSystemFile(file: string): boolean {
  const base = path.basename(file);
  if (base.startsWith('.~lock.')) return false;
  return /^(thumbs\.db|desktop\.ini)$/i.test(base) || (base.startsWith('.') && !SPREADSHEET_NAME.test(base));
}

/**
 * Lock, hidden and temporary files are listed as skipped. A file found by a folder scan or a
 * pattern that is no spreadsheet is listed as foreign, never dropped silently; a file named on its
 * own is read whatever its name, so that it gets a finding saying what is wrong with it.
 */
function classify(file: string, scanned = false): CollectedFile {
  const base = path.basename(file);
  if (base.startsWith('~$') || base.startsWith('.~lock.')) return { path: file, skipped: 'lock' };
  if (base.startsWith('.')) return { path: file, skipped: 'hidden' };
  if (/\.(tmp|temp)$/i.test(base) || base.startsWith('~')) return { path: file, skipped: 'temp' };
  if (scanned && !SPREADSHEET_NAME.test(base)) return { path: file, skipped: 'foreign' };
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
    return SPREADSHEET_NAME.test(full) ? { path: full, error: (e as NodeJS.ErrnoException).code ?? String(e) } : undefined;
  }
}

async function expandGlob(pattern: string): Promise<string[]> {
  const parts = pattern.split(/[\\/]/);
  const firstWild = parts.findIndex((p) => /[*?]/.test(p));
  const base = parts.slice(0, firstWild).join(path.sep) || '.';
  const info = await stat(base).catch(() => undefined);
  if (!info?.isDirectory()) return [];
  const re = globToRegExp(parts.slice(firstWild).join('/'));
  return (await walk(base)).filter(
    (f): f is string => typeof f === 'string' && re.test(path.relative(base, f).split(path.sep).join('/')),
  );
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
