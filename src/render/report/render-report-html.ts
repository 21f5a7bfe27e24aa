import { formatFigure, formatTimestamp, REPORT_TEXT, type ReportText } from '../../i18n/report-text.js';
import type { Report } from '../../report/report-model.js';
import { esc } from './html-escape.js';
import { pageStart } from './html-page.js';
import { REPORT_CSS } from './html-style.js';
import { riecTable, themeStatsTable, trendSection, validationSection } from './html-tables.js';
import { historyBody, missingBody, sizeTable, storyBody } from './html-story.js';
import { ORGANISATION_TEXT } from '../../i18n/organisation-text.js';
import { countByStatus, hasHiddenFigures, riecNames, weakestPrinciples } from './report-view.js';
import { heatmapCharts } from './svg-heatmap.js';
import { intakeHtml } from './intake-section.js';
import { exchangeHtml } from './exchange-section.js';
import { spreadChart } from './svg-spread.js';
import { weakestChart } from './svg-weakest.js';
import { WEAKEST_COUNT } from './weakest.js';

/** How many principles the "weakest" chart shows. */

/**
 * rapportage.html: one self-contained page (inline CSS and SVG, no scripts, nothing fetched) that
 * also prints well to A4. Every string from the report is escaped. With aggregateOnly there is no
 * heatmap and no per-organisation or per-file row.
 */
export function renderReportHtml(report: Report): string {
  const t = REPORT_TEXT[report.lang];
  const title = `${t.title}: ${t.normLine(report.norm.title, report.norm.version)}`;
  const o = ORGANISATION_TEXT[report.lang];
  // The order tells the story: what this is, the shared challenges, the development, then per
  // organisation, and the intake of the files as an appendix.
  const sections = [
    section('summary', o.storyTitle, `${storyBody(report)}${summaryFigures(report, t)}`),
    section(
      'challenges',
      o.challengesTitle,
      [
        report.principles.length ? weakestFigure(report, t) : '',
        figure(
          spreadChart(report, t),
          withHidden(
            report,
            t,
            report.scope.aggregateOnly ? t.spreadCaptionAggregate : t.spreadCaption,
            [report.overallStats, ...report.themeStats].some((s) => s.median === null),
          ),
        ),
        `<h3>${esc(t.themeStatsTitle)}</h3>${themeStatsTable(report, t)}${riecTitle(report, t)}${riecTable(report, t)}${sizeTable(report, t)}${hiddenNote(report, t)}`,
      ].join('\n'),
    ),
    exchangeHtml(report),
    report.history || report.trend
      ? section(
          'trend',
          o.developmentTitle,
          `${historyBody(report, t)}${report.trend ? `<h3>${esc(t.trendTitle)}</h3>${trendSection(report, t)}` : ''}`,
        )
      : '',
    section(
      'organisations',
      o.perOrganisationTitle,
      [
        report.scope.aggregateOnly || report.organisations.length === 0 ? '' : heatmapBody(report, t),
        `<h3>${esc(t.missingTitle)}</h3>${missingBody(report, t)}`,
      ].join('\n'),
    ),
    section('validation', o.appendixTitle, validationSection(report, t)),
    intakeHtml(report),
  ];
  return [
    ...pageStart(report, title, REPORT_CSS),
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

function summaryFigures(report: Report, t: ReportText): string {
  const counts = countByStatus(report);
  const figures: Array<[string, string, boolean]> = [
    [t.accepted, String(counts.accepted), false],
    [t.rejected, String(counts.rejected), counts.rejected > 0],
    [t.superseded, String(counts.superseded), false],
    // Shown only when there is one: a conflict needs the coordinator's one step (see README).
    ...(counts.conflict > 0
      ? [
          [t.statusWord.conflict.replace(/^./, (c) => c.toUpperCase()), String(counts.conflict), true] as [
            string,
            string,
            boolean,
          ],
        ]
      : []),
    [t.missing, String(report.missing.count), report.missing.count > 0],
    [t.overallMedian, formatFigure(report.overallStats.median, report.lang), false],
  ];
  const dl = `<dl class="figures">${figures.map(([label, value, bad]) => `<div${bad ? ' class="bad"' : ''}><dt>${esc(label)}</dt><dd>${esc(value)}</dd></div>`).join('')}</dl>`;
  const notes = report.notes.length
    ? `<h3>${esc(t.notesTitle)}</h3><ul class="notes">${report.notes.map((n) => `<li>${esc(n)}</li>`).join('')}</ul>`
    : '';
  return `${dl}${notes}`;
}

function heatmapBody(report: Report, t: ReportText): string {
  const key = `<ul class="key">${report.themes.map((th) => `<li><strong>${esc(th.id)}</strong> ${esc(th.name)}</li>`).join('')}</ul>`;
  const charts = heatmapCharts(report, t);
  const caption = (i: number) => (charts.length > 1 ? `${t.heatmapCaption} (${t.part(i + 1, charts.length)})` : t.heatmapCaption);
  return `<h3 id="h-heatmap">${esc(t.heatmapTitle)}</h3>${charts.map((c, i) => figure(c, caption(i), i === charts.length - 1 ? key : '')).join('\n')}`;
}

function weakestFigure(report: Report, t: ReportText): string {
  const weakest = weakestPrinciples(report, WEAKEST_COUNT);
  return (
    `<h3 id="h-weakest">${esc(t.weakestTitle(weakest.length))}</h3>` +
    figure(
      weakestChart(report, t, weakest),
      withHidden(
        report,
        t,
        t.weakestCaption,
        weakest.some((p) => p.meanScore === null),
      ),
    )
  );
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
