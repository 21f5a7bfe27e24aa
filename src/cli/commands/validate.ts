import path from 'node:path';
import { findingMessage } from '../../i18n/format-finding.js';
import { VALIDATE_TEXT } from '../../i18n/validate-text.js';
import type { Lang } from '../../i18n/catalogue.js';
import { toolInfo } from '../../io/tool-version.js';
import { writeAtomic } from '../../io/write-atomic.js';
import { VALIDATE_RENDERERS } from '../../render/validate/index.js';
import type { ValidateFormat } from '../../render/validate/formats.js';
import { buildValidateReport, type FileReport } from '../../validate/validate-report.js';
import { readFile } from 'node:fs/promises';
import { EXIT } from '../cli-errors.js';
import type { CommandContext } from '../main.js';
import { loadNormInputs } from './load-inputs.js';
import { runValidation, type BatchOptions } from './run-validation.js';

export interface ValidateOptions extends BatchOptions {
  norm?: string;
  registry?: string;
  format: ValidateFormat;
  strict: boolean;
  lang: Lang;
  feedback?: string;
}

/** weerbaar validate PATH...: findings per file; exit 1 when any file fails. */
export async function validateCommand(paths: string[], opts: ValidateOptions, ctx: CommandContext): Promise<number> {
  const inputs = await loadNormInputs(opts, ctx);
  const { norm, registry, fingerprint } = inputs;
  const batch = await runValidation(paths, inputs, opts, ctx, { progressLines: false, requireFiles: true });
  const report = buildValidateReport(
    batch,
    { tool: toolInfo(), norm: { id: norm.id, version: norm.versie, fingerprint } },
    registry,
    opts.strict,
  );
  const principleOrder = norm.themas.flatMap((th) => th.uitgangspunten.map((p) => p.id));
  ctx.io.out(VALIDATE_RENDERERS[opts.format](report, { lang: opts.lang, color: ctx.io.color, width: ctx.io.width, principleOrder }));
  if (opts.feedback) await writeFeedback(report.files, opts.feedback, ctx);
  return report.files.every((f) => f.ok) ? EXIT.ok : EXIT.failed;
}

async function writeFeedback(files: FileReport[], dir: string, ctx: CommandContext): Promise<void> {
  const { text, lang } = ctx;
  let written = 0;
  const used = new Set<string>();
  for (const f of files) {
    // Only files with something to fix get a copy: those are the ones the RIEC sends back.
    if (f.skipped || f.findings.length === 0) continue;
    const unreadable = f.findings.some((x) => x.code.startsWith('FILE_'));
    if (unreadable) {
      ctx.io.err(text.feedbackSkipped(f.file));
      continue;
    }
    const marks = f.findings
      .filter((x) => x.location.sheet && x.location.cell)
      .map((x) => ({ sheet: x.location.sheet ?? '', cell: x.location.cell ?? '', severity: x.severity, message: findingMessage(x, lang) }));
    const rows = f.findings.map((x) => [
      VALIDATE_TEXT[lang].severity[x.severity],
      x.code,
      x.location.sheet ?? '',
      x.location.cell ?? '',
      x.location.principle ?? '',
      findingMessage(x, lang),
    ]);
    const { writeFeedbackCopy } = await import('../../workbook/exceljs-adapter.js');
    const copy = await writeFeedbackCopy(await readFile(f.file), marks, { name: text.feedbackSheet, header: text.feedbackHeader, rows });
    const stem = path.basename(f.file).replace(/\.[^.]+$/, '');
    let name = `${stem}${text.feedbackSuffix}.xlsx`;
    for (let i = 2; used.has(name); i++) name = `${stem}${text.feedbackSuffix}-${i}.xlsx`;
    used.add(name);
    await writeAtomic(path.join(dir, name), copy);
    written++;
  }
  ctx.io.err(text.feedbackWritten(written, dir));
}
