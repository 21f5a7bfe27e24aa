import type { ReportText } from '../../i18n/report-text.js';
import { formatFigure } from '../../i18n/report-text.js';
import type { PrincipleStats, Report } from '../../report/report-model.js';
import { num, wrapText } from './html-escape.js';
import { CHART_WIDTH, scoreAxis, scoreColor, svg, text, textLines } from './svg-parts.js';

const X0 = 300;
const X1 = CHART_WIDTH - 110;
const ROW = 34;
const TOP = 8;

/**
 * (c) The weakest principles: per principle a bar of the share of organisations that meet it,
 * with the figure written beside the bar ("–" when the group is under minGroup).
 */
export function weakestChart(report: Report, t: ReportText, principles: PrincipleStats[]): string {
  const x = (v: number) => X0 + ((X1 - X0) * Math.min(100, Math.max(0, v))) / 100;
  const bottom = TOP + principles.length * ROW;
  const body: string[] = [scoreAxis(X0, X1, TOP, bottom, t.meetsAxis)];
  principles.forEach((p, i) => {
    const cy = TOP + i * ROW + ROW / 2;
    if (i % 2 === 0) body.push(`<rect x="0" y="${num(cy - ROW / 2)}" width="${CHART_WIDTH}" height="${ROW}" class="band"/>`);
    body.push(textLines(8, cy, wrapText(`${p.id} ${p.title}`, 44), 'class="label"'));
    const share = p.meanScore;
    if (share !== null)
      body.push(
        `<rect x="${X0}" y="${num(cy - 8)}" width="${num(Math.max(1.5, x(share) - X0))}" height="16" fill="${scoreColor(share)}" class="bar"/>`,
      );
    const label = share === null ? t.hidden : `${formatFigure(share, report.lang)} ${t.applicableOf(p.applicable)}`;
    body.push(text((share === null ? X0 : x(share)) + 6, cy + 4, label, 'class="value"'));
  });
  const desc = principles.map((p) => `${p.id} ${p.title}: ${formatFigure(p.meanScore, report.lang)}`).join('; ');
  return svg('weakest', bottom + 36, t.weakestTitle(principles.length), desc, body.join(''));
}
