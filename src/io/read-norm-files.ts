import path from 'node:path';
import type { Lang } from '../base/lang.js';
import type { Finding } from '../findings/finding.js';
import { makeFinding } from '../findings/make-finding.js';
import type { ArchivedNorm } from '../norm/archived-norm.js';
import type { Norm } from '../norm/norm-schema.js';
import { fingerprintNorm } from '../norm/fingerprint-norm.js';
import type { Registry } from '../norm/registry-schema.js';
import { readBuiltinCache } from './builtin-cache.js';
import { BUILTIN_NORM, BUILTIN_REGISTRY, PACKAGE_ROOT } from './builtin-paths.js';
import { displayPath, readYamlText } from './read-yaml-text.js';

export interface LoadedNorm {
  file: string;
  norm?: Norm;
  findings: Finding[];
  /** Earlier versions from the folder archief/ next to the norm file (each already checked). */
  archive: ArchivedNorm[];
}

export interface LoadedRegistry {
  file: string;
  registry?: Registry;
  findings: Finding[];
}

/** Reads a norm file (default: the built-in norm). A read error is a finding, not an exception. */
export async function readNormFile(file?: string): Promise<LoadedNorm> {
  const target = file ?? BUILTIN_NORM;
  const read = await readYamlText(target);
  if (read.text === undefined) return { ...read, archive: [] };
  // YAML and the schemas are loaded only when a norm is parsed, not for the built-in norm's cache.
  const [{ readArchive }, { parseNorm }] = await Promise.all([import('./read-archive.js'), import('../norm/parse-norm.js')]);
  const archive = await readArchive(target);
  const parsed = parseNorm(
    read.text,
    read.file,
    archive.norms.map((a) => a.norm),
  );
  return { file: read.file, ...parsed, findings: [...archive.findings, ...parsed.findings], archive: archive.norms };
}

export async function readRegistryFile(file?: string): Promise<LoadedRegistry> {
  const read = await readYamlText(file ?? BUILTIN_REGISTRY);
  if (read.text === undefined) return read;
  const { parseRegistry } = await import('../norm/parse-registry.js');
  return { file: read.file, ...parseRegistry(read.text, read.file) };
}

export interface NormInputs {
  norm: Norm;
  registry: Registry;
  fingerprint: string;
  /** Earlier versions of the norm (from archief/), to read returns made with them. */
  archive?: ArchivedNorm[];
}

/** What readNormInputs gives: the inputs, or findings that say why not. */
export interface ReadNormInputs {
  inputs?: NormInputs;
  findings: Finding[];
  /** The built-in norm from the cache: the SHA-256 of each template in templates/ that is current. */
  templates?: Partial<Record<Lang, string>>;
}

/**
 * The registry that belongs to a norm: the one given (`--registry`), else the one the norm names
 * (`register`, relative to the norm file), else the built-in registry for the built-in norm and
 * the files in its archief/. Any other norm without a registry has none: `REGISTRY_NOT_GIVEN`.
 */
export function registryFileFor(
  normFile: string | undefined,
  norm: Norm | undefined,
  given: string | undefined,
): { file?: string; finding?: Finding } {
  if (given !== undefined) return { file: given };
  const target = path.resolve(normFile ?? BUILTIN_NORM);
  if (norm?.register !== undefined) return { file: path.resolve(path.dirname(target), norm.register) };
  const builtinFolder = path.dirname(BUILTIN_NORM);
  if (target === path.resolve(BUILTIN_NORM) || path.dirname(target) === path.join(builtinFolder, 'archief'))
    return { file: BUILTIN_REGISTRY };
  return { finding: makeFinding('REGISTRY_NOT_GIVEN', { norm: normFile ?? target }) };
}

/**
 * Norm and registry together, as validate, score, report and library users need them. The
 * built-in norm comes from the build's cache (see builtin-cache.ts) while its YAML is unchanged.
 */
export async function readNormInputs(files: { norm?: string; registry?: string }): Promise<ReadNormInputs> {
  if (files.norm === undefined && files.registry === undefined) {
    const cache = readBuiltinCache();
    if (cache) {
      const archive = cache.archive.map((a) => ({ ...a, file: displayPath(path.join(PACKAGE_ROOT, a.file)) }));
      const inputs = { norm: cache.norm, registry: cache.registry, fingerprint: cache.fingerprint, archive };
      return { inputs, findings: [], templates: cache.templates };
    }
  }
  return parseNormInputs(files);
}

/** Norm and registry read from their YAML files, never from the cache. */
export async function parseNormInputs(files: {
  norm?: string;
  registry?: string;
}): Promise<{ inputs?: NormInputs; findings: Finding[] }> {
  const n = await readNormFile(files.norm);
  if (!n.norm) return { findings: n.findings };
  const which = registryFileFor(files.norm, n.norm, files.registry);
  if (which.file === undefined) return { findings: [...n.findings, ...(which.finding ? [which.finding] : [])] };
  const r = await readRegistryFile(which.file);
  const findings = [...n.findings, ...r.findings];
  if (!n.norm || !r.registry || findings.some((f) => f.severity === 'error')) return { findings };
  return { inputs: { norm: n.norm, registry: r.registry, fingerprint: fingerprintNorm(n.norm), archive: n.archive }, findings };
}
