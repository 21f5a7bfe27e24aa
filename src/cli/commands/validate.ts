import { toolInfo } from '../../io/tool-version.js';
import { FeedbackDirError, prepareFeedbackDir, writeFeedbackCopies } from '../../io/write-feedback-copies.js';
import type { Lang } from '../../base/lang.js';
import { VALIDATE_RENDERERS } from '../../render/validate/index.js';
import type { ValidateFormat } from '../../render/validate/formats.js';
import { buildValidateReport } from '../../validate/validate-report.js';
import { EXIT, InputError } from '../cli-errors.js';
import { emit, explain } from '../emit.js';
import type { CommandContext } from '../command-context.js';
import { loadNormInputs } from '../load-inputs.js';
import { checkOutputArgument } from '../output-checks.js';
import { runValidation, type BatchOptions } from '../run-validation.js';

export interface ValidateOptions extends BatchOptions {
  norm?: string;
  registry?: string;
  format: ValidateFormat;
  strict: boolean;
  lang: Lang;
  feedback?: string;
  outputFile?: string;
}

/** weerbaar validate PATH...: findings per file; exit 1 when any file fails. */
export async function validateCommand(paths: string[], opts: ValidateOptions, ctx: CommandContext): Promise<number> {
  if (opts.feedback !== undefined) await checkOutputArgument(opts.feedback, paths, ctx);
  const inputs = await loadNormInputs(opts, ctx);
  const { norm, registry, fingerprint } = inputs;
  const dir = opts.feedback;
  if (dir !== undefined) await feedbackStep(ctx, () => prepareFeedbackDir(dir));
  const batch = await runValidation(paths, inputs, opts, ctx, {
    progressLines: false,
    requireFiles: 'spreadsheet',
    ...(dir !== undefined ? { feedback: { lang: opts.lang, strict: opts.strict } } : {}),
  });
  const report = buildValidateReport(
    batch,
    { tool: toolInfo(), norm: { id: norm.id, version: norm.versie, fingerprint } },
    registry,
    opts.strict,
  );
  const principleOrder = norm.themas.flatMap((th) => th.uitgangspunten.map((p) => p.id));
  const rendered = VALIDATE_RENDERERS[opts.format](report, {
    lang: opts.lang,
    color: ctx.io.color,
    width: ctx.io.width,
    principleOrder,
  });
  await emit(ctx, rendered, { human: opts.format === 'table', ...(opts.outputFile ? { outputFile: opts.outputFile } : {}) });
  if (dir !== undefined) {
    // The copies were made in the workers, under their limits; here they are only written.
    for (const f of batch) {
      if (f.skipped || f.feedback || f.findings.length === 0) continue;
      ctx.io.err(
        f.findings.some((x) => x.code === 'FEEDBACK_FAILED')
          ? ctx.text.feedbackNotWritten(f.file)
          : ctx.text.feedbackSkipped(f.file),
      );
    }
    const written = await feedbackStep(ctx, () =>
      writeFeedbackCopies(batch, dir, ctx.text.feedbackSuffix, (name) => ctx.io.err(ctx.text.feedbackRenamed(name, dir))),
    );
    if (!ctx.io.quiet) ctx.io.err(ctx.text.feedbackWritten(written.length, dir));
  }
  const failed = report.files.filter((f) => !f.ok).map((f) => f.file);
  if (failed.length === 0) return EXIT.ok;
  explain(ctx, ctx.text.filesRejected(failed));
  return EXIT.failed;
}

async function feedbackStep<T>(ctx: CommandContext, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (e) {
    if (e instanceof FeedbackDirError) throw new InputError(ctx.text.feedbackDirUnusable(e.dir, e.code));
    throw e;
  }
}
