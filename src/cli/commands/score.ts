import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import type { Lang } from '../../base/lang.js';
import { toolInfo } from '../../io/tool-version.js';
import type { ScoreFormat } from '../../render/score/formats.js';
import { SCORE_RENDERERS } from '../../render/score/index.js';
import { buildScoreReport } from '../../score/score-report.js';
import { parseThresholds, thresholdsFromData, type Threshold } from '../../score/thresholds.js';
import type { Norm } from '../../norm/norm-schema.js';
import { EXIT, InputError, UsageError } from '../cli-errors.js';
import { emit, explain } from '../emit.js';
import { findingMessage } from '../../i18n/format-finding.js';
import { skippedFinding } from '../../validate/validate-report.js';
import type { CommandContext } from '../command-context.js';
import { loadNormInputs } from '../load-inputs.js';
import { runValidation, type BatchOptions } from '../run-validation.js';
import { buildReport } from '../../report/build-report.js';
import { combineParts } from '../../intake/combine-parts.js';
import type { ReportFileInput } from '../../intake/select-returns.js';
import { renderOrganisationPage } from '../../render/report/render-organisation-page.js';
import type { NormInputs } from '../../io/read-norm-files.js';

/** The smallest group with a median, as `weerbaar report --min-group` by default. */
const DEFAULT_MIN_GROUP = 5;

export interface ScoreOptions extends BatchOptions {
  norm?: string;
  registry?: string;
  format: ScoreFormat;
  threshold?: string;
  thresholds?: string;
  force: boolean;
  lang: Lang;
  outputFile?: string;
}

/** weerbaar score PATH...: scores per theme; exit 1 when a file is not scorable or a threshold is not met. */
export async function scoreCommand(paths: string[], opts: ScoreOptions, ctx: CommandContext): Promise<number> {
  const normInputs = await loadNormInputs(opts, ctx);
  const { norm, registry, fingerprint } = normInputs;
  const thresholds = await readThresholds(opts, norm, ctx);
  const batch = await runValidation(paths, normInputs, opts, ctx, { progressLines: false, requireFiles: 'spreadsheet' });
  // Files not read (a lock file, a PDF in the folder) are named on stderr: a score never drops a file silently.
  for (const b of batch.filter((x) => x.skipped)) {
    if (!ctx.io.quiet) ctx.io.err(`${b.file}: ${findingMessage(skippedFinding(b.file, b.skipped ?? ''), opts.lang)}`);
  }
  // Parts of one return from several departments are scored as the one return they make together, as in the report.
  const combined = combineParts(batch, norm, registry, opts.lang);
  for (const c of combined) {
    if (ctx.io.quiet) break;
    const said = c.parts
      ? c.findings.filter((f) => f.code === 'PARTS_MERGED' || f.code === 'PARTS_FRONT_LATEST')
      : c.part?.kind === 'conflict'
        ? c.part.conflicts
        : [];
    for (const f of said) ctx.io.err(`${c.file}: ${findingMessage(f, opts.lang)}`);
  }
  const inputs = combined
    .filter((b) => !b.skipped && b.part?.kind !== 'merged')
    .map((b) => ({
      file: b.file,
      errors: b.findings.filter((f) => f.severity === 'error').length,
      ...(b.submission ? { submission: b.submission } : {}),
    }));
  const report = buildScoreReport(inputs, {
    norm,
    archive: (normInputs.archive ?? []).map((a) => a.norm),
    registry,
    lang: opts.lang,
    force: opts.force,
    thresholds,
    meta: { tool: toolInfo(), norm: { id: norm.id, version: norm.versie, fingerprint } },
  });
  if (opts.format === 'html') {
    // A return that cannot be scored has no page: say why on stderr (the table says it in full) and fail.
    const page = organisationPageOf(batch, { norm, registry, fingerprint }, opts, ctx);
    if (page === null) {
      ctx.io.err(ctx.text.scoreHtmlOne(0));
      ctx.io.err(SCORE_RENDERERS.table(report, { lang: opts.lang, color: ctx.io.color, width: ctx.io.width }));
      return EXIT.failed;
    }
    await emit(ctx, page, { human: false, ...(opts.outputFile ? { outputFile: opts.outputFile } : {}) });
  } else {
    const rendered = SCORE_RENDERERS[opts.format](report, { lang: opts.lang, color: ctx.io.color, width: ctx.io.width });
    await emit(ctx, rendered, { human: opts.format === 'table', ...(opts.outputFile ? { outputFile: opts.outputFile } : {}) });
  }
  const notScorable = report.results.filter((r) => !r.scorable).map((r) => r.file);
  const unmet = report.results.filter((r) => r.unmet.length > 0).map((r) => r.file);
  if (notScorable.length === 0 && unmet.length === 0) return EXIT.ok;
  if (notScorable.length > 0) explain(ctx, ctx.text.notScorable(notScorable, opts.force));
  if (unmet.length > 0)
    explain(
      ctx,
      ctx.text.thresholdsUnmet(
        unmet,
        report.results.flatMap((r) => r.unmet.map((u) => u.threshold.source)).filter((v, i, a) => a.indexOf(v) === i),
      ),
    );
  return EXIT.failed;
}

async function readThresholds(opts: ScoreOptions, norm: Norm, ctx: CommandContext): Promise<Threshold[]> {
  if (opts.threshold && opts.thresholds) throw new UsageError(ctx.text.thresholdsBoth);
  let parsed;
  if (opts.threshold) parsed = parseThresholds(opts.threshold);
  else if (opts.thresholds) {
    let text: string;
    try {
      text = await readFile(opts.thresholds, 'utf8');
    } catch {
      throw new InputError(ctx.text.pathMissing(opts.thresholds));
    }
    let data: unknown;
    try {
      data = parseYaml(text);
    } catch (e) {
      throw new InputError(ctx.text.badThreshold(`${opts.thresholds}: ${(e as Error).message.split('\n')[0] ?? ''}`));
    }
    parsed = thresholdsFromData(data);
  } else return [];
  if (!parsed.ok) throw new UsageError(ctx.text.badThreshold(parsed.bad));
  for (const t of parsed.thresholds) {
    const target = t.target;
    if (target !== 'overall' && !norm.themas.some((th) => th.id === target.theme))
      throw new UsageError(ctx.text.unknownThemeThreshold(target.theme));
  }
  return parsed.thresholds;
}

/**
 * The page for the council of the one organisation in the return, as `weerbaar report` writes it
 * in organisaties/, without group medians (one return is no group) and without earlier measurements.
 */
function organisationPageOf(
  batch: ReportFileInput[],
  inputs: NormInputs,
  opts: ScoreOptions,
  ctx: CommandContext,
): string | null {
  const report = buildReport(batch, {
    ...inputs,
    lang: opts.lang,
    tool: toolInfo(),
    generatedAt: new Date().toISOString(),
    riec: null,
    meetmoment: null,
    anonymise: false,
    salt: '',
    saltGiven: false,
    aggregateOnly: false,
    minGroup: DEFAULT_MIN_GROUP,
    previous: [],
  });
  if (report.organisations.length > 1) throw new UsageError(ctx.text.scoreHtmlOne(report.organisations.length));
  const org = report.organisations[0];
  if (!org) return null;
  return renderOrganisationPage(report, org);
}
