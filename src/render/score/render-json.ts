import type { ScoreReport } from '../../score/score-report.js';

/** The JSON document of issue #4: results with overall, themes, counts and the score trace. */
export function renderScoreJson(report: ScoreReport): string {
  return `${JSON.stringify(
    {
      schemaVersion: report.schemaVersion,
      tool: report.tool,
      norm: report.norm,
      thresholds: report.thresholds,
      results: report.results.map((r) => ({
        file: r.file,
        organisation: r.organisation,
        meetmoment: r.meetmoment,
        scorable: r.scorable,
        forced: r.forced,
        errors: r.errors,
        overall: r.overall,
        themes: r.themes,
        trace: r.trace,
        thresholdsUnmet: r.unmet.map((u) => ({ threshold: u.threshold.source, actual: u.actual })),
      })),
    },
    null,
    2,
  )}\n`;
}
