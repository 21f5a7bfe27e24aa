import { collectFiles, MissingPathError, NoMatchError, UnreadablePathError, type CollectedFile } from '../io/collect-files.js';
import { makeFinding } from '../findings/make-finding.js';
import type { FeedbackOptions } from '../io/add-feedback.js';
import type { FileOutcome } from '../io/file-outcome.js';
import { validateFiles } from '../io/validate-files.js';
import type { ValidationContext } from '../validate/validate-workbook.js';
import { InputError } from './cli-errors.js';
import type { CommandContext } from './command-context.js';
import { makeProgress } from './progress.js';

export interface BatchOptions {
  jobs?: number;
  timeout?: number;
}

/** One file of the batch: what reading it gave, or why it was skipped (then without findings). */
export type BatchFile = Omit<FileOutcome, 'skipped'> & { skipped?: CollectedFile['skipped'] };

/**
 * Collects the files behind PATH arguments and validates them in parallel (shared by validate,
 * score, report and intake). `requireFiles`: 'spreadsheet' (validate, score, report): no
 * spreadsheet to read is an error; 'any' (intake): only no file at all is, since a folder with
 * just a mailed PDF is an intake state worth showing. Both give the same sentence, exit 2.
 */
export async function runValidation(
  paths: string[],
  vctx: ValidationContext,
  opts: BatchOptions,
  ctx: CommandContext,
  {
    progressLines,
    requireFiles,
    feedback,
  }: { progressLines: boolean; requireFiles: 'spreadsheet' | 'any'; feedback?: FeedbackOptions },
): Promise<BatchFile[]> {
  let collected: CollectedFile[];
  try {
    collected = await collectFiles(paths);
  } catch (e) {
    if (e instanceof MissingPathError) throw new InputError(ctx.text.pathMissing(e.missing));
    if (e instanceof NoMatchError) throw new InputError(ctx.text.globNoMatch(e.pattern));
    if (e instanceof UnreadablePathError) throw new InputError(ctx.text.pathUnreadable(e.path, e.code));
    throw e;
  }
  const empty = requireFiles === 'any' ? collected.length === 0 : collected.every((c) => c.skipped);
  if (empty) {
    const others = collected.map((c) => `  - ${c.path}`);
    throw new InputError(
      [ctx.text.noFiles(paths.join(', ')), ...(others.length ? [ctx.text.otherFilesFound(others.length), ...others] : [])].join(
        '\n',
      ),
    );
  }
  const toRead = collected.filter((c) => !c.skipped && !c.error).map((c) => c.path);
  const progress = makeProgress(ctx.io, ctx.text.progressLabel, { plainLines: progressLines });
  const outcomes = await validateFiles(toRead, vctx, {
    ...(opts.jobs !== undefined ? { jobs: opts.jobs } : {}),
    ...(opts.timeout !== undefined ? { timeoutMs: opts.timeout * 1000 } : {}),
    ...(feedback ? { feedback } : {}),
    onProgress: (done, total, file) => progress.update(done, total, file),
  });
  progress.done();
  const byPath = new Map(outcomes.map((o) => [o.file, o]));
  return collected.map((c): BatchFile => {
    if (c.skipped) return { file: c.path, skipped: c.skipped, findings: [] };
    if (c.error) return { file: c.path, findings: [makeFinding('FILE_UNREADABLE', { detail: c.error })] };
    const outcome = byPath.get(c.path) ?? { file: c.path, findings: [] };
    // Our own output (a report workbook, a feedback copy) is listed as skipped, never read as a return.
    return outcome.skipped ? { file: c.path, skipped: outcome.skipped, findings: [] } : outcome;
  });
}
