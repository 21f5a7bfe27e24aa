import { CSV_DIALECTS } from '../csv.js';
import type { IntakeReport } from '../../intake/build-intake.js';
import type { RenderOptions } from '../render-options.js';
import type { IntakeFormat } from './formats.js';
import { renderIntakeCsv } from './render-intake-csv.js';
import { renderIntakeTable } from './render-intake-table.js';

export const INTAKE_RENDERERS = {
  table: renderIntakeTable,
  json: (report: IntakeReport) => JSON.stringify(report, null, 2),
  csv: (report: IntakeReport, options: RenderOptions) => renderIntakeCsv(report, CSV_DIALECTS[options.lang]),
} satisfies Record<IntakeFormat, (report: IntakeReport, options: RenderOptions) => string>;
