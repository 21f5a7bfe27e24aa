import type { ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import { formatPercent, SCORE_TEXT } from '../../i18n/score-text.js';
import type { ScoreReport, ScoreResult } from '../../score/score-report.js';
import type { RenderOptions } from '../render-options.js';
import { terminalText } from '../text/terminal-text.js';

const BAR = 20;

/** Human output: per file a table of themes with a bar per score, counts per option and the totals. */
export function renderScoreTable(report: ScoreReport, { lang, color, width = 120 }: RenderOptions): string {
  const t = SCORE_TEXT[lang];
  const out: string[] = [];
  for (const r of report.results) {
    out.push(color.bold(heading(r, lang)));
    if (!r.overall) {
      out.push(color.red(`  ${t.notScorable(r.errors)}`));
      continue;
    }
    if (r.forced) out.push(color.bgYellow.black(`  ${t.forced(r.errors)}  `));
    const { text, layout } = fittingTable(report, r, { lang, color }, width);
    out.push(text);
    if (layout.counts === 'none') out.push(color.dim(`  ${t.countsLeftOut}`));
    for (const u of r.unmet) out.push(color.red(`  ✖ ${t.thresholdUnmet(u.threshold.source, formatPercent(u.actual, lang))}`));
    if (report.thresholds.length > 0 && r.unmet.length === 0)
      out.push(color.green(`  ✔ ${t.thresholdsMet(report.thresholds.length)}`));
  }
  const scored = report.results.filter((r) => r.overall).length;
  const unmet = report.results.reduce((s, r) => s + r.unmet.length, 0);
  out.push(
    '',
    color.bold(t.summary(scored, report.results.length - scored, unmet, report.results.filter((r) => r.forced).length)),
  );
  return out.join('\n');
}

interface Layout {
  bar: boolean;
  /** Counts per option with the labels as headers, with short headers, or left out (the JSON has them). */
  counts: 'full' | 'short' | 'none';
  /** Wrap theme names at this width. */
  themeWidth?: number;
}

/** From the most to the least detailed; the first that fits the terminal is used. */
const LAYOUTS: Layout[] = [
  { bar: true, counts: 'full' },
  { bar: true, counts: 'short' },
  { bar: false, counts: 'short' },
  { bar: true, counts: 'none' },
  { bar: false, counts: 'none' },
  { bar: false, counts: 'none', themeWidth: 24 },
];

/** The theme table of one result in the most detailed layout that fits `width` columns. */
function fittingTable(
  report: ScoreReport,
  r: ScoreResult,
  { lang, color }: Pick<RenderOptions, 'lang' | 'color'>,
  width: number,
): { text: string; layout: Layout } {
  let last = { text: '', layout: LAYOUTS[0] as Layout };
  for (const layout of LAYOUTS) {
    last = { text: themeTable(report, r, lang, color, layout), layout };
    if (visibleWidth(last.text) <= width) return last;
  }
  return last;
}

function themeTable(report: ScoreReport, r: ScoreResult, lang: 'nl' | 'en', color: ChalkInstance, layout: Layout): string {
  const t = SCORE_TEXT[lang];
  const options = layout.counts === 'none' ? [] : report.options;
  const countHead =
    layout.counts === 'none'
      ? []
      : [...options.map((o) => (layout.counts === 'short' ? shortLabel(o.label) : o.label)), t.unanswered, t.applicable, t.total];
  const table = new Table({
    head: [t.theme, t.score, ...(layout.bar ? [''] : []), t.level, ...countHead],
    style: { head: [], border: [], compact: true },
    colAligns: ['left', 'right', ...(layout.bar ? ['left' as const] : []), 'left', ...countHead.map(() => 'right' as const)],
    ...(layout.themeWidth ? { colWidths: [layout.themeWidth + 2], wordWrap: true } : {}),
  });
  const barCell = (score: number | null) => (layout.bar ? [bar(score, color)] : []);
  for (const th of r.themes) {
    const counts =
      layout.counts === 'none'
        ? []
        : [...options.map((o) => String(th.counts[o.code] ?? 0)), String(th.unanswered), String(th.applicable), String(th.total)];
    table.push([`${th.id}. ${th.name}`, formatPercent(th.score, lang), ...barCell(th.score), th.label ?? t.na, ...counts]);
  }
  if (r.overall)
    table.push([
      color.bold(t.overall),
      color.bold(formatPercent(r.overall.score, lang)),
      ...barCell(r.overall.score),
      color.bold(r.overall.label ?? t.na),
      ...countHead.map(() => ''),
    ]);
  return table.toString();
}

/** 'In ontwikkeling' → 'In ontw.': a header short enough for a narrow terminal. */
function shortLabel(label: string): string {
  return label.length <= 8 ? label : `${label.slice(0, 6).trimEnd()}.`;
}

/** Columns a text takes on a terminal: its widest line without colour codes. */
function visibleWidth(text: string): number {
  // eslint-disable-next-line no-control-regex -- a colour code starts with ESC
  return Math.max(...text.split('\n').map((l) => [...l.replace(/\u001b\[[0-9;]*m/g, '')].length));
}

function heading(r: ScoreResult, lang: 'nl' | 'en'): string {
  const org = r.organisation ? `${r.organisation.name} (${r.organisation.code})` : SCORE_TEXT[lang].unknownOrganisation;
  return terminalText(`${r.file}: ${org}${r.meetmoment ? `, ${r.meetmoment}` : ''}`);
}

/** A bar of 20 blocks, red below 40, yellow below 70, green from 70 (the bands of the built-in norm). */
function bar(score: number | null, color: ChalkInstance): string {
  if (score === null) return '';
  const filled = Math.round((score / 100) * BAR);
  const paint = score < 40 ? color.red : score < 70 ? color.yellow : color.green;
  return paint('█'.repeat(filled)) + color.dim('░'.repeat(BAR - filled));
}
