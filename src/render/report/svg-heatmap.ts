import type { ReportText } from '../../i18n/report-text.js';
import { formatDecimal } from '../../i18n/report-text.js';
import type { OrganisationResult, Report } from '../../report/report-model.js';
import { num, wrapText } from './html-escape.js';
import { sortedOrganisations } from './report-view.js';
import { CHART_WIDTH, NA_FILL, scoreColor, svg, text } from './svg-parts.js';

/** Height of the cells of one chart: a chart never breaks across a printed page, so a long list is cut in parts. */
const HEATMAP_MAX_BODY = 760;

const LABEL_W = 230;
const CELL_H = 20;
const GROUP_H = 22;
const HEAD_H = 30;
const LEGEND_H = 28;

type Line = { kind: 'group'; label: string } | { kind: 'org'; org: OrganisationResult };

/**
 * (b) A heatmap of organisations × themes plus overall, grouped by RIEC and veiligheidsregio.
 * Every cell shows its number, so the colour is never the only carrier of meaning.
 * Returns one SVG per part.
 */
export function heatmapCharts(report: Report, t: ReportText): string[] {
  const parts = paginate(withGroups(sortedOrganisations(report)));
  return parts.map((lines, i) => {
    const id = parts.length > 1 ? `heatmap-${i + 1}` : 'heatmap';
    const title = parts.length > 1 ? `${t.heatmapTitle} (${t.part(i + 1, parts.length)})` : t.heatmapTitle;
    return heatmap(report, t, lines, id, title);
  });
}

function heatmap(report: Report, t: ReportText, lines: Line[], id: string, title: string): string {
  const columns = [...report.themes.map((th) => ({ id: th.id, head: th.id })), { id: '', head: t.overall }];
  const cellW = (CHART_WIDTH - LABEL_W - 8) / columns.length;
  const orgs = lines.flatMap((l) => (l.kind === 'org' ? [l.org] : []));
  const body: string[] = [legend(t)];
  columns.forEach((c, i) =>
    body.push(
      text(
        LABEL_W + cellW * i + cellW / 2,
        LEGEND_H + HEAD_H - 9,
        c.head,
        `class="${c.id ? 'head' : 'head strong'}" text-anchor="middle"`,
      ),
    ),
  );
  let y = LEGEND_H + HEAD_H;
  for (const line of lines) {
    if (line.kind === 'group') {
      body.push(text(4, y + GROUP_H - 6, line.label, 'class="group"'));
      y += GROUP_H;
      continue;
    }
    const o = line.org;
    const [name = ''] = wrapText(o.name, 34, 1);
    body.push(text(12, y + CELL_H / 2 + 4, name, 'class="label"'));
    columns.forEach((c, i) => {
      const score = c.id ? (o.themes.find((s) => s.id === c.id)?.score ?? null) : o.overall.score;
      const x = LABEL_W + cellW * i;
      body.push(
        `<rect x="${num(x + 1)}" y="${num(y + 1)}" width="${num(cellW - 2)}" height="${CELL_H - 2}" fill="${score === null ? NA_FILL : scoreColor(score)}"/>`,
      );
      body.push(
        text(
          x + cellW / 2,
          y + CELL_H / 2 + 4,
          score === null ? t.na : formatDecimal(score, report.lang),
          `class="${c.id ? 'cell' : 'cell strong'}" text-anchor="middle"`,
        ),
      );
    });
    y += CELL_H;
  }
  const desc = orgs
    .map((o) => `${o.name}: ${t.overall} ${o.overall.score === null ? t.na : formatDecimal(o.overall.score, report.lang)}`)
    .join('; ');
  return svg(id, y + 6, title, desc, body.join(''));
}

/** A group line (RIEC · veiligheidsregio) before each new group. */
function withGroups(orgs: OrganisationResult[]): Line[] {
  const lines: Line[] = [];
  let key: string | null = null;
  for (const org of orgs) {
    const label = [org.riec, org.veiligheidsregio].filter(Boolean).join(' · ');
    if (label !== key) lines.push({ kind: 'group', label });
    key = label;
    lines.push({ kind: 'org', org });
  }
  return lines;
}

/** Ten colour steps from 0 to 100 with their numbers, and the grey of "not applicable". */
function legend(t: ReportText): string {
  const parts: string[] = [];
  const x0 = LABEL_W;
  const w = 26;
  for (let i = 0; i <= 10; i++) {
    parts.push(`<rect x="${x0 + i * w}" y="4" width="${w}" height="12" fill="${scoreColor(i * 10)}"/>`);
    if (i % 5 === 0) parts.push(text(x0 + i * w + w / 2, 27, String(i * 10), 'class="tick" text-anchor="middle"'));
  }
  const nx = x0 + 11 * w + 24;
  parts.push(`<rect x="${nx}" y="4" width="${w}" height="12" fill="${NA_FILL}"/>`, text(nx + w + 6, 14, t.na, 'class="legend"'));
  return parts.join('');
}

/** Cuts the lines into parts of at most HEATMAP_MAX_BODY high; a part that starts inside a group repeats its label. */
function paginate(lines: Line[]): Line[][] {
  const parts: Line[][] = [];
  let part: Line[] = [];
  let height = 0;
  let group: Line | null = null;
  for (const line of lines) {
    const h = line.kind === 'group' ? GROUP_H : CELL_H;
    // A group label never ends a part on its own: it needs room for one organisation too.
    const needed = line.kind === 'group' ? GROUP_H + CELL_H : CELL_H;
    if (part.length && height + needed > HEATMAP_MAX_BODY) {
      parts.push(part);
      part = line.kind === 'org' && group ? [group] : [];
      height = part.length ? GROUP_H : 0;
    }
    if (line.kind === 'group') group = line;
    part.push(line);
    height += h;
  }
  if (part.length) parts.push(part);
  return parts;
}
