import type { ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import { formatPercent, SCORE_TEXT } from '../../i18n/score-text.js';
import type { ScoreReport, ScoreResult } from '../../score/score-report.js';
import type { RenderOptions } from '../render-options.js';
import { terminalText } from '../text/terminal-text.js';

const BAR = 20;

/** Human output: per file a table of themes with a bar per score, counts per option and the totals. */
export function renderScoreTable(report: ScoreReport, { lang, color }: RenderOptions): string {
  const t = SCORE_TEXT[lang];
  const out: string[] = [];
  for (const r of report.results) {
    out.push(color.bold(heading(r, lang)));
    if (!r.overall) {
      out.push(color.red(`  ${t.notScorable(r.errors)}`));
      continue;
    }
    if (r.forced) out.push(color.bgYellow.black(`  ${t.forced(r.errors)}  `));
    const options = report.options.map((o) => o.code);
    const table = new Table({
      head: [t.theme, t.score, '', t.level, ...report.options.map((o) => o.label), t.unanswered, t.applicable, t.total],
      style: { head: [], border: [], compact: true },
      colAligns: ['left', 'right', 'left', 'left', ...options.map(() => 'right' as const), 'right', 'right', 'right'],
    });
    for (const th of r.themes) {
      table.push([
        `${th.id}. ${th.name}`,
        formatPercent(th.score, lang),
        bar(th.score, color),
        th.label ?? t.na,
        ...options.map((o) => String(th.counts[o] ?? 0)),
        String(th.unanswered),
        String(th.applicable),
        String(th.total),
      ]);
    }
    const blank = [...options, 'unanswered', 'applicable', 'total'].map(() => '');
    table.push([color.bold(t.overall), color.bold(formatPercent(r.overall.score, lang)), bar(r.overall.score, color), color.bold(r.overall.label ?? t.na), ...blank]);
    out.push(table.toString());
    for (const u of r.unmet) out.push(color.red(`  ✖ ${t.thresholdUnmet(u.threshold.source, formatPercent(u.actual, lang))}`));
    if (report.thresholds.length > 0 && r.unmet.length === 0) out.push(color.green(`  ✔ ${t.thresholdsMet(report.thresholds.length)}`));
  }
  const scored = report.results.filter((r) => r.overall).length;
  const unmet = report.results.reduce((s, r) => s + r.unmet.length, 0);
  out.push('', color.bold(t.summary(scored, report.results.length - scored, unmet, report.results.filter((r) => r.forced).length)));
  return out.join('\n');
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
