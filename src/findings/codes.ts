import type { Severity } from './finding.js';

/**
 * Every finding code with its default severity. A code is never renamed or reused; each has a
 * line in docs/findings.md. The catalogues in src/i18n/ must word every code (the type checks).
 */
export const FINDING_CODES = {
  // The norm and the registry (weerbaar norm check)
  NORM_READ_FAILED: 'error',
  NORM_YAML_SYNTAX: 'error',
  NORM_SCHEMA: 'error',
  NORM_DUPLICATE_ID: 'error',
  NORM_THEME_EMPTY: 'error',
  NORM_PRINCIPLE_OUTSIDE_THEME: 'error',
  NORM_NO_SCORING_OPTION: 'error',
  NORM_OPTION_SCORE: 'error',
  NORM_RULE_UNKNOWN_FIELD: 'error',
  NORM_RULE_UNKNOWN_CODE: 'error',
  NORM_FIELD_REQUIRED: 'error',
  NORM_OPTIONS_MISSING: 'error',
  NORM_BANDS: 'error',
  REGISTRY_DUPLICATE_CODE: 'error',
  REGISTRY_UNKNOWN_SUCCESSOR: 'error',
  REGISTRY_DATES: 'error',
} as const satisfies Record<string, Severity>;

export type FindingCode = keyof typeof FINDING_CODES;

export const ALL_FINDING_CODES = Object.keys(FINDING_CODES) as FindingCode[];
