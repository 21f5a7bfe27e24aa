import { esc, num } from './html-escape.js';

/** Width of every chart in SVG units: about the printable width of A4 portrait at 96 dpi. */
export const CHART_WIDTH = 700;

const RED = [0xf8, 0x69, 0x6b] as const;
const YELLOW = [0xff, 0xeb, 0x84] as const;
const GREEN = [0x63, 0xbe, 0x7b] as const;
export const NA_FILL = '#e7e7e7';

/** The colour of a score (0-100) on the same red-yellow-green scale as the workbook. */
export function scoreColor(score: number): string {
  const s = Math.min(100, Math.max(0, score));
  const [from, to, f] = s <= 50 ? [RED, YELLOW, s / 50] : [YELLOW, GREEN, (s - 50) / 50];
  const hex = (i: 0 | 1 | 2) =>
    Math.round(from[i] + (to[i] - from[i]) * f)
      .toString(16)
      .padStart(2, '0');
  return `#${hex(0)}${hex(1)}${hex(2)}`;
}

/** An accessible inline SVG: role img, labelled by its own title and description. */
export function svg(id: string, height: number, title: string, desc: string, body: string): string {
  return (
    `<svg viewBox="0 0 ${CHART_WIDTH} ${num(height)}" width="${CHART_WIDTH}" height="${num(height)}" role="img" aria-labelledby="${esc(id)}-t ${esc(id)}-d" class="chart">` +
    `<title id="${esc(id)}-t">${esc(title)}</title><desc id="${esc(id)}-d">${esc(desc)}</desc>${body}</svg>`
  );
}

export function text(x: number, y: number, content: string, attrs = ''): string {
  return `<text x="${num(x)}" y="${num(y)}"${attrs ? ` ${attrs}` : ''}>${esc(content)}</text>`;
}

/** Multi-line text, vertically centred on y. */
export function textLines(x: number, y: number, lines: string[], attrs = '', lineHeight = 13): string {
  const top = y - ((lines.length - 1) * lineHeight) / 2;
  const spans = lines.map((l, i) => `<tspan x="${num(x)}" y="${num(top + i * lineHeight)}">${esc(l)}</tspan>`).join('');
  return `<text${attrs ? ` ${attrs}` : ''} dominant-baseline="middle">${spans}</text>`;
}

/** Vertical grid lines with labels at 0, 25, 50, 75 and 100 between x0 and x1, from y0 to y1; labels below. */
export function scoreAxis(x0: number, x1: number, y0: number, y1: number, label: string): string {
  const parts: string[] = [];
  for (const v of [0, 25, 50, 75, 100]) {
    const x = x0 + ((x1 - x0) * v) / 100;
    parts.push(`<line x1="${num(x)}" y1="${num(y0)}" x2="${num(x)}" y2="${num(y1)}" class="grid"/>`);
    parts.push(text(x, y1 + 14, String(v), 'class="tick" text-anchor="middle"'));
  }
  parts.push(text((x0 + x1) / 2, y1 + 30, label, 'class="axis" text-anchor="middle"'));
  return parts.join('');
}
