import { findingMessage } from '../../i18n/format-finding.js';
import type { ValidateReport } from '../../validate/validate-report.js';
import { capFindings } from '../findings/cap-findings.js';
import type { RenderOptions } from '../render-options.js';

/**
 * One JSON document (see docs/findings.md for the shape); messages in the chosen language. Per
 * file at most the cap of findings per code; `omitted` counts the rest per code.
 */
export function renderValidateJson(report: ValidateReport, { lang, maxPerCode }: RenderOptions): string {
  return `${JSON.stringify(
    {
      schemaVersion: report.schemaVersion,
      tool: report.tool,
      norm: report.norm,
      strict: report.strict,
      summary: report.summary,
      files: report.files.map((f) => ({ f, ...capFindings(f.findings, maxPerCode) })).map(({ f, shown, omitted }) => ({
        file: f.file,
        ok: f.ok,
        ...(f.skipped ? { skipped: f.skipped } : {}),
        organisation: f.organisation,
        counts: f.counts,
        findings: shown.map((x) => ({
          code: x.code,
          severity: x.severity,
          message: findingMessage(x, lang),
          sheet: x.location.sheet ?? null,
          cell: x.location.cell ?? null,
          principle: x.location.principle ?? null,
          args: x.args,
        })),
        omitted,
      })),
    },
    null,
    2,
  )}\n`;
}
