import { generatorName } from '../../io/tool-version.js';
import path from 'node:path';
import JSZip from 'jszip';
import type { Lang } from '../../base/lang.js';
import { MERGE_TEXT } from '../../i18n/merge-text.js';
import { TEMPLATE_TEXT } from '../../i18n/template-text.js';
import { readAndValidate } from '../../io/read-and-validate.js';
import { toolInfo } from '../../io/tool-version.js';
import { exists, writeAtomic } from '../../io/write-atomic.js';
import type { MergeFormat } from '../../render/merge/formats.js';
import { renderMergeJson, renderMergeTable, type MergeOutcome } from '../../render/merge/render-merge.js';
import { sampleEdits } from '../../sample/sample-edits.js';
import { displaySubmission } from '../../submission/display-submission.js';
import { mergeSubmissions } from '../../submission/merge-submissions.js';
import { TEMPLATE_TIMESTAMP } from '../../workbook/template-contract.js';
import { passes, validateWorkbook } from '../../validate/validate-workbook.js';
import { fillCells } from '../../workbook/fill-cells.js';
import { inspectContainer } from '../../workbook/inspect-container.js';
import { EXIT, InputError, UsageError } from '../cli-errors.js';
import { makeTable } from '../make-table.js';
import type { CommandContext } from '../command-context.js';
import { loadNormInputs } from '../load-inputs.js';
import { templateBytes } from '../../template/template-file.js';

export interface MergeOptions {
  output: string;
  voorkeur?: string;
  force: boolean;
  format: MergeFormat;
  norm?: string;
  registry?: string;
  lang: Lang;
}

/**
 * weerbaar merge PART… -o FILE: the parts of one return (one per department) → one return in a
 * fresh template. Writes nothing when the parts conflict or do not belong together (exit 1).
 */
export async function mergeCommand(files: string[], opts: MergeOptions, ctx: CommandContext): Promise<number> {
  const t = MERGE_TEXT[ctx.lang];
  if (files.length < 2) throw new UsageError(t.needTwo);
  const same = (a: string, b: string) => path.resolve(a) === path.resolve(b);
  const preferred = opts.voorkeur === undefined ? undefined : files.find((f) => same(f, opts.voorkeur ?? ''));
  if (opts.voorkeur !== undefined && preferred === undefined) throw new UsageError(t.voorkeurUnknown(opts.voorkeur));
  if (files.some((f) => same(f, opts.output))) throw new UsageError(t.outputIsInput(opts.output));
  if (!opts.force && (await exists(opts.output))) throw new InputError(ctx.text.fileExists(opts.output));

  const inputs = await loadNormInputs(opts, ctx);
  const { norm, registry, fingerprint } = inputs;
  const vctx = { norm, registry, fingerprint };
  const parts = await Promise.all(files.map((f) => readAndValidate(f, vctx)));
  const merge = mergeSubmissions(parts, norm, registry, { ...(preferred ? { preferred } : {}), lang: ctx.lang });
  const outcome: MergeOutcome = { parts: files, output: opts.output, written: false, merge };

  if (merge.submission) {
    // The combined return goes into a fresh template in the language of the parts.
    const lang = merge.submission.identity.lang;
    const template = await templateBytes({
      norm: inputs.norm,
      registry: inputs.registry,
      fingerprint: inputs.fingerprint,
      lang,
      generator: generatorName(),
    });
    const inspection = inspectContainer(template);
    if (!inspection.ok) throw new Error('the generated template does not pass its own inspection');
    const names = TEMPLATE_TEXT[lang].sheets;
    const part = (sheet: string) => inspection.info.sheets.find((s) => s.name === sheet)?.part ?? '';
    const edits = sampleEdits(norm, displaySubmission(merge.submission, norm, registry, lang), {
      front: part(names.front),
      overview: part(names.overview),
    });
    const bytes = await fillCells(await JSZip.loadAsync(template), edits, TEMPLATE_TIMESTAMP);
    outcome.check = (await validateWorkbook(bytes, vctx)).findings;
    try {
      await writeAtomic(opts.output, bytes);
    } catch (e) {
      throw new InputError(ctx.text.cannotWrite(opts.output, (e as NodeJS.ErrnoException).code ?? String(e)));
    }
    outcome.written = true;
  }
  ctx.io.out(
    opts.format === 'json'
      ? renderMergeJson(outcome, norm, ctx.lang, toolInfo())
      : renderMergeTable(outcome, norm, ctx.lang, (head) => makeTable(head)),
  );
  return outcome.written && passes(outcome.check ?? []) ? EXIT.ok : EXIT.failed;
}
