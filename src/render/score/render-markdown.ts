import { formatPercent, SCORE_TEXT } from '../../i18n/score-text.js';
import type { ScoreReport } from '../../score/score-report.js';
import type { RenderOptions } from '../render-options.js';
import { markdownText } from '../text/markdown-text.js';

/** A job summary: one row per file, one column per theme plus overall; text from files escaped for Markdown and HTML. */
export function renderScoreMarkdown(report: ScoreReport, { lang }: RenderOptions): string {
  const t = SCORE_TEXT[lang];
  const themes = report.results.find((r) => r.themes.length > 0)?.themes ?? [];
  const cell = markdownText;
  const head = [t.file, t.organisation, t.meetmoment, ...themes.map((th) => `${t.theme} ${th.id}`), t.overall];
  const out = [`## ${t.mdTitle}`, '', `| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`];
  for (const r of report.results) {
    const scores = r.overall
      ? [...r.themes.map((th) => formatPercent(th.score, lang)), formatPercent(r.overall.score, lang)]
      : [...themes.map(() => ''), t.notScorable(r.errors)];
    const bold = r.overall ? scores.length - 1 : -1;
    out.push(
      `| ${cell(r.file)} | ${cell(r.organisation?.name ?? '')} | ${cell(r.meetmoment ?? '')} | ${scores.map((s, i) => (i === bold ? `**${cell(s)}**` : cell(s))).join(' | ')} |`,
    );
  }
  const unmet = report.results.flatMap((r) =>
    r.unmet.map((u) => `- ${cell(r.file)}: ${t.thresholdUnmet(u.threshold.source, formatPercent(u.actual, lang))}`),
  );
  if (unmet.length) out.push('', ...unmet);
  return `${out.join('\n')}\n`;
}
