import type { Severity } from './severity.js';

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
  NORM_EXCHANGE_REF: 'error',
  NORM_FIELD_ID: 'error',
  NORM_FIELD_ROLE: 'error',
  NORM_PREVIOUS_MISSING: 'error',
  NORM_PREVIOUS_NOT_OLDER: 'error',
  NORM_WAS_UNKNOWN: 'error',
  NORM_OLD_UNACCOUNTED: 'error',
  NORM_REMOVED_CONTINUED: 'error',
  NORM_VERSION_LINK_WITHOUT_PREVIOUS: 'error',
  REGISTRY_NOT_GIVEN: 'error',
  REGISTRY_DUPLICATE_CODE: 'error',
  REGISTRY_UNKNOWN_SUCCESSOR: 'error',
  REGISTRY_DATES: 'error',
  REGISTRY_MEMBERS: 'error',
  REGISTRY_SIZE_CLASSES: 'error',

  // The file (weerbaar validate, score, report)
  FILE_UNREADABLE: 'error',
  FILE_EMPTY: 'error',
  FILE_NOT_XLSX: 'error',
  FILE_LEGACY_XLS: 'error',
  FILE_ENCRYPTED: 'error',
  FILE_ODS: 'error',
  FILE_CORRUPT_ZIP: 'error',
  FILE_TOO_LARGE: 'error',
  FILE_ZIP_BOMB: 'error',
  FILE_HOSTILE_NAME: 'error',
  FILE_PARSE_FAILED: 'error',
  FILE_TIMEOUT: 'error',
  FILE_MEMORY: 'error',
  FILE_SKIPPED: 'info',
  FILE_MACROS: 'warning',
  FILE_EXTERNAL_LINKS: 'warning',
  FILE_NOT_SPREADSHEET: 'warning',
  TEMPLATE_NOT_OURS: 'error',
  TEMPLATE_OTHER_NORM: 'error',
  TEMPLATE_OLDER_VERSION: 'error',
  TEMPLATE_NEWER_VERSION: 'error',
  TEMPLATE_FINGERPRINT: 'error',
  TEMPLATE_FORMAT: 'error',
  TEMPLATE_ARCHIVED_VERSION: 'warning',

  // The structure
  SHEET_MISSING: 'error',
  SHEET_RENAMED: 'warning',
  NAME_MISSING: 'error',
  ROW_MISSING: 'error',
  ROW_ID_BLANK: 'error',
  ROW_UNKNOWN: 'error',
  ROW_DUPLICATE: 'error',
  TEXT_CHANGED: 'warning',
  PROTECTION_REMOVED: 'info',
  INPUT_FORMULA: 'warning',
  INPUT_ERROR_VALUE: 'error',

  // The content
  ORG_MISSING: 'error',
  ORG_UNKNOWN: 'error',
  ORG_FORMER: 'error',
  FRONT_MISSING: 'error',
  EMAIL_INVALID: 'error',
  DATE_INVALID: 'error',
  OPTION_UNKNOWN: 'error',
  VALUE_NORMALISED: 'warning',
  STATUS_MISSING: 'error',
  REQUIRED_MISSING: 'error',
  PLANNING_BEFORE_DATUM: 'warning',
  UNIFORM_STATUS: 'warning',
  COPIED_TOELICHTING: 'info',
  ORG_NOT_YET_VALID: 'error',
  ORG_FILENAME_MISMATCH: 'warning',
  ROW_NOTE_INSERTED: 'warning',
  ROW_HEADING_FILLED: 'error',

  // The batch (weerbaar report)
  RETURN_CONFLICT: 'error',
  RETURN_DUPLICATE: 'info',

  // The output (weerbaar validate --feedback)
  FEEDBACK_FAILED: 'warning',

  // Several departments, one return (weerbaar validate, merge, report)
  PARTIAL_RETURN: 'error',
  MERGE_CONFLICT: 'error',
  MERGE_CHOICE: 'info',
  MERGE_MISMATCH: 'error',
  MERGE_PART_INVALID: 'error',
  PARTS_MERGED: 'info',
  PARTS_FRONT_LATEST: 'info',
} as const satisfies Record<string, Severity>;

export type FindingCode = keyof typeof FINDING_CODES;

export const ALL_FINDING_CODES = Object.keys(FINDING_CODES) as FindingCode[];
