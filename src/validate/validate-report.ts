import type { Finding, Severity } from '../findings/finding.js';
import type { FindingArgsByCode } from '../findings/finding-args.js';
import { makeFinding } from '../findings/make-finding.js';
import type { Registry } from '../norm/registry-schema.js';
import type { Submission } from '../submission/submission.js';
import { extensionOf, foreignKind } from '../base/foreign-file.js';
import { passes } from './validate-workbook.js';

export interface FileReport {
  file: string;
  ok: boolean;
  skipped?: string;
  organisation: { code: string; name: string } | null;
  counts: Record<Severity, number>;
  findings: Finding[];
}

export interface ValidateReport {
  schemaVersion: 1;
  tool: { name: string; version: string };
  norm: { id: string; version: string; fingerprint: string };
  strict: boolean;
  files: FileReport[];
  summary: { files: number; passed: number; failed: number; skipped: number; error: number; warning: number; info: number };
}

export interface FileInput {
  file: string;
  skipped?: FindingArgsByCode['FILE_SKIPPED']['reason'] | 'foreign';
  findings: Finding[];
  submission?: Submission;
}

/** Per-file verdicts and counts; with strict, warnings count as errors. */
export function buildValidateReport(
  inputs: readonly FileInput[],
  meta: Pick<ValidateReport, 'tool' | 'norm'>,
  registry: Registry,
  strict: boolean,
): ValidateReport {
  const files = inputs.map((input): FileReport => {
    const findings = (input.skipped ? [skippedFinding(input.file, input.skipped)] : input.findings).map((f) => ({
      ...f,
      severity: strict && f.severity === 'warning' ? ('error' as const) : f.severity,
      location: { ...f.location, file: input.file },
    }));
    const code = input.submission?.organisation;
    const org = code ? registry.organisaties.find((o) => o.code === code) : undefined;
    return {
      file: input.file,
      ok: input.skipped ? true : passes(findings, strict),
      ...(input.skipped ? { skipped: input.skipped } : {}),
      organisation: org ? { code: org.code, name: org.naam } : null,
      counts: countBySeverity(findings),
      findings,
    };
  });
  const read = files.filter((f) => !f.skipped);
  const totals = countBySeverity(read.flatMap((f) => f.findings));
  return {
    schemaVersion: 1,
    ...meta,
    strict,
    files,
    summary: {
      files: read.length,
      passed: read.filter((f) => f.ok).length,
      failed: read.filter((f) => !f.ok).length,
      skipped: files.length - read.length,
      ...totals,
    },
  };
}

/** Why a file was not read: a lock, hidden or temporary file, or no spreadsheet at all. */
export function skippedFinding(file: string, reason: string): Finding {
  if (reason === 'foreign') return makeFinding('FILE_NOT_SPREADSHEET', { kind: foreignKind(file), ext: extensionOf(file) });
  // The reasons collect-files gives; anything else would be a temporary file of some kind.
  return makeFinding('FILE_SKIPPED', { reason: reason === 'lock' || reason === 'hidden' ? reason : 'temp' });
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
