import { generatorName } from '../../io/tool-version.js';
import path from 'node:path';
import JSZip from 'jszip';
import type { Lang } from '../../base/lang.js';
import { TEMPLATE_TEXT } from '../../i18n/template-text.js';
import { writeAtomic } from '../../io/write-atomic.js';
import { generateReturns } from '../../sample/generate-returns.js';
import { sampleEdits } from '../../sample/sample-edits.js';
import { TEMPLATE_TIMESTAMP } from '../../workbook/template-contract.js';
import { fillCells } from '../../workbook/fill-cells.js';
import { inspectContainer } from '../../workbook/inspect-container.js';
import { EXIT, UsageError } from '../cli-errors.js';
import { info } from '../emit.js';
import type { CommandContext } from '../command-context.js';
import { loadNormInputs } from '../load-inputs.js';
import { templateBytes } from '../../template/template-file.js';
import { findMeetmoment, meetmomentOptions } from '../../norm/meetmoment.js';

export interface SampleOptions {
  output: string;
  count: number;
  seed: number;
  meetmoment?: string;
  norm?: string;
  registry?: string;
  lang: Lang;
}

/** weerbaar sample -o DIR: synthetic filled returns from the real template, for demos, tests and benchmarks. */
export async function sampleCommand(opts: SampleOptions, ctx: CommandContext): Promise<number> {
  const { norm, registry, fingerprint } = await loadNormInputs(opts, ctx);
  const moments = meetmomentOptions(norm);
  // A norm whose meetmoment is free text has no options: the text given (or the year of the
  // deadline, else this year) is what the samples type.
  const freeText =
    moments.length === 0
      ? (opts.meetmoment ?? `Meting ${norm.inzenden?.uiterlijk?.slice(0, 4) ?? new Date().getFullYear()}`)
      : undefined;
  const moment =
    freeText !== undefined
      ? { code: freeText }
      : opts.meetmoment
        ? findMeetmoment(norm, opts.meetmoment)
        : moments[moments.length > 1 ? 1 : 0];
  if (!moment)
    throw new UsageError(
      ctx.text.unknownMeetmoment(
        opts.meetmoment ?? '',
        moments.map((m) => m.label),
      ),
    );

  const template = await templateBytes({ norm, registry, fingerprint, lang: opts.lang, generator: generatorName() });
  const inspection = inspectContainer(template);
  if (!inspection.ok) throw new Error('the generated template does not pass its own inspection');
  const names = TEMPLATE_TEXT[opts.lang].sheets;
  const part = (sheet: string) => inspection.info.sheets.find((s) => s.name === sheet)?.part ?? '';
  const parts = { front: part(names.front), overview: part(names.overview) };
  const zip = await JSZip.loadAsync(template);

  const samples = generateReturns(norm, registry, {
    count: opts.count,
    seed: opts.seed,
    meetmoment: moment.code,
    lang: opts.lang,
  });
  for (const sample of samples) {
    await writeAtomic(
      path.join(opts.output, sample.fileName),
      await fillCells(zip, sampleEdits(norm, sample, parts), TEMPLATE_TIMESTAMP),
    );
  }
  const withMistakes = samples.filter((s) => s.mistakes.length > 0).length;
  info(ctx, ctx.text.samplesWritten(samples.length, opts.output, withMistakes));
  return EXIT.ok;
}
