import {
  formatDecimal,
  formatDelta,
  formatFigure,
  formatReason,
  formatTimestamp,
  type ReportText,
} from '../../i18n/report-text.js';
import type { Change, GroupStats, Report } from '../../report/report-model.js';
import { esc } from './html-escape.js';
import {
  countByStatus,
  findingLines,
  INPUT_STATUSES,
  principleChanges,
  riecNames,
  riecStats,
  themeLabel,
  trendCounts,
} from './report-view.js';

type Cell = string | { html: string } | { num: string };

/** A table; cells are escaped unless given as { html }, { num } right-aligns a figure. */
export function table(head: Cell[], rows: Cell[][], opts: { caption?: string; className?: string } = {}): string {
  const { caption, className } = opts;
  const cell = (c: Cell, tag: 'td' | 'th') => {
    if (typeof c === 'string') return `<${tag}>${esc(c)}</${tag}>`;
    if ('num' in c) return `<${tag} class="num">${esc(c.num)}</${tag}>`;
    return `<${tag}>${c.html}</${tag}>`;
  };
  return (
    `<table${className ? ` class="${esc(className)}"` : ''}>${caption ? `<caption>${esc(caption)}</caption>` : ''}` +
    `<thead><tr>${head.map((h) => cell(h, 'th')).join('')}</tr></thead>` +
    `<tbody>${rows.map((r) => `<tr>${r.map((c) => cell(c, 'td')).join('')}</tr>`).join('')}</tbody></table>`
  );
}

const statCells = (s: GroupStats, lang: Report['lang']): Cell[] => [
  { num: String(s.n) },
  { num: formatFigure(s.median, lang) },
  { num: formatFigure(s.mean, lang) },
  { num: formatFigure(s.min, lang) },
  { num: formatFigure(s.max, lang) },
];

export function themeStatsTable(report: Report, t: ReportText): string {
  const head: Cell[] = [
    t.theme,
    { num: t.stats.n },
    { num: t.stats.median },
    { num: t.stats.mean },
    { num: t.stats.min },
    { num: t.stats.max },
  ];
  const rows = report.themeStats.map((s) => [themeLabel(report, s.id), ...statCells(s, report.lang)]);
  rows.push([{ html: `<strong>${esc(t.overall)}</strong>` }, ...statCells(report.overallStats, report.lang)]);
  return table(head, rows);
}

/** Median (n) per RIEC and theme. */
export function riecTable(report: Report, t: ReportText): string {
  const riecs = riecNames(report);
  if (!riecs.length) return '';
  const head: Cell[] = [t.riec, ...report.themes.map((th) => ({ num: th.id }))];
  const rows = riecs.map((riec) => [
    riec,
    ...report.themes.map((th): Cell => {
      const s = riecStats(report, th.id, riec);
      return { num: s ? `${formatFigure(s.median, report.lang)} (${t.nIs(s.n)})` : t.hidden };
    }),
  ]);
  return table(head, rows, { caption: t.riecStatsCaption, className: 'riec' });
}

/** Per file, or with aggregateOnly only counts per status (file names and findings can name an organisation). */
export function validationSection(report: Report, t: ReportText): string {
  if (report.scope.aggregateOnly) {
    const counts = countByStatus(report);
    const rows = INPUT_STATUSES.filter((s) => counts[s] > 0).map((s) => [t.statusWord[s], { num: String(counts[s]) }]);
    return `${table([t.status, { num: t.files }], rows)}<p class="note">${esc(t.validationAggregate)}</p>`;
  }
  const rows = report.inputs.map((f): Cell[] => {
    const findings = findingLines(f, t.severity);
    const org = f.organisation ? `${f.organisation.name} (${f.organisation.code})` : '';
    return [
      { html: `<span class="file">${esc(f.file)}</span>` },
      org,
      {
        html: `<span class="status status-${esc(f.status)}">${esc(t.statusWord[f.status])}</span>${f.reason ? `<br><span class="note">${esc(formatReason(f.reason, report.lang))}</span>` : ''}`,
      },
      { num: String(f.counts.error) },
      { num: String(f.counts.warning) },
      { html: findings.length ? `<ul class="findings">${findings.map((l) => `<li>${esc(l)}</li>`).join('')}</ul>` : '' },
      f.supersededBy ?? f.conflictWith ?? '',
    ];
  });
  return table([t.file, t.organisation, t.status, { num: t.errors }, { num: t.warnings }, t.findings, t.supersededBy], rows, {
    className: 'validation',
  });
}

const deltaCell = (c: Change, lang: Report['lang']): Cell => {
  const arrow = c.delta === null || Math.round(c.delta * 10) === 0 ? '' : c.delta > 0 ? '\u25B2 ' : '\u25BC ';
  return { num: `${arrow}${formatDelta(c.delta, lang)}` };
};

export function trendSection(report: Report, t: ReportText): string {
  const trend = report.trend;
  if (!trend) return '';
  const lang = report.lang;
  const out: string[] = [
    `<p>${esc(t.trendPrevious(formatTimestamp(trend.previous.generatedAt), trend.previous.meetmoment, trend.previous.file))}</p>`,
  ];
  const themeRows = trend.themes.map((c) => [
    themeLabel(report, c.id),
    { num: formatDecimal(c.before, lang) },
    { num: formatDecimal(c.now, lang) },
    deltaCell(c, lang),
  ]);
  out.push(`<h3>${esc(t.trendThemes)}</h3>`, table([t.theme, { num: t.before }, { num: t.now }, { num: t.delta }], themeRows));
  if (!report.scope.aggregateOnly && trend.organisations.length) {
    const { up, down, same } = trendCounts(report);
    out.push(`<h3>${esc(t.trendOrganisations)}</h3>`, `<p>${esc(t.trendSummary(up, down, same))}</p>`);
    // The previous codes only matter where organisations merged or codes changed.
    const renamed = trend.organisations.some((o) => o.previousCodes.join() !== o.code);
    const rows = trend.organisations.map((o) => [
      o.name,
      ...(renamed ? [o.previousCodes.join(', ')] : []),
      { num: formatDecimal(o.overall.before, lang) },
      { num: formatDecimal(o.overall.now, lang) },
      deltaCell(o.overall, lang),
      ...report.themes.map((th) => {
        const c = o.themes.find((x) => x.id === th.id);
        return c ? deltaCell(c, lang) : { num: t.hidden };
      }),
    ]);
    const head: Cell[] = [
      t.organisation,
      ...(renamed ? [t.previousCodes] : []),
      { num: t.before },
      { num: t.now },
      { num: t.delta },
      ...report.themes.map((th) => ({ num: t.deltaTheme(th.id) })),
    ];
    out.push(table(head, rows));
  }
  if (!report.scope.aggregateOnly && trend.statusChanges.length) {
    // The full list (organisations × principles) runs to hundreds of rows: the page shows it per
    // principle, the workbook and the JSON keep every change.
    const rows = principleChanges(report).map((p) => [
      `${p.id} ${p.title}`,
      { num: String(p.improved) },
      { num: String(p.worsened) },
      { num: String(p.other) },
    ]);
    out.push(
      `<h3>${esc(t.principleChanges)}</h3>`,
      `<p>${esc(t.statusChangeCount(trend.statusChanges.length))} ${esc(t.fullChangeList)}</p>`,
      table([t.principle, { num: t.improved }, { num: t.worsened }, { num: t.otherChange }], rows),
    );
  }
  return out.join('\n');
}
