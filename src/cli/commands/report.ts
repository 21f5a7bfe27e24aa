import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fold } from '../../checks/closest.js';
import type { Lang } from '../../i18n/catalogue.js';
import { toolInfo } from '../../io/tool-version.js';
import { ForeignFilesError, writeFolderAsUnit } from '../../io/write-folder.js';
import { stampOutput } from '../../workbook/stamp-output.js';
import { checkOutputArgument } from './output-checks.js';
import { CSV_DIALECTS } from '../../render/csv.js';
import { renderReportCsv } from '../../render/report/render-report-csv.js';
import { renderReportHtml } from '../../render/report/render-report-html.js';
import { renderReportMarkdown } from '../../render/report/render-report-markdown.js';
import { renderReportXlsx } from '../../render/report/render-report-xlsx.js';
import { buildReport } from '../../report/build-report.js';
import { parsePreviousReport } from '../../report/parse-previous.js';
import type { Report } from '../../report/report-model.js';
import type { Registry } from '../../norm/registry-schema.js';
import type { Norm } from '../../norm/norm-schema.js';
import { writeWorkbook } from '../../workbook/exceljs-adapter.js';
import { EXIT, InputError, UsageError } from '../cli-errors.js';
import type { CommandContext } from '../main.js';
import { loadNormInputs } from './load-inputs.js';
import { runValidation, type BatchOptions } from './run-validation.js';
import { findMeetmoment, meetmomentOptions } from '../../norm/meetmoment.js';

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
  force: boolean;
  lang: Lang;
}

/** weerbaar report PATH... -o DIR: validates and scores every return and writes the regional report. */
export async function reportCommand(paths: string[], opts: ReportOptions, ctx: CommandContext): Promise<number> {
  await checkOutputArgument(opts.output, paths, ctx);
  const { norm, registry, fingerprint } = await loadNormInputs(opts, ctx);
  const riec = opts.riec === undefined ? null : matchRiec(opts.riec, registry, ctx);
  const meetmoment = opts.meetmoment === undefined ? null : matchMeetmoment(opts.meetmoment, norm, ctx);
  const previous = opts.previous ? await readPrevious(opts.previous, ctx) : null;

  const batch = await runValidation(paths, { norm, registry, fingerprint }, opts, ctx, { progressLines: true, requireFiles: false });
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
    ['rapportage.xlsx', await stampOutput(await writeWorkbook(renderReportXlsx(report)), 'report')],
    ['rapportage.json', `${JSON.stringify(report, null, 2)}\n`],
    ['rapportage.md', renderReportMarkdown(report)],
    ['rapportage.html', renderReportHtml(report)],
    ['rapportage.csv', renderReportCsv(report, CSV_DIALECTS[opts.csvDialect ?? opts.lang])],
  ];
  try {
    await writeFolderAsUnit(opts.output, outputs, { force: opts.force });
  } catch (e) {
    if (e instanceof ForeignFilesError) throw new InputError(ctx.text.reportFolderForeign(opts.output, e.files));
    throw new InputError(ctx.text.cannotWrite(opts.output, (e as NodeJS.ErrnoException).code ?? String(e)));
  }

  const count = (status: Report['inputs'][number]['status']) => report.inputs.filter((i) => i.status === status).length;
  ctx.io.out(ctx.text.reportSummary({
    accepted: count('accepted'),
    rejected: count('rejected'),
    superseded: count('superseded'),
    excluded: count('excluded'),
    skipped: count('skipped'),
    missing: report.missing.count,
  }));
  ctx.io.out(ctx.text.reportWritten(opts.output, outputs.map(([name]) => name)));
  return opts.failOnRejected && count('rejected') > 0 ? EXIT.failed : EXIT.ok;
}

/** Exact name (case and spaces ignored), else the one RIEC whose name contains the text. */
function matchRiec(given: string, registry: Registry, ctx: CommandContext): string {
  const riecs = [...new Set(registry.organisaties.map((o) => o.riec).filter((r): r is string => r !== null))].sort();
  const exact = riecs.find((r) => fold(r) === fold(given));
  const partial = riecs.filter((r) => fold(r).includes(fold(given)));
  const match = exact ?? (partial.length === 1 ? partial[0] : undefined);
  if (!match) throw new UsageError(ctx.text.unknownRiec(given, riecs));
  return match;
}

function matchMeetmoment(given: string, norm: Norm, ctx: CommandContext): string {
  const match = findMeetmoment(norm, given);
  if (!match) throw new UsageError(ctx.text.unknownMeetmoment(given, meetmomentOptions(norm).map((m) => m.label)));
  return match.code;
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
