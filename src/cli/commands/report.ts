import { randomBytes } from 'node:crypto';
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import type { Lang } from '../../base/lang.js';
import { removeStaleFiles } from '../../io/remove-stale.js';
import { releaseWorkers } from '../../io/validate-files.js';
import { ForeignFilesError, writeFolderAsUnit, type FileData } from '../../io/write-folder.js';
import { checkOutputArgument } from '../output-checks.js';
import { CSV_DIALECTS } from '../../render/csv.js';
import { renderReportCsv } from '../../render/report/render-report-csv.js';
import { renderReportHtml } from '../../render/report/render-report-html.js';
import { renderReportMarkdown } from '../../render/report/render-report-markdown.js';
import { renderReportXlsx } from '../../render/report/render-report-xlsx.js';
import { renderExchangeCsv, writesExchangeCsv } from '../../render/report/render-exchange-csv.js';
import { buildReport } from '../../report/build-report.js';
import { parsePreviousReport } from '../../report/parse-previous.js';
import type { Report } from '../../report/report-model.js';
import { writeWorkbook } from '../../workbook/write-workbook.js';
import { EXIT, InputError, UsageError } from '../cli-errors.js';
import { explain, info } from '../emit.js';
import type { CommandContext } from '../command-context.js';
import { loadScope, scopeOptions } from '../load-scope.js';
import { runValidation, type BatchOptions } from '../run-validation.js';
import { findMeetmoment, meetmomentLabel } from '../../norm/meetmoment.js';
import type { Norm } from '../../norm/norm-schema.js';
import type { PreviousReport } from '../../report/build-history.js';
import { findOrganisation, organisationFileName } from '../../render/report/organisation-view.js';
import { renderOrganisationPage } from '../../render/report/render-organisation-page.js';
import { versionMapFrom, type VersionMap } from '../../norm/version-map.js';

export interface ReportOptions extends BatchOptions {
  output: string;
  norm?: string;
  registry?: string;
  riec?: string;
  meetmoment?: string;
  previous?: string[];
  organisatie?: string;
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
  const scope = await loadScope(opts, ctx);
  const { inputs } = scope;
  const { norm } = inputs;
  const previous = await readPreviousAll(opts.previous ?? [], norm, ctx);

  const batch = await runValidation(paths, inputs, opts, ctx, { progressLines: true, requireFiles: 'spreadsheet' });
  // The outputs need the memory that idle validation workers would hold (see validateFiles).
  await releaseWorkers();
  const report = buildReport(batch, {
    ...scopeOptions(scope, opts.lang),
    anonymise: opts.anonymise,
    salt: opts.salt ?? randomBytes(16).toString('hex'),
    saltGiven: opts.salt !== undefined,
    aggregateOnly: opts.aggregateOnly,
    minGroup: opts.minGroup,
    previous,
    previousMaps: previousVersionMaps(
      previous.map((p) => p.report.norm.version),
      norm,
      inputs.archive ?? [],
    ),
  });

  const pages = organisationPages(report, opts.organisatie, ctx);
  // Names and contacts of who seeks and who offers help: only in a report that names organisations.
  const withExchange = writesExchangeCsv(report);
  const dialect = CSV_DIALECTS[opts.csvDialect ?? opts.lang];
  // Each output is made when it is written and let go after: at national scale they are tens of
  // megabytes each, and the workbook's model many times its file.
  const outputs: Array<[string, FileData]> = [
    ['rapportage.xlsx', rendered(() => writeWorkbook(renderReportXlsx(report), { stamp: 'report' }))],
    ['rapportage.json', rendered(() => `${JSON.stringify(report, null, 2)}\n`)],
    ['rapportage.md', rendered(() => renderReportMarkdown(report))],
    ['rapportage.html', rendered(() => renderReportHtml(report))],
    ['rapportage.csv', rendered(() => renderReportCsv(report, dialect))],
    ...(withExchange ? [[EXCHANGE_CSV, rendered(() => renderExchangeCsv(report, dialect) ?? '')] as [string, FileData]] : []),
    ...pages,
  ];
  try {
    await withPromptCollection(() => writeFolderAsUnit(opts.output, outputs, { force: opts.force }));
    // Only needed when the files were replaced one by one (--force): a swapped-in folder holds no old pages.
    await removeStaleFiles(path.join(opts.output, PAGES_DIR), new Set(pages.map(([name]) => path.basename(name))), '.html');
    // Likewise the list with names and contacts, when this run names no one (--anonymise after a full run).
    if (!withExchange) await rm(path.join(opts.output, EXCHANGE_CSV), { force: true });
  } catch (e) {
    // A fault in making an output is no write error: it goes up as it is.
    if (e instanceof RenderError) throw e.cause;
    if (e instanceof ForeignFilesError) throw new InputError(ctx.text.reportFolderForeign(opts.output, e.files));
    throw new InputError(ctx.text.cannotWrite(opts.output, (e as NodeJS.ErrnoException).code ?? String(e)));
  }

  const count = (status: Report['inputs'][number]['status']) => report.inputs.filter((i) => i.status === status).length;
  info(
    ctx,
    ctx.text.reportSummary({
      accepted: count('accepted'),
      rejected: count('rejected'),
      superseded: count('superseded'),
      conflict: count('conflict'),
      excluded: count('excluded'),
      skipped: count('skipped'),
      missing: report.missing.count,
    }),
  );
  const written = outputs.filter(([name]) => !name.startsWith(`${PAGES_DIR}/`)).map(([name]) => name);
  if (pages.length) written.push(`${PAGES_DIR}/ (${pages.length})`);
  info(ctx, ctx.text.reportWritten(opts.output, written));
  if (report.scope.anonymised || report.scope.aggregateOnly) info(ctx, ctx.text.pagesSkipped);
  if (!opts.failOnRejected || count('rejected') === 0) return EXIT.ok;
  explain(ctx, ctx.text.filesRejected(report.inputs.filter((i) => i.status === 'rejected').map((i) => i.file)));
  return EXIT.failed;
}

/** The list for the RIEC: who seeks help with what, and who can help (see render-exchange-csv.ts). */
export const EXCHANGE_CSV = 'leren-van-elkaar.csv';

/** The folder in the report folder with one page per organisation, for its council. */
export const PAGES_DIR = 'organisaties';

/**
 * organisaties/CODE-name.html for every counted organisation, or only the one asked for. None in
 * an anonymised or totals-only report: a page names its organisation.
 */
function organisationPages(report: Report, only: string | undefined, ctx: CommandContext): Array<[string, FileData]> {
  if (report.scope.anonymised || report.scope.aggregateOnly) {
    if (only !== undefined) throw new UsageError(ctx.text.pagesSkipped);
    return [];
  }
  let orgs = report.organisations;
  if (only !== undefined) {
    const match = findOrganisation(report, only);
    if (!match) throw new UsageError(ctx.text.unknownOrganisatie(only));
    orgs = [match];
  }
  return orgs.map((org) => [`${PAGES_DIR}/${organisationFileName(org)}`, rendered(() => renderOrganisationPage(report, org))]);
}

/**
 * Runs fn with the garbage collector growing the heap by at most a fifth between full
 * collections. Each output is garbage once written, but V8 by default lets the heap grow up to
 * four times its live size before it collects: at national scale that held the garbage of
 * several outputs at once (about 700 MB at the peak, against some 40 MB live between outputs).
 */
async function withPromptCollection<T>(fn: () => Promise<T>): Promise<T> {
  setFlagsFromString('--heap-growing-percent=20');
  try {
    return await fn();
  } finally {
    // 0: V8's own choice again.
    setFlagsFromString('--heap-growing-percent=0');
  }
}

/** An error thrown while making an output, told apart from an error writing it. */
class RenderError extends Error {
  constructor(override readonly cause: unknown) {
    super('render');
  }
}

function rendered(make: () => Uint8Array | string | Promise<Uint8Array | string>): () => Promise<Uint8Array | string> {
  return async () => {
    try {
      return await make();
    } catch (e) {
      throw new RenderError(e);
    }
  };
}

/** Every --previous: a rapportage.json, or a folder searched (with subfolders) for files named rapportage.json. */
async function readPreviousAll(given: string[], norm: Norm, ctx: CommandContext): Promise<PreviousReport[]> {
  const files: string[] = [];
  for (const p of given) {
    let isDir: boolean;
    try {
      isDir = (await stat(p)).isDirectory();
    } catch {
      throw new InputError(ctx.text.pathMissing(p));
    }
    if (!isDir) {
      files.push(p);
      continue;
    }
    const found = (await readdir(p, { recursive: true }))
      .filter((f) => path.basename(f) === 'rapportage.json')
      .sort()
      .map((f) => path.join(p, f));
    if (!found.length) throw new InputError(ctx.text.noPreviousInFolder(p));
    files.push(...found);
  }
  const reports = await Promise.all([...new Set(files)].map((f) => readPrevious(f, ctx)));
  // Two earlier reports for one meetmoment would make the trend ambiguous: say so, never pick one silently.
  const byMoment = new Map<string, string[]>();
  for (const r of reports) {
    const key = findMeetmoment(norm, r.report.scope.meetmoment ?? '')?.code ?? r.report.scope.meetmoment ?? '';
    byMoment.set(key, [...(byMoment.get(key) ?? []), r.file]);
  }
  for (const [moment, clash] of byMoment)
    if (clash.length > 1) throw new InputError(ctx.text.previousTwice(meetmomentLabel(norm, moment, ctx.lang) ?? moment, clash));
  return reports;
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

/** For earlier reports made with another version of the norm: how their principles map to this one, when the archive knows the way. */
function previousVersionMaps(versions: string[], norm: Norm, archive: ReadonlyArray<{ norm: Norm }>): Record<string, VersionMap> {
  const maps: Record<string, VersionMap> = {};
  for (const version of new Set(versions)) {
    if (version === norm.versie) continue;
    const map = versionMapFrom(
      norm,
      version,
      archive.map((a) => a.norm),
    );
    if (map) maps[version] = map;
  }
  return maps;
}
