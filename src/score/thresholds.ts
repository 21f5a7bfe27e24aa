import type { SubmissionScore } from './score-submission.js';

type Operator = '>=' | '>' | '<=' | '<' | '=';

export interface Threshold {
  /** "overall" or a theme id. */
  target: 'overall' | { theme: string };
  op: Operator;
  value: number;
  source: string;
}

export interface UnmetThreshold {
  threshold: Threshold;
  actual: number;
}

export type ParsedThresholds = { ok: true; thresholds: Threshold[] } | { ok: false; bad: string };

const TERM = /^\s*(overall|totaal|thema\.(\w+)|theme\.(\w+))\s*(>=|<=|>|<|=)\s*(\d+(?:[.,]\d+)?)\s*%?\s*$/i;

/** Parses 'overall>=60,thema.3>=50' (also "totaal" and "theme.3"). */
export function parseThresholds(expression: string): ParsedThresholds {
  const thresholds: Threshold[] = [];
  for (const part of expression.split(/[,;]/).filter((p) => p.trim() !== '')) {
    const m = TERM.exec(part);
    if (!m) return { ok: false, bad: part.trim() };
    const theme = m[2] ?? m[3];
    thresholds.push({
      target: theme ? { theme } : 'overall',
      op: m[4] as Operator,
      value: Number((m[5] ?? '0').replace(',', '.')),
      source: part.trim(),
    });
  }
  return { ok: true, thresholds };
}

/**
 * Thresholds from a YAML document: either a list of expressions, or a mapping such as
 * { totaal: 60, thema: { "3": 50 } } where a number means "at least".
 */
export function thresholdsFromData(data: unknown): ParsedThresholds {
  if (Array.isArray(data)) return parseThresholds(data.map(String).join(','));
  if (data === null || typeof data !== 'object') return { ok: false, bad: String(data) };
  const parts: string[] = [];
  const term = (target: string, v: unknown) =>
    parts.push(typeof v === 'number' ? `${target}>=${v}` : `${target}${String(v).replace(/\s+/g, '')}`);
  for (const [key, v] of Object.entries(data as Record<string, unknown>)) {
    if ((key === 'thema' || key === 'theme') && v !== null && typeof v === 'object') {
      for (const [id, tv] of Object.entries(v as Record<string, unknown>)) term(`thema.${id}`, tv);
    } else if (key === 'drempels' || key === 'thresholds') {
      return thresholdsFromData(v);
    } else term(key, v);
  }
  return parseThresholds(parts.join(','));
}

/** Every threshold a score does not meet (not only the first). A theme without a score ("n.v.t.") is not judged. */
export function unmetThresholds(score: SubmissionScore, thresholds: readonly Threshold[]): UnmetThreshold[] {
  const unmet: UnmetThreshold[] = [];
  for (const t of thresholds) {
    const target = t.target;
    const actual =
      target === 'overall' ? score.overall.score : (score.themes.find((th) => th.id === target.theme)?.score ?? null);
    if (actual === null) continue;
    if (!meets(actual, t.op, t.value)) unmet.push({ threshold: t, actual });
  }
  return unmet;
}

function meets(actual: number, op: Operator, value: number): boolean {
  switch (op) {
    case '>=':
      return actual >= value;
    case '>':
      return actual > value;
    case '<=':
      return actual <= value;
    case '<':
      return actual < value;
    case '=':
      return actual === value;
  }
}
