import type { Lang } from '../../base/lang.js';
import { ORGANISATION_TEXT, type OrganisationText } from '../../i18n/organisation-text.js';
import { formatDelta, formatFigure, formatTimestamp } from '../../i18n/report-text.js';
import type { History, OrganisationResult, Report, ReportField } from '../../report/report-model.js';
import { round1 } from '../../score/score-submission.js';
import { esc, num } from './html-escape.js';
import { pageStart } from './html-page.js';
import { comparisonMedians, openPoints, pageFields, type OpenPoint } from './organisation-view.js';
import { scaleWords } from './report-view.js';
import { scoreColor, svg, text } from './svg-parts.js';
import { contactText, exchangeText, helpersInRegion } from './exchange-view.js';
import { dutchDate } from '../../base/dutch-date.js';

/**
 * The page for the council of one organisation: what the norm is and is not, its scores per
 * theme next to the medians of its RIEC and size class, the change since every earlier
 * measurement, and its open points. Self-contained (inline CSS and SVG, no scripts), one A4 page
 * for a typical return. It shows only group medians, which the report already hides for groups
 * under minGroup, and names no other organisation, except (with the norm's `uitwisseling`) those
 * of its own RIEC that offered to share their approach on one of its open points, with the
 * contact they gave for that.
 */
export function renderOrganisationPage(report: Report, org: OrganisationResult): string {
  const lang = report.lang;
  const t = ORGANISATION_TEXT[lang];
  const today = report.generatedAt.slice(0, 10);
  const title = t.pageTitle(org.name, org.meetmoment ?? report.scope.meetmoment);
  const medians = comparisonMedians(report, org);
  const hasGroups = Object.values(medians.riec).some((v) => v !== null) || Object.values(medians.size).some((v) => v !== null);
  const points = openPoints(report, org, today);
  const history = report.history?.organisations.find((h) => h.code === org.code) ?? null;
  const { scale, nvt } = scaleWords(report);
  return [
    ...pageStart(report, title, PAGE_CSS),
    '<header>',
    `<p class="kicker">${esc(t.forCouncil)} · ${esc(report.norm.title)}, ${esc(report.norm.version)}</p>`,
    `<h1>${esc(title)}</h1>`,
    `<p class="meta">${esc(t.groupLine(org.riec, org.sizeClass, report.sizeClasses.source, report.sizeClasses.peildatum))}</p>`,
    '</header>',
    '<main>',
    aboutSection(report, t),
    `<section><h2>${esc(t.scoresTitle)}</h2>${scoreChart(report, org, medians, t)}<p class="note">${esc(hasGroups ? t.scoresCaption(report.scope.minGroup) : `${t.scoresCaption(report.scope.minGroup)} ${t.noComparison}`)}</p></section>`,
    `<section><h2>${esc(t.trendTitle)}</h2>${history && report.history ? trendTable(report, report.history, history, t) : `<p>${esc(t.trendNone)}</p>`}</section>`,
    `<section><h2>${esc(t.openTitle(points.length))}</h2>${points.length ? openTable(report, points, t, lang) : `<p>${esc(t.openNone(report.options.find((o) => o.score !== null)?.label ?? ''))}</p>`}</section>`,
    helpersSection(report, org, points),
    '</main>',
    `<footer><p>${esc(t.howToRead(report.scope.minGroup, scale, nvt))}</p><p>${esc(t.made(formatTimestamp(report.generatedAt), `${report.tool.name} ${report.tool.version}`))} ${esc(`${report.norm.id} ${report.norm.version} · ${report.norm.fingerprint.slice(0, 12)}`)}</p></footer>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function aboutSection(report: Report, t: OrganisationText): string {
  const { what, whatNot } = report.context;
  if (!what && !whatNot) return '';
  return `<section class="about"><h2>${esc(t.aboutTitle)}</h2>${what ? `<p>${esc(what)}</p>` : ''}${whatNot ? `<p><strong>${esc(t.whatNot)}:</strong> ${esc(whatNot)}</p>` : ''}</section>`;
}

const ROW = 24;
const BAR_X = 268;
const BAR_W = 270;
const COLS = [580, 635, 690];

function scoreChart(
  report: Report,
  org: OrganisationResult,
  medians: ReturnType<typeof comparisonMedians>,
  t: OrganisationText,
): string {
  const lang = report.lang;
  const rows = [
    ...report.themes.map((th) => ({
      id: th.id,
      label: `${th.id}. ${th.name}`,
      score: org.themes.find((s) => s.id === th.id)?.score ?? null,
      strong: false,
    })),
    { id: 'overall', label: lang === 'en' ? 'Overall' : 'Totaal', score: org.overall.score, strong: true },
  ];
  const top = 22;
  const x = (v: number) => BAR_X + (BAR_W * v) / 100;
  const parts: string[] = [
    text(COLS[0] ?? 0, 14, t.own, 'class="head" text-anchor="end"'),
    text(COLS[1] ?? 0, 14, 'RIEC ◆', 'class="head" text-anchor="end"'),
    text(COLS[2] ?? 0, 14, (lang === 'en' ? 'Size ' : 'Klasse ') + '▲', 'class="head" text-anchor="end"'),
  ];
  for (const v of [0, 50, 100])
    parts.push(
      `<line x1="${num(x(v))}" y1="${top - 2}" x2="${num(x(v))}" y2="${num(top + rows.length * ROW)}" class="grid"/>`,
      text(x(v), top + rows.length * ROW + 11, String(v), 'class="tick" text-anchor="middle"'),
    );
  rows.forEach((r, i) => {
    const y = top + i * ROW;
    const mid = y + ROW / 2;
    const riec = medians.riec[r.id] ?? null;
    const size = medians.size[r.id] ?? null;
    // The figures as data too, so that a reader (or a test) need not parse the drawing.
    parts.push(
      `<g data-row="${esc(r.id)}" data-score="${r.score ?? ''}" data-riec-median="${riec ?? ''}" data-size-median="${size ?? ''}">`,
    );
    if (r.strong) parts.push(`<line x1="0" y1="${y}" x2="700" y2="${y}" class="grid"/>`);
    parts.push(
      text(0, mid + 4, r.label.length > 44 ? `${r.label.slice(0, 43)}…` : r.label, `class="label${r.strong ? ' strong' : ''}"`),
    );
    parts.push(`<rect x="${BAR_X}" y="${y + 5}" width="${BAR_W}" height="${ROW - 10}" fill="#f1f1f1"/>`);
    if (r.score !== null)
      parts.push(
        `<rect x="${BAR_X}" y="${y + 5}" width="${num((BAR_W * r.score) / 100)}" height="${ROW - 10}" fill="${scoreColor(r.score)}" class="bar"/>`,
      );
    if (riec !== null)
      parts.push(
        `<path d="M${num(x(riec))} ${y + 3} l5 ${ROW / 2 - 3} l-5 ${ROW / 2 - 3} l-5 -${ROW / 2 - 3} z" fill="#1f4e79"/>`,
      );
    if (size !== null) parts.push(`<path d="M${num(x(size))} ${y + ROW / 2} l5 ${ROW / 2 - 2} l-10 0 z" fill="#7030a0"/>`);
    parts.push(
      text(
        COLS[0] ?? 0,
        mid + 4,
        r.score === null ? (lang === 'en' ? 'n/a' : 'n.v.t.') : formatFigure(r.score, lang),
        'class="cell strong" text-anchor="end"',
      ),
    );
    parts.push(text(COLS[1] ?? 0, mid + 4, formatFigure(riec, lang), 'class="cell" text-anchor="end"'));
    parts.push(text(COLS[2] ?? 0, mid + 4, formatFigure(size, lang), 'class="cell" text-anchor="end"'));
    parts.push('</g>');
  });
  const desc = rows
    .map(
      (r) =>
        `${r.label}: ${formatFigure(r.score, lang)}; ${t.riecMedian} ${formatFigure(medians.riec[r.id] ?? null, lang)}; ${t.sizeMedian} ${formatFigure(medians.size[r.id] ?? null, lang)}`,
    )
    .join('. ');
  return svg('scores', top + rows.length * ROW + 16, t.scoresTitle, desc, parts.join(''));
}

function trendTable(report: Report, history: History, own: History['organisations'][number], t: OrganisationText): string {
  const lang = report.lang;
  const labels = history.measurements.map((m, i) => m.meetmoment ?? `${t.measurement} ${i + 1}`);
  const earlier = labels.slice(0, -1);
  const head = `<tr><th>${esc(lang === 'en' ? 'Theme' : 'Thema')}</th>${labels.map((l) => `<th class="num">${esc(l)}</th>`).join('')}${earlier.map((l) => `<th class="num">${esc(t.sinceMeasurement(l))}</th>`).join('')}<th>${esc(t.trendColumn)}</th></tr>`;
  const row = (label: string, scores: Array<number | null>, strong: boolean) => {
    const now = scores[scores.length - 1] ?? null;
    const deltas = scores.slice(0, -1).map((b) => (b === null || now === null ? null : round1(now - b)));
    const cls = strong ? ' class="total"' : '';
    return `<tr${cls}><td>${esc(label)}</td>${scores.map((s) => `<td class="num">${esc(formatFigure(s, lang))}</td>`).join('')}${deltas.map((d) => `<td class="num">${esc(formatDelta(d, lang))}</td>`).join('')}<td>${sparkline(scores)}</td></tr>`;
  };
  const rows = [
    ...report.themes.map((th) => row(`${th.id}. ${th.name}`, own.themes.find((x) => x.id === th.id)?.scores ?? [], false)),
    row(lang === 'en' ? 'Overall' : 'Totaal', own.overall, true),
  ];
  return `<table class="trend"><thead>${head}</thead><tbody>${rows.join('')}</tbody></table>`;
}

/** A tiny line chart of one row's scores (0-100), points where a measurement has a score. */
function sparkline(scores: Array<number | null>): string {
  const w = 70;
  const h = 16;
  const step = scores.length > 1 ? w / (scores.length - 1) : 0;
  const pts = scores.map((s, i) => (s === null ? null : ([i * step, h - (h * s) / 100] as const)));
  const path = pts
    .filter((p): p is readonly [number, number] => p !== null)
    .map((p, i) => `${i ? 'L' : 'M'}${num(p[0] + 3)} ${num(p[1] + 2)}`)
    .join(' ');
  const dots = pts.map((p) => (p ? `<circle cx="${num(p[0] + 3)}" cy="${num(p[1] + 2)}" r="2"/>` : '')).join('');
  return `<svg class="spark" viewBox="0 0 ${w + 6} ${h + 4}" width="${w + 6}" height="${h + 4}" aria-hidden="true"><path d="${path}"/>${dots}</svg>`;
}

function openTable(report: Report, points: OpenPoint[], t: OrganisationText, lang: Lang): string {
  const c = t.columns;
  const fields = pageFields(report);
  const statusLabel = report.fields.find((f) => f.role === 'status')?.label ?? c.status;
  const head = `<tr><th>${esc(c.id)}</th><th>${esc(c.principle)}</th><th>${esc(statusLabel)}</th>${fields.map((f) => `<th>${esc(f.label)}</th>`).join('')}</tr>`;
  const cell = (f: ReportField, v: string | null, overdue: boolean) => {
    if (f.type !== 'datum') return `<td>${esc(v)}</td>`;
    const late =
      f.role === 'planning' && overdue
        ? ` <strong class="overdue" title="${esc(t.overdue)}">⚠<span class="sr"> ${esc(t.overdue)}</span></strong>`
        : '';
    return `<td class="nowrap">${v ? `${esc(formatDate(v, lang))}${late}` : ''}</td>`;
  };
  const rows = points.map((p) => {
    const cells = fields
      .map((f, i) => cell(f, p.values[i] ?? null, p.overdue && f.role === 'planning' && p.values[i] === p.planned))
      .join('');
    return `<tr${p.overdue ? ' class="late"' : ''}><td>${esc(p.id)}</td><td>${esc(p.title)}</td><td>${esc(p.status ?? t.unanswered)}</td>${cells}</tr>`;
  });
  const best = report.options.find((o) => o.score !== null)?.label ?? '';
  return `<table class="open"><thead>${head}</thead><tbody>${rows.join('')}</tbody></table><p class="note">${esc(
    t.openCaption(
      best,
      fields.map((f) => f.label),
    ),
  )}</p>`;
}

/**
 * For the open points: who in the organisation's own RIEC offered to share its approach, with the
 * contact, and nothing else about those organisations. Absent when nobody there offered.
 */
/**
 * At most this many open points, and helpers per point, in Wie in uw regio helpt: fewer rows when
 * the list of open points is long, so that the page still prints on two A4 pages at most.
 */
const helpRows = (openPoints: number): number => (openPoints > 20 ? 2 : 4);
const MAX_HELPERS_SHOWN = 2;

function helpersSection(report: Report, org: OrganisationResult, points: OpenPoint[]): string {
  const found = helpersInRegion(
    report,
    org,
    points.map((p) => p.id),
  );
  if (!found.length || !report.exchange) return '';
  const x = exchangeText(report);
  const c = x.pageColumns;
  // One page for the council: the points where the organisation asked for help first, then the
  // others in the order of the open points; a few rows, a few helpers each, the rest with the RIEC.
  const shown = [...found].sort((a, b) => Number(b.asked) - Number(a.asked)).slice(0, helpRows(points.length));
  const capped = shown.length < found.length || shown.some((f) => f.helpers.length > MAX_HELPERS_SHOWN);
  const rows = shown.map(({ principle, helpers, asked }) => {
    const list = helpers
      .slice(0, MAX_HELPERS_SHOWN)
      .map((h) => `<strong>${esc(h.name)}</strong>${contactText(h) ? ` (${esc(contactText(h))})` : ''}`)
      .join('; ');
    return `<tr><td>${esc(principle.id)}</td><td>${esc(principle.title)}${asked ? ` <em class="asked">(${esc(x.youAsked)})</em>` : ''}</td><td>${list}</td></tr>`;
  });
  const more = capped ? ` ${esc(x.pageMore(found.length - shown.length, MAX_HELPERS_SHOWN))}` : '';
  return `<section class="exchange"><h2>${esc(x.pageTitle)}</h2><table class="helpers"><thead><tr><th>${esc(c.id)}</th><th>${esc(c.principle)}</th><th>${esc(c.helpers)}</th></tr></thead><tbody>${rows.join('')}</tbody></table><p class="note">${esc(x.pageCaption(org.riec, report.exchange.bestLabel))}${more}</p></section>`;
}

/** 2026-03-01 → "1-3-2026" (nl) or "2026-03-01" (en). */
const formatDate = (iso: string, lang: Lang): string => (lang === 'en' ? iso : dutchDate(iso));

/** Compact, print-first: A4 portrait, small type, nothing fetched. */
const PAGE_CSS = `
:root { color-scheme: light; --ink: #1a1a1a; --muted: #555; --line: #cfcfcf; --accent: #1f4e79; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 800px; padding: 20px 24px; color: var(--ink); background: #fff;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
.kicker { margin: 0; color: var(--muted); font-size: .85rem; }
h1 { font-size: 1.35rem; margin: .1rem 0; color: var(--accent); }
h2 { font-size: 1rem; margin: .8rem 0 .3rem; padding-bottom: .1rem; border-bottom: 1.5px solid var(--accent); color: var(--accent); break-after: avoid; page-break-after: avoid; }
p { margin: .2rem 0 .4rem; }
.meta, .note, footer { color: var(--muted); font-size: .82rem; }
.about p { font-size: .88rem; }
svg.chart { display: block; width: 100%; height: auto; font-family: inherit; }
svg .grid { stroke: #d0d0d0; stroke-width: 1; }
svg .tick { font-size: 9px; fill: var(--muted); }
svg .label { font-size: 11px; fill: var(--ink); }
svg .head { font-size: 10px; font-weight: 600; fill: var(--muted); }
svg .cell { font-size: 11px; fill: var(--ink); font-variant-numeric: tabular-nums; }
svg .strong { font-weight: 700; }
svg .bar { stroke: #7f7f7f; stroke-width: .5; }
svg.spark path { fill: none; stroke: var(--accent); stroke-width: 1.5; }
svg.spark circle { fill: var(--accent); }
table { border-collapse: collapse; width: 100%; margin: .2rem 0 .3rem; font-size: .8rem; }
th, td { border-bottom: 1px solid var(--line); padding: 2px 6px; text-align: left; vertical-align: top; }
th { background: #e9eef5; font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.num { white-space: nowrap; }
table.trend td:first-child { white-space: nowrap; }
td.nowrap { white-space: nowrap; }
tr.total td { font-weight: 700; }
tr.late td { background: #fff4e5; }
/* One line per open point where it fits: up to all principles open still print on two pages. */
table.open { font-size: .76rem; }
table.open td:nth-child(n+3) { white-space: nowrap; }
table.open td:nth-child(4) { white-space: normal; width: 20%; }
table.open td { padding-top: 1px; padding-bottom: 1px; }
.overdue { color: #b00020; }
/* Read aloud, not shown: the caption explains the mark. */
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
table.helpers { font-size: .78rem; }
.asked { color: var(--muted); }
tr { break-inside: avoid; page-break-inside: avoid; }
thead { display: table-header-group; }
section { break-inside: auto; }
footer { margin-top: .8rem; border-top: 1px solid var(--line); padding-top: .3rem; }
footer p { margin: .1rem 0; }
@page { size: A4 portrait; margin: 10mm 12mm; }
@media print {
  html { font-size: 15px; }
  body { max-width: none; padding: 0; font-size: 9pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
