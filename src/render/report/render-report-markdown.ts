import {
  formatDecimal,
  formatDelta,
  formatFigure,
  formatTimestamp,
  REPORT_TEXT,
  type ReportText,
} from '../../i18n/report-text.js';
import type { Report } from '../../report/report-model.js';
import { markdownText } from '../text/markdown-text.js';
import {
  countByStatus,
  findingLines,
  hasHiddenFigures,
  scaleWords,
  themeLabel,
  trendCounts,
  weakestPrinciples,
} from './report-view.js';
import { ORGANISATION_TEXT } from '../../i18n/organisation-text.js';
import { intakeMarkdown } from './intake-section.js';
import { exchangeMarkdown } from './exchange-section.js';
import { WEAKEST_COUNT } from './weakest.js';

/** Text for Markdown, escaped as in every Markdown output (see markdown-text.ts). */
export const md = markdownText;

const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
const tableHead = (head: string[], right: boolean[]) => [row(head), `|${right.map((r) => (r ? '---:' : '---')).join('|')}|`];

/**
 * rapportage.md: a summary for a CI job summary or an e-mail: scope, counts, statistics per theme,
 * the weakest principles, missing organisations, rejected files and the trend.
 */
export function renderReportMarkdown(report: Report): string {
  const t = REPORT_TEXT[report.lang];
  const o = ORGANISATION_TEXT[report.lang];
  const lang = report.lang;
  const counts = countByStatus(report);
  const { scale, nvt } = scaleWords(report);
  // The order tells the story: what this is, shared challenges, development, per organisation, appendix.
  const out: string[] = [
    `## ${md(t.title)}: ${md(t.normLine(report.norm.title, report.norm.version))}`,
    '',
    `${md(t.generated(formatTimestamp(report.generatedAt), `${report.tool.name} ${report.tool.version}`))}.  `,
    `**${md(t.scopeTitle)}:** ${md(t.scope(report.scope))}.`,
    '',
    `### ${md(o.storyTitle)}`,
    '',
  ];
  if (report.context.what) out.push(md(report.context.what), '');
  out.push(md(report.context.whatNot ?? o.storyNotSupervision), '');
  out.push(
    `${md(o.storyTookPart(counts.accepted, counts.accepted + report.missing.count, report.scope.meetmoment))} ${md(o.storyScores(scale, nvt))}`,
    '',
  );
  out.push(
    `**${md(t.summaryTitle)}:** ${md(t.countsLine({ ...counts, missing: report.missing.count }))} ${md(t.overallMedian)}: **${md(formatFigure(report.overallStats.median, lang))}**.`,
  );
  if (report.notes.length) out.push('', ...report.notes.map((n) => `- ${md(n)}`));

  out.push('', `### ${md(o.challengesTitle)}`);
  const weakest = weakestPrinciples(report, WEAKEST_COUNT);
  if (weakest.length) {
    out.push('', `#### ${md(t.weakestTitle(weakest.length))}`, '');
    out.push(
      ...tableHead([t.rank, t.principleId, t.principle, t.theme, t.meanPct, t.meetsPct, t.applicable].map(md), [
        true,
        false,
        false,
        false,
        true,
        true,
        true,
      ]),
    );
    for (const p of weakest) {
      out.push(
        row([
          String(p.rank),
          md(p.id),
          md(p.title),
          md(themeLabel(report, p.themeId)),
          md(formatFigure(p.meanScore, lang)),
          md(formatFigure(p.meetsShare, lang)),
          String(p.applicable),
        ]),
      );
    }
  }
  out.push('', `#### ${md(t.themeStatsTitle)}`, '');
  out.push(
    ...tableHead([t.theme, t.stats.n, t.stats.median, t.stats.mean, t.stats.min, t.stats.max].map(md), [
      false,
      true,
      true,
      true,
      true,
      true,
    ]),
  );
  const stats = (s: Report['overallStats']) =>
    [
      String(s.n),
      formatFigure(s.median, lang),
      formatFigure(s.mean, lang),
      formatFigure(s.min, lang),
      formatFigure(s.max, lang),
    ].map(md);
  for (const s of report.themeStats) out.push(row([md(themeLabel(report, s.id)), ...stats(s)]));
  out.push(row([`**${md(t.overall)}**`, ...stats(report.overallStats)]));
  out.push(...groupMedians(report, t));
  if (hasHiddenFigures(report)) out.push('', md(t.hiddenNote(report.scope.minGroup)));
  out.push(...exchangeMarkdown(report));

  if (report.history || report.trend) out.push('', `### ${md(o.developmentTitle)}`, '', ...history(report, t));
  if (report.trend) out.push(`#### ${md(t.trendTitle)}`, '', ...trend(report, t));

  out.push('', `### ${md(o.perOrganisationTitle)}`, '', ...perOrganisation(report, t));
  out.push('', `#### ${md(t.missingTitle)}`, '', missing(report, t));
  out.push('', `### ${md(o.appendixTitle)}`, '', ...rejected(report, t));
  out.push(...intakeMarkdown(report));
  return `${out.join('\n')}\n`;
}

/** Median (n) per RIEC and per size class, theme by theme. */
function groupMedians(report: Report, t: ReportText): string[] {
  const lang = report.lang;
  const cell = (s: { median: number | null; n: number } | undefined) =>
    md(s ? `${formatFigure(s.median, lang)} (${t.nIs(s.n)})` : t.hidden);
  const rows = [
    ...Object.keys(report.overallByRiec).map((k) => [
      md(k),
      ...report.themeStats.map((s) => cell(s.byRiec[k])),
      cell(report.overallByRiec[k]),
    ]),
    ...report.sizeClasses.classes
      .filter((k) => Object.hasOwn(report.overallBySize, k))
      .map((k) => [md(k), ...report.themeStats.map((s) => cell(s.bySize[k])), cell(report.overallBySize[k])]),
  ];
  if (!rows.length) return [];
  return [
    '',
    `#### ${md(t.riecStatsTitle)}`,
    '',
    ...tableHead(
      [md(t.group), ...report.themes.map((th) => md(th.id)), md(t.overall)],
      [false, ...report.themes.map(() => true), true],
    ),
    ...rows.map(row),
  ];
}

/** The regional median per theme over every measurement. */
function history(report: Report, t: ReportText): string[] {
  const h = report.history;
  if (!h) return [];
  const o = ORGANISATION_TEXT[report.lang];
  const labels = h.measurements.map((m, i) => m.meetmoment ?? `${o.measurement} ${i + 1}`);
  const out = [md(o.developmentCaption(h.measurements.length)), ''];
  out.push(...tableHead([md(t.theme), ...labels.map((l) => md(`${o.regionMedian} ${l}`))], [false, ...labels.map(() => true)]));
  for (const th of h.themes)
    out.push(row([md(themeLabel(report, th.id)), ...th.medians.map((v) => md(formatFigure(v, report.lang)))]));
  out.push(row([`**${md(t.overall)}**`, ...h.overall.medians.map((v) => md(formatFigure(v, report.lang)))]), '');
  return out;
}

/** One row per organisation: its scores per theme and overall (none with aggregateOnly). */
function perOrganisation(report: Report, t: ReportText): string[] {
  if (report.scope.aggregateOnly || !report.organisations.length) return [md(t.validationAggregate)];
  const lang = report.lang;
  const out = tableHead([t.riec, t.organisation, ...report.themes.map((th) => themeLabel(report, th.id)), t.overall].map(md), [
    false,
    false,
    ...report.themes.map(() => true),
    true,
  ]);
  for (const org of report.organisations) {
    out.push(
      row([
        md(org.riec),
        md(org.name),
        ...report.themes.map((th) => md(formatFigure(org.themes.find((x) => x.id === th.id)?.score ?? null, lang))),
        md(formatFigure(org.overall.score, lang)),
      ]),
    );
  }
  return out;
}

function missing(report: Report, t: ReportText): string {
  if (report.missing.count === 0) return md(t.noneMissing);
  const summary = md(t.missingSummary(report.missing.count));
  if (report.scope.aggregateOnly || report.missing.organisations.length === 0) return summary;
  const o = ORGANISATION_TEXT[report.lang];
  const why = (m: Report['missing']['organisations'][number]) =>
    m.status === 'rejected' ? `${o.rejectedBecause}${m.reason ? `: ${m.reason}` : ''}` : o.notReceived;
  return `${summary}\n\n${report.missing.organisations.map((m) => `- ${md(m.name)} (${md(m.code)})${m.riec ? `, ${md(m.riec)}` : ''}: ${md(why(m))}`).join('\n')}`;
}

/** Rejected files with their first findings; with aggregateOnly only their number. */
function rejected(report: Report, t: ReportText): string[] {
  const files = report.inputs.filter((f) => f.status === 'rejected');
  if (!files.length) return [md(t.noRejected)];
  if (report.scope.aggregateOnly) return [`${md(t.rejected)}: ${files.length}. ${md(t.validationAggregate)}`];
  return files.flatMap((f) => {
    const org = f.organisation ? ` (${md(f.organisation.name)}, ${md(f.organisation.code)})` : '';
    const head = `- **${md(f.file)}**${org}: ${md(t.errorsWarnings(f.counts.error, f.counts.warning))}`;
    return [head, ...findingLines(f, t.severity).map((l) => `  - ${md(l)}`)];
  });
}

function trend(report: Report, t: ReportText): string[] {
  const tr = report.trend;
  if (!tr) return [];
  const lang = report.lang;
  const out = [md(t.trendPrevious(formatTimestamp(tr.previous.generatedAt), tr.previous.meetmoment, tr.previous.file)), ''];
  out.push(...tableHead([t.theme, t.before, t.now, t.delta].map(md), [false, true, true, true]));
  for (const c of tr.themes)
    out.push(
      row([
        md(themeLabel(report, c.id)),
        md(formatDecimal(c.before, lang)),
        md(formatDecimal(c.now, lang)),
        md(formatDelta(c.delta, lang)),
      ]),
    );
  if (!report.scope.aggregateOnly && tr.organisations.length) {
    const { up, down, same } = trendCounts(report);
    out.push('', md(t.trendSummary(up, down, same)));
  }
  if (!report.scope.aggregateOnly && tr.statusChanges.length) out.push('', md(t.statusChangeCount(tr.statusChanges.length)));
  return out;
}
