import { formatDecimal } from '../../i18n/report-text.js';
import type { History, Report } from '../../report/report-model.js';
import { num } from './html-escape.js';
import { themeLabel } from './report-view.js';
import { CHART_WIDTH, svg, text } from './svg-parts.js';

const COLORS = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#8c564b', '#e377c2', '#17becf', '#bcbd22'];
const LEFT = 70;
const RIGHT = CHART_WIDTH - 250;
const TOP = 16;
const HEIGHT = 200;

/**
 * The regional median per theme and overall over every measurement, one line each (a slope chart
 * for two measurements). A hidden median leaves a gap, never a guessed point.
 */
export function historyChart(report: Report, history: History, title: string, overallLabel: string): string {
  const n = history.measurements.length;
  const x = (i: number) => (n === 1 ? (LEFT + RIGHT) / 2 : LEFT + ((RIGHT - LEFT) * i) / (n - 1));
  const y = (v: number) => TOP + HEIGHT - (HEIGHT * Math.min(100, Math.max(0, v))) / 100;
  const parts: string[] = [];
  for (const v of [0, 25, 50, 75, 100])
    parts.push(
      `<line x1="${LEFT}" y1="${num(y(v))}" x2="${RIGHT}" y2="${num(y(v))}" class="grid"/>`,
      text(LEFT - 6, y(v) + 3, String(v), 'class="tick" text-anchor="end"'),
    );
  history.measurements.forEach((m, i) =>
    parts.push(text(x(i), TOP + HEIGHT + 16, m.meetmoment ?? String(i + 1), 'class="axis" text-anchor="middle"')),
  );
  const series = [
    ...history.themes.map((th, i) => ({
      label: themeLabel(report, th.id),
      values: th.medians,
      color: COLORS[i % COLORS.length] ?? '#333',
      width: 1.8,
    })),
    { label: overallLabel, values: history.overall.medians, color: '#111', width: 3.2 },
  ];
  // End labels: at the last known value, nudged apart so they do not overlap.
  const ends = series
    .map((s, i) => {
      const last = [...s.values.keys()].reverse().find((k) => s.values[k] !== null);
      return {
        i,
        y: last === undefined ? null : y(s.values[last] ?? 0),
        value: last === undefined ? null : (s.values[last] ?? null),
      };
    })
    .filter((e): e is { i: number; y: number; value: number | null } => e.y !== null)
    .sort((a, b) => a.y - b.y);
  for (let k = 1; k < ends.length; k++) {
    const prev = ends[k - 1];
    const cur = ends[k];
    if (prev && cur && cur.y - prev.y < 12) cur.y = prev.y + 12;
  }
  series.forEach((s, i) => {
    const segments: string[] = [];
    let pen = 'M';
    s.values.forEach((v, k) => {
      if (v === null) {
        pen = 'M';
        return;
      }
      segments.push(`${pen}${num(x(k))} ${num(y(v))}`);
      pen = 'L';
    });
    parts.push(`<path d="${segments.join(' ')}" fill="none" stroke="${s.color}" stroke-width="${s.width}"/>`);
    s.values.forEach((v, k) => {
      if (v !== null) parts.push(`<circle cx="${num(x(k))}" cy="${num(y(v))}" r="${s.width + 1}" fill="${s.color}"/>`);
    });
    const end = ends.find((e) => e.i === i);
    if (end)
      parts.push(
        text(
          RIGHT + 10,
          end.y + 4,
          `${s.label.length > 30 ? `${s.label.slice(0, 29)}…` : s.label} ${formatDecimal(end.value, report.lang)}`,
          `class="legend" fill="${s.color}" style="fill:${s.color}"`,
        ),
      );
  });
  const desc = series.map((s) => `${s.label}: ${s.values.map((v) => formatDecimal(v, report.lang)).join(' → ')}`).join('; ');
  return svg('history', TOP + HEIGHT + 26, title, desc, parts.join(''));
}
