import type { ReportText } from '../../i18n/report-text.js';
import { formatDecimal } from '../../i18n/report-text.js';
import type { GroupStats, Report } from '../../report/report-model.js';
import { num, wrapText } from './html-escape.js';
import { themeLabel } from './report-view.js';
import { CHART_WIDTH, scoreAxis, svg, text, textLines } from './svg-parts.js';

const LABEL_X = 8;
const X0 = 250;
const X1 = CHART_WIDTH - 80;
const ROW = 44;
const TOP = 34;
const DOT = 4.5;

interface SpreadRow {
  label: string;
  scores: number[];
  stats: GroupStats;
  strong: boolean;
}

/**
 * (a) The spread of scores per theme: a strip of dots (one per organisation) with the median
 * marked and labelled; with aggregateOnly a band from lowest to highest with median and mean.
 */
export function spreadChart(report: Report, t: ReportText): string {
  const rows: SpreadRow[] = [
    ...report.themeStats.map((s) => ({
      label: themeLabel(report, s.id),
      scores: themeScores(report, s.id),
      stats: s,
      strong: false,
    })),
    {
      label: t.overall,
      scores: report.organisations.flatMap((o) => (o.overall.score === null ? [] : [o.overall.score])),
      stats: report.overallStats,
      strong: true,
    },
  ];
  const aggregate = report.scope.aggregateOnly;
  const x = (v: number) => X0 + ((X1 - X0) * Math.min(100, Math.max(0, v))) / 100;
  const bottom = TOP + rows.length * ROW;
  const body: string[] = [legend(t, aggregate), scoreAxis(X0, X1, TOP - 4, bottom, t.scoreAxis)];
  rows.forEach((r, i) => {
    const cy = TOP + i * ROW + ROW / 2;
    if (i % 2 === 0) body.push(`<rect x="0" y="${num(cy - ROW / 2)}" width="${CHART_WIDTH}" height="${ROW}" class="band"/>`);
    body.push(textLines(LABEL_X, cy, wrapText(r.label, 36), `class="${r.strong ? 'label strong' : 'label'}"`));
    const { min, max, median, mean } = r.stats;
    if (aggregate && min !== null && max !== null) {
      body.push(
        `<rect x="${num(x(min))}" y="${num(cy - 7)}" width="${num(Math.max(2, x(max) - x(min)))}" height="14" class="range"/>`,
      );
    }
    if (!aggregate)
      for (const { value, dy } of swarm(r.scores, x))
        body.push(`<circle cx="${num(x(value))}" cy="${num(cy + dy)}" r="${DOT}" class="dot"/>`);
    if (aggregate && mean !== null) {
      const mx = x(mean);
      body.push(
        `<path d="M${num(mx)} ${num(cy - 6)} L${num(mx + 6)} ${num(cy)} L${num(mx)} ${num(cy + 6)} L${num(mx - 6)} ${num(cy)} Z" class="mean"/>`,
      );
    }
    if (median !== null) {
      const mx = x(median);
      body.push(`<line x1="${num(mx)}" y1="${num(cy - 12)}" x2="${num(mx)}" y2="${num(cy + 12)}" class="median"/>`);
      body.push(text(mx, cy - 15, formatDecimal(median, report.lang), 'class="value" text-anchor="middle"'));
    } else {
      body.push(text(X1 + 14, cy + 4, `${t.legendMedian} ${t.hidden}`, 'class="legend"'));
    }
  });
  const desc = rows.map((r) => `${r.label}: ${t.legendMedian} ${formatDecimal(r.stats.median, report.lang)}`).join('; ');
  return svg('spread', bottom + 36, t.spreadTitle, desc, body.join(''));
}

function themeScores(report: Report, id: string): number[] {
  return report.organisations.flatMap((o) => {
    const s = o.themes.find((th) => th.id === id)?.score ?? null;
    return s === null ? [] : [s];
  });
}

/** Dots that would overlap move up or down in turn (a small beeswarm), within the row. */
function swarm(scores: number[], x: (v: number) => number): Array<{ value: number; dy: number }> {
  const placed: Array<{ px: number; dy: number }> = [];
  // Below first: the median's number sits above the row's centre.
  const offsets = [0, 7, -7, 14, -14];
  return [...scores]
    .sort((a, b) => a - b)
    .map((value) => {
      const px = x(value);
      const dy = offsets.find((o) => placed.every((p) => Math.hypot(p.px - px, p.dy - o) >= DOT * 2 - 0.5)) ?? 0;
      placed.push({ px, dy });
      return { value, dy };
    });
}

function legend(t: ReportText, aggregate: boolean): string {
  const y = 12;
  const parts: string[] = [];
  let lx = X0;
  if (aggregate) {
    parts.push(
      `<rect x="${lx}" y="${y - 6}" width="22" height="12" class="range"/>`,
      text(lx + 28, y + 4, t.legendRange, 'class="legend"'),
    );
    lx += 40 + t.legendRange.length * 6.2;
    parts.push(
      `<path d="M${lx} ${y - 6} L${lx + 6} ${y} L${lx} ${y + 6} L${lx - 6} ${y} Z" class="mean"/>`,
      text(lx + 10, y + 4, t.legendMean, 'class="legend"'),
    );
    lx += 24 + t.legendMean.length * 6.2;
  } else {
    parts.push(
      `<circle cx="${lx}" cy="${y}" r="${DOT}" class="dot"/>`,
      text(lx + 9, y + 4, t.legendOrganisation, 'class="legend"'),
    );
    lx += 24 + t.legendOrganisation.length * 6.2;
  }
  parts.push(
    `<line x1="${lx}" y1="${y - 8}" x2="${lx}" y2="${y + 8}" class="median"/>`,
    text(lx + 7, y + 4, t.legendMedian, 'class="legend"'),
  );
  return parts.join('');
}
