import { ORGANISATION_TEXT } from '../../i18n/organisation-text.js';
import { formatFigure, type ReportText } from '../../i18n/report-text.js';
import type { Report } from '../../report/report-model.js';
import { esc } from './html-escape.js';
import { table } from './html-tables.js';
import { scaleWords, themeLabel } from './report-view.js';
import { historyChart } from './svg-history.js';

/** The opening of the regional report: what the norm is and is not, who took part, how a score is made. */
export function storyBody(report: Report): string {
  const o = ORGANISATION_TEXT[report.lang];
  const accepted = report.inputs.filter((f) => f.status === 'accepted').length;
  const { scale, nvt } = scaleWords(report);
  return [
    report.context.what ? `<p>${esc(report.context.what)}</p>` : '',
    report.context.whatNot ? `<p>${esc(report.context.whatNot)}</p>` : `<p>${esc(o.storyNotSupervision)}</p>`,
    `<p>${esc(o.storyTookPart(accepted, accepted + report.missing.count, report.scope.meetmoment))} ${esc(o.storyScores(scale, nvt))}</p>`,
  ].join('');
}

/** Median per size class and theme (n), next to the RIEC table. */
export function sizeTable(report: Report, t: ReportText): string {
  const classes = report.sizeClasses.classes.filter((c) => report.themeStats.some((s) => Object.hasOwn(s.bySize, c)));
  if (!classes.length) return '';
  const cell = (s: { median: number | null; n: number } | undefined) => ({
    num: s ? `${formatFigure(s.median, report.lang)} (${t.nIs(s.n)})` : t.hidden,
  });
  const rows = classes.map((c) => [c, ...report.themeStats.map((s) => cell(s.bySize[c])), cell(report.overallBySize[c])]);
  const source = report.sizeClasses.source
    ? ` (${report.sizeClasses.source}${report.sizeClasses.peildatum ? `, ${report.sizeClasses.peildatum}` : ''})`
    : '';
  const head = report.lang === 'en' ? 'Size class' : 'Grootteklasse';
  return table([head + source, ...report.themes.map((th) => ({ num: th.id })), { num: t.overall }], rows, {
    caption: t.riecStatsCaption,
    className: 'riec',
  });
}

/** All measurements: a line chart of the regional medians and the same figures as a table. */
export function historyBody(report: Report, t: ReportText): string {
  const h = report.history;
  if (!h) return '';
  const o = ORGANISATION_TEXT[report.lang];
  const labels = h.measurements.map((m, i) => m.meetmoment ?? `${o.measurement} ${i + 1}`);
  const rows = [
    ...h.themes.map((th) => [themeLabel(report, th.id), ...th.medians.map((v) => ({ num: formatFigure(v, report.lang) }))]),
    [{ html: `<strong>${esc(t.overall)}</strong>` }, ...h.overall.medians.map((v) => ({ num: formatFigure(v, report.lang) }))],
  ];
  return [
    `<figure>${historyChart(report, h, o.developmentTitle, t.overall)}<figcaption>${esc(o.developmentCaption(h.measurements.length))}</figcaption></figure>`,
    table([t.theme, ...labels.map((l) => ({ num: `${o.regionMedian} ${l}` }))], rows),
  ].join('\n');
}

/** Missing organisations, split: none received, and rejected with the reason. */
export function missingBody(report: Report, t: ReportText): string {
  const o = ORGANISATION_TEXT[report.lang];
  if (report.scope.aggregateOnly || report.missing.organisations.length === 0) {
    return `<p>${esc(report.missing.count ? t.missingSummary(report.missing.count) : t.noneMissing)}</p>`;
  }
  const rows = report.missing.organisations.map((m) => [
    m.riec ?? '',
    m.code,
    m.name,
    {
      html:
        m.status === 'rejected'
          ? `<span class="status-rejected">${esc(o.rejectedBecause)}</span>${m.reason ? `: ${esc(m.reason)}` : ''}${m.files.length ? `<br><span class="note file">${esc(m.files.join(', '))}</span>` : ''}`
          : esc(o.notReceived),
    },
  ]);
  return `<p>${esc(t.missingSummary(report.missing.count))}</p>${table([t.riec, t.code, t.organisation, t.status], rows)}`;
}
