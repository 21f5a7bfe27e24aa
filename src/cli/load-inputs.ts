import { formatFinding } from '../i18n/format-finding.js';
import { readNormInputs, type NormInputs, type ReadNormInputs } from '../io/read-norm-files.js';
import { InputError } from './cli-errors.js';
import type { CommandContext } from './command-context.js';

export type { NormInputs };

/** Loads the norm and the registry that a command works with; a bad file stops it with exit 2. */
export async function loadNormInputs(
  opts: { norm?: string; registry?: string },
  ctx: CommandContext,
): Promise<NormInputs & Pick<ReadNormInputs, 'templates'>> {
  const { inputs, findings, templates } = await readNormInputs(opts);
  if (!inputs)
    throw new InputError(
      findings
        .filter((f) => f.severity === 'error')
        .map((f) => formatFinding(f, ctx.lang))
        .join('\n'),
    );
  return templates ? { ...inputs, templates } : inputs;
}
