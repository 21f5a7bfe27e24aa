import { findingMessage } from '../../i18n/format-finding.js';
import type { ValidateReport } from '../../validate/validate-report.js';
import type { RenderOptions } from '../render-options.js';

/** One JSON document (see docs/findings.md for the shape); messages in the chosen language. */
export function renderValidateJson(report: ValidateReport, { lang }: RenderOptions): string {
  return `${JSON.stringify(
    {
      schemaVersion: report.schemaVersion,
      tool: report.tool,
      norm: report.norm,
      strict: report.strict,
      summary: report.summary,
      files: report.files.map((f) => ({
        file: f.file,
        ok: f.ok,
        ...(f.skipped ? { skipped: f.skipped } : {}),
        organisation: f.organisation,
        counts: f.counts,
        findings: f.findings.map((x) => ({
          code: x.code,
          severity: x.severity,
          message: findingMessage(x, lang),
          sheet: x.location.sheet ?? null,
          cell: x.location.cell ?? null,
          principle: x.location.principle ?? null,
          args: x.args,
        })),
      })),
    },
    null,
    2,
  )}\n`;
}
