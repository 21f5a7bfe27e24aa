/**
 * weerbaar as a library. The functions below are pure unless they say otherwise; findings are
 * data with stable codes (docs/findings.md), worded by formatFinding.
 */
export { validateWorkbook, passes, type ValidationContext, type ValidationResult } from './validate/validate-workbook.js';
export { scoreSubmission, type SubmissionScore, type ThemeScore } from './score/score-submission.js';
export { parseNorm } from './norm/parse-norm.js';
export { parseRegistry } from './norm/parse-registry.js';
export { fingerprintNorm } from './norm/fingerprint-norm.js';
export { buildTemplate } from './template/build-template.js';
export { writeWorkbook } from './workbook/write-workbook.js';
export { inspectContainer, DEFAULT_LIMITS, type ContainerLimits } from './workbook/inspect-container.js';
export { buildReport, type BuildReportOptions } from './report/build-report.js';
export { formatFinding, findingMessage } from './i18n/format-finding.js';
export { FINDING_CODES, ALL_FINDING_CODES, type FindingCode } from './findings/codes.js';
export type { Finding, FindingOf, Severity, FindingLocation } from './findings/finding.js';
export type { FindingArgsByCode } from './findings/finding-args.js';
export type { Submission } from './submission/submission.js';
export type { Norm, Theme, Principle, ScaleOption } from './norm/norm-schema.js';
export type { Registry, Organisation } from './norm/registry-schema.js';
export type { Report } from './report/report-model.js';
/** Reads files: the built-in (or given) norm and registry. */
export { loadBuiltinNorm } from './io/load-builtin-norm.js';
/** Validates many files (paths, or bytes with a name) in parallel on worker threads, each under a heap and a time limit. */
export { releaseWorkers, validateFiles, type PoolOptions } from './io/validate-files.js';
export type { FileInput } from './io/read-and-validate.js';
export type { FileOutcome } from './io/file-outcome.js';
