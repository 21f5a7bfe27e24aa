import { formatFinding } from '../../i18n/format-finding.js';
import { readNormFile, readRegistryFile } from '../../io/read-norm-files.js';
import type { Norm } from '../../norm/norm-schema.js';
import type { Registry } from '../../norm/registry-schema.js';
import { fingerprintNorm } from '../../norm/fingerprint-norm.js';
import { InputError } from '../cli-errors.js';
import type { CommandContext } from '../main.js';

export interface NormInputs {
  norm: Norm;
  registry: Registry;
  fingerprint: string;
}

/** Loads the norm and the registry that a command works with; a bad file stops it with exit 2. */
export async function loadNormInputs(opts: { norm?: string; registry?: string }, ctx: CommandContext): Promise<NormInputs> {
  const [n, r] = await Promise.all([readNormFile(opts.norm), readRegistryFile(opts.registry)]);
  const problems = [...n.findings, ...r.findings].filter((f) => f.severity === 'error');
  if (!n.norm || !r.registry || problems.length > 0) {
    throw new InputError(problems.map((f) => formatFinding(f, ctx.lang)).join('\n'));
  }
  return { norm: n.norm, registry: r.registry, fingerprint: fingerprintNorm(n.norm) };
}
