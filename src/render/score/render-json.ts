import type { ScoreReport, ScoreResult } from '../../score/score-report.js';

/**
 * The JSON document of `weerbaar score --format json`; docs/score.schema.json is generated from this type.
 * @public named by scripts/generate-output-schemas.js
 */
export interface ScoreJson {
  schemaVersion: 1;
  tool: ScoreReport['tool'];
  norm: ScoreReport['norm'];
  thresholds: string[];
  results: Array<{
    file: string;
    organisation: ScoreResult['organisation'];
    meetmoment: string | null;
    scorable: boolean;
    forced: boolean;
    errors: number;
    overall: ScoreResult['overall'];
    themes: ScoreResult['themes'];
    trace: ScoreResult['trace'];
    thresholdsUnmet: Array<{ threshold: string; actual: number | null }>;
  }>;
}

/** The JSON document of issue #4: results with overall, themes, counts and the score trace. */
export function renderScoreJson(report: ScoreReport): string {
  const doc: ScoreJson = {
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
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
