import { findingMessage } from '../../i18n/format-finding.js';
import type { ValidateReport } from '../../validate/validate-report.js';
import { capFindings, type OmittedFindings } from '../findings/cap-findings.js';
import type { RenderOptions } from '../render-options.js';
import type { FindingCode } from '../../findings/codes.js';
import type { FindingArgs, Severity } from '../../findings/finding.js';

/**
 * The JSON document of `weerbaar validate --format json`; docs/validate.schema.json is generated from this type.
 * @public named by scripts/generate-output-schemas.js
 */
export interface ValidateJson {
  schemaVersion: 1;
  tool: ValidateReport['tool'];
  norm: ValidateReport['norm'];
  strict: boolean;
  summary: ValidateReport['summary'];
  files: Array<{
    file: string;
    ok: boolean;
    skipped?: string;
    organisation: { code: string; name: string } | null;
    counts: Record<Severity, number>;
    findings: Array<{
      code: FindingCode;
      severity: Severity;
      message: string;
      sheet: string | null;
      cell: string | null;
      principle: string | null;
      args: FindingArgs;
    }>;
    /** Findings left out per code beyond the cap (--max-per-code). */
    omitted: OmittedFindings[];
  }>;
}

/**
 * One JSON document (see docs/findings.md for the shape); messages in the chosen language. Per
 * file at most the cap of findings per code; `omitted` counts the rest per code.
 */
export function renderValidateJson(report: ValidateReport, { lang, maxPerCode }: RenderOptions): string {
  const doc: ValidateJson = {
    schemaVersion: report.schemaVersion,
    tool: report.tool,
    norm: report.norm,
    strict: report.strict,
    summary: report.summary,
    files: report.files
      .map((f) => ({ f, ...capFindings(f.findings, maxPerCode) }))
      .map(({ f, shown, omitted }) => ({
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
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
