import { checkOutputFolder } from '../io/output-folder.js';
import { InputError } from './cli-errors.js';
import type { CommandContext } from './command-context.js';

/**
 * The --feedback, report -o and intake -o argument, checked before any file is read: a folder (or
 * one to make), writable, apart from the inputs. Exit 2 with a sentence otherwise.
 */
export async function checkOutputArgument(
  folder: string,
  inputs: readonly string[],
  ctx: CommandContext,
  options: { mayHoldInputs?: boolean } = {},
): Promise<void> {
  const problem = await checkOutputFolder(folder, inputs, options);
  if (!problem) return;
  if (problem.kind === 'not-a-folder') throw new InputError(ctx.text.outputNotFolder(folder));
  if (problem.kind === 'read-only') throw new InputError(ctx.text.outputReadOnly(folder, problem.code));
  throw new InputError(ctx.text.outputOverlapsInput(folder, problem.input));
}
