import path from 'node:path';
import type { Lang } from '../../base/lang.js';
import { prefillTemplate } from '../../carry/prefill-template.js';
import { planCarries } from '../../carry/plan-carries.js';
import { CARRY_TEXT } from '../../i18n/carry-text.js';
import { generatorName, toolInfo } from '../../io/tool-version.js';
import { exists, writeAtomic } from '../../io/write-atomic.js';
import { findMeetmoment, meetmomentOptions } from '../../norm/meetmoment.js';
import { buildCarryReport, renderCarryTable } from '../../render/carry/render-carry.js';
import { slug } from '../../sample/generate-returns.js';
import { EXIT, InputError, UsageError } from '../cli-errors.js';
import type { CommandContext } from '../command-context.js';
import { makeTable } from '../make-table.js';
import { loadNormInputs } from '../load-inputs.js';
import { runValidation } from '../run-validation.js';
import { defaultTemplateName } from '../../template/template-name.js';

export interface TemplateFromOptions {
  norm?: string;
  registry?: string;
  output?: string;
  lang: Lang;
  force: boolean;
  from: string[];
  meetmoment?: string;
  format?: 'table' | 'json';
}

/**
 * weerbaar template --from RETURN...: the template of today's norm, prefilled from earlier
 * returns. One return: one file (-o FILE); a folder or several returns: one file per organisation
 * in the folder -o DIR. Never writes over a file without --force.
 */
export async function templateFromCommand(opts: TemplateFromOptions, ctx: CommandContext): Promise<number> {
  const t = CARRY_TEXT[opts.lang];
  const inputs = await loadNormInputs(opts, ctx);
  const { norm, registry, fingerprint } = inputs;
  const moment = opts.meetmoment === undefined ? null : findMeetmoment(norm, opts.meetmoment);
  if (opts.meetmoment !== undefined && !moment)
    throw new UsageError(
      ctx.text.unknownMeetmoment(
        opts.meetmoment,
        meetmomentOptions(norm).map((m) => m.label),
      ),
    );

  const batch = (await runValidation(opts.from, inputs, {}, ctx, { progressLines: false, requireFiles: 'spreadsheet' })).filter(
    (b) => !b.skipped,
  );
  const archive = (inputs.archive ?? []).map((a) => a.norm);
  const { jobs, problems } = planCarries(batch, { norm, archive, registry, lang: opts.lang, meetmoment: moment?.code ?? null });

  const many = batch.length > 1 || (await anyFolder(opts.from));
  if (many && !opts.output) throw new UsageError(t.outputFolderNeeded);
  const stem = defaultTemplateName(norm.id, norm.versie, opts.lang).replace(/\.xlsx$/, '');
  const used = new Set<string>();
  const targets = jobs.map((job) => {
    if (!many && opts.output) return { ...job, output: opts.output };
    const who = slug(job.organisation?.name ?? path.basename(job.file).replace(/\.[^.]+$/, ''));
    let name = `${stem}-${who}.xlsx`;
    for (let i = 2; used.has(name); i++) name = `${stem}-${who}-${i}.xlsx`;
    used.add(name);
    return { ...job, output: many ? path.join(opts.output ?? '.', name) : name };
  });
  if (!opts.force)
    for (const target of targets) if (await exists(target.output)) throw new InputError(ctx.text.fileExists(target.output));

  for (const target of targets) {
    const bytes = await prefillTemplate(
      { norm, registry, lang: opts.lang, fingerprint, generator: generatorName() },
      target.plan,
      target.plan.from.meetmoment,
    );
    try {
      await writeAtomic(target.output, bytes);
    } catch (e) {
      throw new InputError(ctx.text.cannotWrite(target.output, (e as NodeJS.ErrnoException).code ?? String(e)));
    }
  }
  const report = buildCarryReport(targets, problems, { tool: toolInfo(), norm: { id: norm.id, version: norm.versie } });
  ctx.io.out(opts.format === 'json' ? `${JSON.stringify(report, null, 2)}` : renderCarryTable(report, opts.lang, makeTable));
  return problems.length > 0 ? EXIT.failed : EXIT.ok;
}

async function anyFolder(paths: string[]): Promise<boolean> {
  const { stat } = await import('node:fs/promises');
  for (const p of paths) {
    try {
      if ((await stat(p)).isDirectory()) return true;
    } catch {
      // A missing path was already reported by runValidation.
    }
  }
  return false;
}
