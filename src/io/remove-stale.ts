import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';

/**
 * Removes the files in `dir` that end with `ext` and are not in `keep`: a page of an organisation
 * that no longer counts must not outlive a rerun into the same folder. A missing folder is fine.
 */
export async function removeStaleFiles(dir: string, keep: ReadonlySet<string>, ext: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return;
  }
  for (const name of names) if (name.endsWith(ext) && !keep.has(name)) await rm(path.join(dir, name), { force: true });
}
