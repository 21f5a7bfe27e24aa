import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Lang } from '../../i18n/catalogue.js';
import { toolInfo } from '../../io/tool-version.js';
import { writeAtomic } from '../../io/write-atomic.js';
import { CSV_DIALECTS } from '../../render/csv.js';
import { renderReportCsv } from '../../render/report/render-report-csv.js';
import { renderReportHtml } from '../../render/report/render-report-html.js';
import { renderReportMarkdown } from '../../render/report/render-report-markdown.js';
import { renderReportXlsx } from '../../render/report/render-report-xlsx.js';
import { buildReport } from '../../report/build-report.js';
import { parsePreviousReport } from '../../report/parse-previous.js';
import type { Report } from '../../report/report-model.js';
import { writeWorkbook } from '../../workbook/exceljs-adapter.js';
import { EXIT, InputError } from '../cli-errors.js';
import { explain, info } from '../emit.js';
import type { CommandContext } from '../main.js';
import { loadNormInputs } from './load-inputs.js';
import { matchMeetmoment, matchRiec } from './match-scope.js';
import { runValidation, type BatchOptions } from './run-validation.js';

export interface ReportOptions extends BatchOptions {
  output: string;
  norm?: string;
  registry?: string;
  riec?: string;
  meetmoment?: string;
  previous?: string;
  anonymise: boolean;
  salt?: string;
  aggregateOnly: boolean;
  minGroup: number;
  csvDialect?: 'nl' | 'en';
  failOnRejected: boolean;
  lang: Lang;
}

/** weerbaar report PATH... -o DIR: validates and scores every return and writes the regional report. */
export async function reportCommand(paths: string[], opts: ReportOptions, ctx: CommandContext): Promise<number> {
  const { norm, registry, fingerprint } = await loadNormInputs(opts, ctx);
  const riec = opts.riec === undefined ? null : matchRiec(opts.riec, registry, ctx);
  const meetmoment = opts.meetmoment === undefined ? null : matchMeetmoment(opts.meetmoment, norm, ctx);
  const previous = opts.previous ? await readPrevious(opts.previous, ctx) : null;

  const batch = await runValidation(paths, { norm, registry, fingerprint }, opts, ctx, { progressLines: true, requireFiles: 'spreadsheet' });
  const report = buildReport(
    batch,
    {
      norm,
      registry,
      fingerprint,
      lang: opts.lang,
      tool: toolInfo(),
      generatedAt: new Date().toISOString(),
      riec,
      meetmoment,
      anonymise: opts.anonymise,
      salt: opts.salt ?? randomBytes(16).toString('hex'),
      saltGiven: opts.salt !== undefined,
      aggregateOnly: opts.aggregateOnly,
      minGroup: opts.minGroup,
      previous,
    },
  );

  const outputs: Array<[string, Uint8Array | string]> = [
    ['rapportage.xlsx', await writeWorkbook(renderReportXlsx(report))],
    ['rapportage.json', `${JSON.stringify(report, null, 2)}\n`],
    ['rapportage.md', renderReportMarkdown(report)],
    ['rapportage.html', renderReportHtml(report)],
    ['rapportage.csv', renderReportCsv(report, CSV_DIALECTS[opts.csvDialect ?? opts.lang])],
  ];
  try {
    for (const [name, data] of outputs) await writeAtomic(path.join(opts.output, name), data);
  } catch (e) {
    throw new InputError(ctx.text.cannotWrite(opts.output, (e as NodeJS.ErrnoException).code ?? String(e)));
  }

  const count = (status: Report['inputs'][number]['status']) => report.inputs.filter((i) => i.status === status).length;
  info(ctx, ctx.text.reportSummary({
    accepted: count('accepted'),
    rejected: count('rejected'),
    superseded: count('superseded'),
    excluded: count('excluded'),
    skipped: count('skipped'),
    missing: report.missing.count,
  }));
  info(ctx, ctx.text.reportWritten(opts.output, outputs.map(([name]) => name)));
  if (!opts.failOnRejected || count('rejected') === 0) return EXIT.ok;
  explain(ctx, ctx.text.filesRejected(report.inputs.filter((i) => i.status === 'rejected').map((i) => i.file)));
  return EXIT.failed;
}

async function readPrevious(file: string, ctx: CommandContext): Promise<{ report: Report; file: string }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new InputError(ctx.text.pathMissing(file));
  }
  const report = parsePreviousReport(text);
  if (!report) throw new InputError(ctx.text.badPrevious(file));
  return { report, file };
}
