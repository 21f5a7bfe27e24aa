import type { Lang } from '../base/lang.js';
import type { BuildIntakeOptions } from '../intake/build-intake.js';
import { toolInfo } from '../io/tool-version.js';
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

/**
 * What buildIntake and buildReport both take: the norm, the registry, the scope, the language and
 * the stamp of this run (the tool and the time). Call it when the returns are in: the time is now.
 */
export function scopeOptions(scope: Scope, lang: Lang): BuildIntakeOptions {
  const { norm, registry, fingerprint } = scope.inputs;
  return {
    norm,
    registry,
    fingerprint,
    lang,
    tool: toolInfo(),
    generatedAt: new Date().toISOString(),
    riec: scope.riec,
    meetmoment: scope.meetmoment,
  };
}
