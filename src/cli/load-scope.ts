import type { CommandContext } from './command-context.js';
import { loadNormInputs, type NormInputs } from './load-inputs.js';
import { matchMeetmoment, matchRiec } from './match-scope.js';

export interface Scope {
  /** Norm, registry and the archive of earlier norm versions: all of it goes to the validation. */
  inputs: NormInputs;
  /** The RIEC asked for (its registry name), or null for all. */
  riec: string | null;
  /** The meetmoment code asked for, or null to take the most common one. */
  meetmoment: string | null;
}

/** What report and intake share: the norm inputs and the --riec and --meetmoment they are about. */
export async function loadScope(
  opts: { norm?: string; registry?: string; riec?: string; meetmoment?: string },
  ctx: CommandContext,
): Promise<Scope> {
  const inputs = await loadNormInputs(opts, ctx);
  return {
    inputs,
    riec: opts.riec === undefined ? null : matchRiec(opts.riec, inputs.registry, ctx),
    meetmoment: opts.meetmoment === undefined ? null : matchMeetmoment(opts.meetmoment, inputs.norm, ctx),
  };
}
