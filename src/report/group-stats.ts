import type { GroupStats } from './report-model.js';
import { round1 } from '../score/score-submission.js';

/** Median, mean, minimum and maximum of the scores; no figures for a group under minGroup. */
export function groupStats(values: readonly (number | null)[], minGroup: number): GroupStats {
  const scores = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  const n = scores.length;
  if (n === 0 || n < minGroup) return { n, median: null, mean: null, min: null, max: null };
  const mid = Math.floor(n / 2);
  const median = n % 2 === 1 ? (scores[mid] ?? 0) : ((scores[mid - 1] ?? 0) + (scores[mid] ?? 0)) / 2;
  return {
    n,
    median: round1(median),
    mean: round1(scores.reduce((a, b) => a + b, 0) / n),
    min: scores[0] ?? null,
    max: scores[n - 1] ?? null,
  };
}
