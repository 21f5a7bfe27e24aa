import { formatFigure, formatTimestamp, REPORT_TEXT, type ReportText } from '../../i18n/report-text.js';
import type { Report } from '../../report/report-model.js';
import { esc } from './html-escape.js';
import { REPORT_CSS } from './html-style.js';
import { missingSection, riecTable, themeStatsTable, trendSection, validationSection } from './html-tables.js';
import { countByStatus, hasHiddenFigures, riecNames, weakestPrinciples } from './report-view.js';
import { heatmapCharts } from './svg-heatmap.js';
import { intakeHtml } from './intake-section.js';
import { spreadChart } from './svg-spread.js';
import { weakestChart } from './svg-weakest.js';

/** How many principles the "weakest" chart shows. */
export const WEAKEST_COUNT = 10;

/**
 * rapportage.html: one self-contained page (inline CSS and SVG, no scripts, nothing fetched) that
 * also prints well to A4. Every string from the report is escaped. With aggregateOnly there is no
 * heatmap and no per-organisation or per-file row.
 */
export function renderReportHtml(report: Report): string {
  const t = REPORT_TEXT[report.lang];
  const title = `${t.title}: ${t.normLine(report.norm.title, report.norm.version)}`;
  const sections = [
    summarySection(report, t),
    section('spread', t.spreadTitle, figure(spreadChart(report, t), withHidden(report, t, report.scope.aggregateOnly ? t.spreadCaptionAggregate : t.spreadCaption, [report.overallStats, ...report.themeStats].some((s) => s.median === null)))),
    report.scope.aggregateOnly || report.organisations.length === 0 ? '' : heatmapSection(report, t),
    report.principles.length ? weakestSection(report, t) : '',
    section('themes', t.themeStatsTitle, `${themeStatsTable(report, t)}${riecTitle(report, t)}${riecTable(report, t)}${hiddenNote(report, t)}`),
    section('missing', t.missingTitle, missingSection(report, t)),
    section('validation', t.validationTitle, validationSection(report, t)),
    intakeHtml(report),
    report.trend ? section('trend', t.trendTitle, trendSection(report, t)) : '',
  ];
  return [
    '<!DOCTYPE html>',
    `<html lang="${report.lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="${esc(`${report.tool.name} ${report.tool.version}`)}">`,
    `<title>${esc(title)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>${esc(t.title)}</h1>`,
    `<p class="norm">${esc(t.normLine(report.norm.title, report.norm.version))}</p>`,
    `<p class="meta">${esc(t.generated(formatTimestamp(report.generatedAt), `${report.tool.name} ${report.tool.version}`))}</p>`,
    `<p><strong>${esc(t.scopeTitle)}:</strong> ${esc(t.scope(report.scope))}</p>`,
    '</header>',
    '<main>',
    ...sections.filter(Boolean),
    '</main>',
    `<footer>${esc(`${report.norm.id} ${report.norm.version} · ${report.norm.fingerprint.slice(0, 12)} · ${report.tool.name} ${report.tool.version}`)}</footer>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function section(id: string, heading: string, body: string): string {
  return `<section aria-labelledby="h-${esc(id)}">\n<h2 id="h-${esc(id)}">${esc(heading)}</h2>\n${body}\n</section>`;
}

function figure(svg: string, caption: string, extra = ''): string {
  return `<figure>${svg}<figcaption>${esc(caption)}${extra}</figcaption></figure>`;
}

function summarySection(report: Report, t: ReportText): string {
  const counts = countByStatus(report);
  const figures: Array<[string, string, boolean]> = [
    [t.accepted, String(counts.accepted), false],
    [t.rejected, String(counts.rejected), counts.rejected > 0],
    [t.superseded, String(counts.superseded), false],
    [t.missing, String(report.missing.count), report.missing.count > 0],
    [t.overallMedian, formatFigure(report.overallStats.median, report.lang), false],
  ];
  const dl = `<dl class="figures">${figures.map(([label, value, bad]) => `<div${bad ? ' class="bad"' : ''}><dt>${esc(label)}</dt><dd>${esc(value)}</dd></div>`).join('')}</dl>`;
  const notes = report.notes.length ? `<h3>${esc(t.notesTitle)}</h3><ul class="notes">${report.notes.map((n) => `<li>${esc(n)}</li>`).join('')}</ul>` : '';
  return section('summary', t.summaryTitle, `${dl}${notes}`);
}

function heatmapSection(report: Report, t: ReportText): string {
  const key = `<ul class="key">${report.themes.map((th) => `<li><strong>${esc(th.id)}</strong> ${esc(th.name)}</li>`).join('')}</ul>`;
  const charts = heatmapCharts(report, t);
  const caption = (i: number) => (charts.length > 1 ? `${t.heatmapCaption} (${t.part(i + 1, charts.length)})` : t.heatmapCaption);
  return section('heatmap', t.heatmapTitle, charts.map((c, i) => figure(c, caption(i), i === charts.length - 1 ? key : '')).join('\n'));
}

function weakestSection(report: Report, t: ReportText): string {
  const weakest = weakestPrinciples(report, WEAKEST_COUNT);
  return section('weakest', t.weakestTitle(weakest.length), figure(weakestChart(report, t, weakest), withHidden(report, t, t.weakestCaption, weakest.some((p) => p.meetsShare === null))));
}

function riecTitle(report: Report, t: ReportText): string {
  return riecNames(report).length ? `<h3>${esc(t.riecStatsTitle)}</h3>` : '';
}

/** A chart's caption, with the meaning of "–" when the chart hides a figure. */
function withHidden(report: Report, t: ReportText, caption: string, hides: boolean): string {
  return hides ? `${caption} ${t.hiddenNote(report.scope.minGroup)}` : caption;
}

function hiddenNote(report: Report, t: ReportText): string {
  return hasHiddenFigures(report) ? `<p class="note">${esc(t.hiddenNote(report.scope.minGroup))}</p>` : '';
}
