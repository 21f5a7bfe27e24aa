import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Finding } from '../findings/finding.js';
import type { ArchivedNorm } from '../norm/archived-norm.js';
import { compareVersions } from '../norm/compare-versions.js';
import { describeNormPath } from '../norm/describe-norm-path.js';
import { fingerprintNorm } from '../norm/fingerprint-norm.js';
import { NormSchema, type Norm } from '../norm/norm-schema.js';
import { parseNorm } from '../norm/parse-norm.js';
import { parseYamlDocument } from '../norm/parse-yaml-document.js';
import { readYamlText } from './read-yaml-text.js';

/** The folder next to a norm file that keeps its earlier versions. */
const ARCHIVE_FOLDER = 'archief';

export type { ArchivedNorm };

/**
 * Reads every YAML file in archief/ next to `normFile`. Each is checked like a norm, including its
 * own link to the version before it, so the whole chain is checked at once. No folder: no archive.
 */
export async function readArchive(normFile: string): Promise<{ norms: ArchivedNorm[]; findings: Finding[] }> {
  const folder = path.join(path.dirname(normFile), ARCHIVE_FOLDER);
  let names: string[];
  try {
    names = (await readdir(folder)).filter((n) => /\.ya?ml$/i.test(n) && !n.startsWith('.')).sort();
  } catch {
    return { norms: [], findings: [] };
  }
  const texts = await Promise.all(names.map((n) => readYamlText(path.join(folder, n))));
  // First the versions as written, so that each file's chain check can see the others.
  const candidates = texts.flatMap((t) =>
    t.text === undefined
      ? []
      : [parseYamlDocument(t.text, t.file, NormSchema, describeNormPath).value].filter((n): n is Norm => n !== undefined),
  );
  const findings: Finding[] = [];
  const norms: ArchivedNorm[] = [];
  for (const t of texts) {
    if (t.text === undefined) {
      findings.push(...t.findings);
      continue;
    }
    const parsed = parseNorm(t.text, t.file, candidates);
    findings.push(...parsed.findings);
    if (parsed.norm) norms.push({ file: t.file, norm: parsed.norm, fingerprint: fingerprintNorm(parsed.norm) });
  }
  norms.sort((a, b) => compareVersions(a.norm.versie, b.norm.versie));
  return { norms, findings };
}
