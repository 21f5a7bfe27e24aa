import type { Finding } from '../findings/finding.js';
import { checkNorm } from './check-norm.js';
import { checkVersionChain } from './check-version-chain.js';
import { NormSchema, type Norm } from './norm-schema.js';
import { describeNormPath } from './describe-norm-path.js';
import { parseYamlDocument } from './parse-yaml-document.js';

export interface ParsedNorm {
  norm?: Norm;
  findings: Finding[];
}

/**
 * Parses and checks a norm YAML text. Returns findings, never throws for a bad file. `archive`:
 * the earlier versions found next to it, to check the link to `vorige_versie`.
 */
export function parseNorm(text: string, file: string, archive: readonly Norm[] = []): ParsedNorm {
  const parsed = parseYamlDocument(text, file, NormSchema, describeNormPath);
  if (!parsed.value) return { findings: parsed.findings };
  const findings = [...checkNorm(parsed.value), ...checkVersionChain(parsed.value, archive)].map((f) => ({
    ...f,
    location: {
      file,
      ...parsed.locate('path' in f.args ? f.args.path.split('.').map(toKey) : []),
      context: f.location.context,
    },
  }));
  return findings.some((f) => f.severity === 'error') ? { findings } : { norm: parsed.value, findings };
}

function toKey(part: string): string | number {
  return /^\d+$/.test(part) ? Number(part) : part;
}
