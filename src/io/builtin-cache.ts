import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Lang } from '../base/lang.js';
import type { Norm } from '../norm/norm-schema.js';
import type { Registry } from '../norm/registry-schema.js';
import { PACKAGE_ROOT } from './builtin-paths.js';

/**
 * The built-in norm, its archive and its registry as parsed and checked at build time
 * (scripts/precompile-norm.js writes dist/builtin-norm.json), so that a command on the built-in
 * norm reads one JSON file instead of parsing YAML and checking it against the schema each run.
 * It is used only while the YAML it was made from is unchanged: `sources` is a SHA-256 over the
 * norm, the registry, every file in archief/ and the version in package.json, computed again on
 * each read. Anything else (a
 * changed file, a missing or foreign cache) falls back to reading the YAML.
 */
export interface BuiltinCache {
  format: typeof CACHE_FORMAT;
  sources: string;
  norm: Norm;
  registry: Registry;
  fingerprint: string;
  /** Earlier versions from archief/, with paths relative to the package root. */
  archive: { file: string; norm: Norm; fingerprint: string }[];
  /**
   * Per language, the SHA-256 of the file in templates/ when it is byte for byte what `weerbaar
   * template` writes for the built-in norm: the command may then copy that file.
   */
  templates: Partial<Record<Lang, string>>;
}

/** The shape of dist/builtin-norm.json; a cache of another format is not used. @public (scripts/precompile-norm.js) */
export const CACHE_FORMAT = 1;
const NORM_FILE = path.join('norm', 'noord-hollandse-norm.yaml');
const REGISTRY_FILE = path.join('norm', 'organisaties.yaml');
const ARCHIVE_FOLDER = path.join('norm', 'archief');

export const cacheFile = (root: string = PACKAGE_ROOT): string => path.join(root, 'dist', 'builtin-norm.json');

/**
 * The SHA-256 over the built-in norm's sources under `root`; undefined when one cannot be read.
 * Read synchronously, as the cache itself: a few small files, for which a round trip through the
 * thread pool costs more than the read.
 */
export function builtinSourcesHash(root: string = PACKAGE_ROOT): string | undefined {
  try {
    const names = readdirSync(path.join(root, ARCHIVE_FOLDER))
      .filter((n) => !n.startsWith('.'))
      .sort();
    const files = [NORM_FILE, REGISTRY_FILE, ...names.map((n) => path.join(ARCHIVE_FOLDER, n))];
    const hash = createHash('sha256');
    // The version names the templates' generator; the rest of package.json does not count.
    const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version?: unknown };
    hash.update(`version\0${String(version)}\0`);
    for (const file of files) {
      const bytes = readFileSync(path.join(root, file));
      hash.update(`${file.split(path.sep).join('/')}\0${bytes.length}\0`).update(bytes);
    }
    return hash.digest('hex');
  } catch {
    return undefined;
  }
}

/** The cache under `root` if it is there, readable and made from the sources as they are now. */
export function readBuiltinCache(root: string = PACKAGE_ROOT): BuiltinCache | undefined {
  let cache: BuiltinCache;
  try {
    cache = JSON.parse(readFileSync(cacheFile(root), 'utf8')) as BuiltinCache;
  } catch {
    return undefined;
  }
  if (cache.format !== CACHE_FORMAT || typeof cache.sources !== 'string') return undefined;
  return cache.sources === builtinSourcesHash(root) ? cache : undefined;
}

/** The SHA-256 of some bytes, as the cache records templates. */
export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
