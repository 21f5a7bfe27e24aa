import { writeAtomic } from '../io/write-atomic.js';
import { InputError } from './cli-errors.js';
import type { CommandContext } from './command-context.js';

/**
 * Writes a command's main output: to --output-file (-O) atomically when given, else to standard
 * output. A human table is left out with --quiet; a machine format is what was asked for, so it
 * is always written.
 */
export async function emit(ctx: CommandContext, text: string, opts: { outputFile?: string; human: boolean }): Promise<void> {
  if (opts.outputFile) {
    try {
      await writeAtomic(opts.outputFile, text.endsWith('\n') ? text : `${text}\n`);
    } catch (e) {
      throw new InputError(ctx.text.cannotWrite(opts.outputFile, (e as NodeJS.ErrnoException).code ?? String(e)));
    }
    return;
  }
  if (opts.human && ctx.io.quiet) return;
  ctx.io.out(text);
}

/** A line for the user that is not an error (summaries, "written to …"): on stdout, left out with --quiet. */
export function info(ctx: CommandContext, text: string): void {
  if (!ctx.io.quiet) ctx.io.out(text);
}

/**
 * Says on stderr why the command ends with exit code 1, even with --quiet and with a machine
 * format on stdout, so that a red CI step always has a reason next to it.
 */
export function explain(ctx: CommandContext, text: string): void {
  ctx.io.err(ctx.io.color.red(text));
}
