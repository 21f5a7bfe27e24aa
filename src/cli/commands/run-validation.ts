import { collectFiles, MissingPathError, type CollectedFile } from '../../io/collect-files.js';
import type { FileOutcome } from '../../io/read-and-validate.js';
import { validateFiles } from '../../io/validate-files.js';
import type { ValidationContext } from '../../validate/validate-workbook.js';
import { InputError } from '../cli-errors.js';
import type { CommandContext } from '../main.js';
import { makeProgress } from '../progress.js';

export interface BatchOptions {
  jobs?: number;
  timeout?: number;
}

export interface BatchFile {
  file: string;
  skipped?: CollectedFile['skipped'];
  outcome?: FileOutcome;
}

/** Collects the files behind PATH arguments and validates them in parallel (shared by validate, score, report). */
export async function runValidation(paths: string[], vctx: ValidationContext, opts: BatchOptions, ctx: CommandContext, progressLines: boolean): Promise<BatchFile[]> {
  let collected: CollectedFile[];
  try {
    collected = await collectFiles(paths);
  } catch (e) {
    if (e instanceof MissingPathError) throw new InputError(ctx.text.pathMissing(e.missing));
    throw e;
  }
  const toRead = collected.filter((c) => !c.skipped).map((c) => c.path);
  const progress = makeProgress(ctx.io, ctx.text.progressLabel, { plainLines: progressLines });
  const outcomes = await validateFiles(toRead, vctx, {
    ...(opts.jobs !== undefined ? { jobs: opts.jobs } : {}),
    ...(opts.timeout !== undefined ? { timeoutMs: opts.timeout * 1000 } : {}),
    onProgress: (done, total, file) => progress.update(done, total, file),
  });
  progress.done();
  const byPath = new Map(outcomes.map((o) => [o.file, o]));
  return collected.map((c) => (c.skipped ? { file: c.path, skipped: c.skipped } : { file: c.path, outcome: byPath.get(c.path) }));
}
