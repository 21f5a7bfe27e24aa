import type { Severity } from '../findings/finding.js';

/** How a cell with a finding is marked: a border and a hatched fill over the cell's own colour. */
export interface MarkStyle {
  /** RRGGBB of the border and of the hatching. */
  colour: string;
  border: 'thick' | 'medium' | 'dashed';
  /** An OOXML pattern (never 'solid': status colours are solid fills), or none to keep the fill. */
  pattern: 'lightUp' | 'lightDown' | 'none';
}

/**
 * Candidate colours per severity, strongest first. None is a colour the template uses for a
 * status in the built-in norm, but a norm may choose any colour for its scale, so markStyles
 * picks the first candidate that is clearly apart from every scale colour of the norm in use.
 */
const CANDIDATES: Record<Severity, string[]> = {
  error: ['7030A0', '002060', '3B3838', '833C0B'],
  warning: ['0070C0', '375623', '7F6000', '404040'],
  info: ['7F7F7F', '595959', '262626'],
};
const PATTERN: Record<Severity, MarkStyle['pattern']> = { error: 'lightUp', warning: 'lightDown', info: 'none' };
const BORDER: Record<Severity, MarkStyle['border']> = { error: 'thick', warning: 'thick', info: 'dashed' };

/** Colours closer than this (Euclidean distance in RGB) count as the same to the eye. */
export const MIN_DISTANCE = 80;

export function markStyles(scaleColours: readonly string[]): Record<Severity, MarkStyle> {
  const used: string[] = [...scaleColours];
  const pick = (severity: Severity): MarkStyle => {
    const candidates = CANDIDATES[severity];
    const colour = candidates.find((c) => used.every((u) => colourDistance(c, u) >= MIN_DISTANCE)) ?? candidates[0] ?? '000000';
    used.push(colour);
    return { colour, border: BORDER[severity], pattern: PATTERN[severity] };
  };
  return { error: pick('error'), warning: pick('warning'), info: pick('info') };
}

export function colourDistance(a: string, b: string): number {
  const rgb = (hex: string) =>
    [0, 2, 4].map((i) => parseInt(hex.replace(/^#|^FF(?=[0-9A-F]{6}$)/i, '').slice(i, i + 2), 16) || 0);
  const [x, y] = [rgb(a), rgb(b)];
  return Math.sqrt(x.reduce((sum, v, i) => sum + (v - (y[i] ?? 0)) ** 2, 0));
}
