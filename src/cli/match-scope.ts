import { fold } from '../base/closest.js';
import { findMeetmoment, meetmomentOptions } from '../norm/meetmoment.js';
import type { Norm } from '../norm/norm-schema.js';
import type { Registry } from '../norm/registry-schema.js';
import { UsageError } from './cli-errors.js';
import type { CommandContext } from './command-context.js';

/** --riec: the exact name (case and spaces ignored), else the one RIEC whose name contains the text. */
export function matchRiec(given: string, registry: Registry, ctx: CommandContext): string {
  const riecs = [...new Set(registry.organisaties.map((o) => o.riec).filter((r): r is string => r !== null))].sort();
  const exact = riecs.find((r) => fold(r) === fold(given));
  const partial = riecs.filter((r) => fold(r).includes(fold(given)));
  const match = exact ?? (partial.length === 1 ? partial[0] : undefined);
  if (!match) throw new UsageError(ctx.text.unknownRiec(given, riecs));
  return match;
}

/** --meetmoment: a code or a label of the norm's meetmomenten. */
export function matchMeetmoment(given: string, norm: Norm, ctx: CommandContext): string {
  const match = findMeetmoment(norm, given);
  if (!match)
    throw new UsageError(
      ctx.text.unknownMeetmoment(
        given,
        meetmomentOptions(norm).map((m) => m.label),
      ),
    );
  return match.code;
}
