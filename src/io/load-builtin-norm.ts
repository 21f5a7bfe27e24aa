import { fingerprintNorm } from '../norm/fingerprint-norm.js';
import type { Norm } from '../norm/norm-schema.js';
import type { Registry } from '../norm/registry-schema.js';
import type { Finding } from '../findings/finding.js';
import { readNormFile, readRegistryFile } from './read-norm-files.js';

/** For library users: the norm and registry (built-in unless paths are given), ready for validateWorkbook. */
export async function loadBuiltinNorm(files: { norm?: string; registry?: string } = {}): Promise<{ norm: Norm; registry: Registry; fingerprint: string }> {
  const [n, r] = await Promise.all([readNormFile(files.norm), readRegistryFile(files.registry)]);
  if (!n.norm || !r.registry) {
    const problems: Finding[] = [...n.findings, ...r.findings];
    throw new Error(`norm or registry not valid: ${problems.map((f) => f.code).join(', ')}`);
  }
  return { norm: n.norm, registry: r.registry, fingerprint: fingerprintNorm(n.norm) };
}
