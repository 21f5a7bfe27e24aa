/** Escapes text for HTML and SVG, in element content and in quoted attributes alike. */
export function esc(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  return String(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A number for an SVG attribute: at most two decimals, no exponent. */
export function num(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/** Splits a label into at most `lines` lines of about `width` characters, with an ellipsis when it does not fit. */
export function wrapText(text: string, width: number, lines = 2): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const out: string[] = [];
  let current = '';
  for (const word of words) {
    if (current && `${current} ${word}`.length > width) {
      out.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  if (current) out.push(current);
  if (out.length <= lines) return out.map((l) => clip(l, width));
  const kept = out.slice(0, lines);
  kept[lines - 1] = clip(`${kept[lines - 1]} ${out[lines] ?? ''}`, width, true);
  return kept;
}

function clip(line: string, width: number, force = false): string {
  if (!force && line.length <= width) return line;
  return `${line.slice(0, Math.max(1, width - 1)).trimEnd()}\u2026`;
}
