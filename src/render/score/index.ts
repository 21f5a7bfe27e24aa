import type { ScoreReport } from '../../score/score-report.js';
import type { RenderOptions } from '../render-options.js';
import type { ScoreFormat } from './formats.js';
import { renderScoreCsv } from './render-csv.js';
import { renderScoreJson } from './render-json.js';
import { renderScoreMarkdown } from './render-markdown.js';
import { renderScoreTable } from './render-table.js';

export const SCORE_RENDERERS = {
  table: renderScoreTable,
  json: renderScoreJson,
  csv: renderScoreCsv,
  markdown: renderScoreMarkdown,
} satisfies Record<Exclude<ScoreFormat, 'html'>, (report: ScoreReport, options: RenderOptions) => string>;
// 'html' is the page per organisation (src/render/report/render-organisation-page.ts), made from a report.
