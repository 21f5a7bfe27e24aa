import path from 'node:path';
import type { Lang } from '../../base/lang.js';
import { INTAKE_TEXT } from '../../i18n/intake-text.js';
import { buildIntake } from '../../intake/build-intake.js';
import { writeAtomic } from '../../io/write-atomic.js';
import { CSV_DIALECTS } from '../../render/csv.js';
import type { IntakeFormat } from '../../render/intake/formats.js';
import { INTAKE_RENDERERS } from '../../render/intake/index.js';
import { renderIntakeCsv } from '../../render/intake/render-intake-csv.js';
import { EXIT, InputError } from '../cli-errors.js';
import { emit, explain } from '../emit.js';
import type { CommandContext } from '../command-context.js';
import { loadScope, scopeOptions } from '../load-scope.js';
import { checkOutputArgument } from '../output-checks.js';
import { runValidation, type BatchOptions } from '../run-validation.js';

export interface IntakeOptions extends BatchOptions {
  output: string;
  norm?: string;
  registry?: string;
  riec?: string;
  meetmoment?: string;
  format: IntakeFormat;
  outputFile?: string;
  csvDialect?: 'nl' | 'en';
  lang: Lang;
}

/** weerbaar intake PATH...: who has sent what, one state per organisation; writes intake.csv for a mail merge. */
export async function intakeCommand(paths: string[], opts: IntakeOptions, ctx: CommandContext): Promise<number> {
  // intake.csv inside a returns folder would be listed as a mailed CSV on the next run. A folder
  // around the returns (the working folder, by default) is fine: one named file replaces no return.
  await checkOutputArgument(opts.output, paths, ctx, { mayHoldInputs: true });
  const scope = await loadScope(opts, ctx);
  // With the archive, a return of an earlier norm version is read with its own version, as in the report.
  const batch = await runValidation(paths, scope.inputs, opts, ctx, { progressLines: false, requireFiles: 'any' });
  const report = buildIntake(batch, scopeOptions(scope, opts.lang));

  const csvFile = path.join(opts.output, 'intake.csv');
  try {
    await writeAtomic(csvFile, renderIntakeCsv(report, CSV_DIALECTS[opts.csvDialect ?? opts.lang]));
  } catch (e) {
    throw new InputError(ctx.text.cannotWrite(csvFile, (e as NodeJS.ErrnoException).code ?? String(e)));
  }
  const rendered = INTAKE_RENDERERS[opts.format](report, { lang: opts.lang, color: ctx.io.color, width: ctx.io.width });
  await emit(ctx, rendered, { human: opts.format === 'table', ...(opts.outputFile ? { outputFile: opts.outputFile } : {}) });
  // On stderr, so that a JSON or CSV document on stdout stays clean.
  if (!ctx.io.quiet) {
    if (opts.format !== 'table' || opts.outputFile)
      ctx.io.err(INTAKE_TEXT[opts.lang].summary(report.counts, report.fileCounts, report.organisations));
    ctx.io.err(INTAKE_TEXT[opts.lang].written(csvFile));
  }
  if (report.complete) return EXIT.ok;
  explain(ctx, ctx.text.intakeIncomplete(report.organisations - report.counts.accepted, report.organisations));
  return EXIT.failed;
}
