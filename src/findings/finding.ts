import type { FindingCode } from './codes.js';

export type Severity = 'error' | 'warning' | 'info';

/** Where a finding points: a file plus either a YAML position or a workbook cell. */
export interface FindingLocation {
  file?: string;
  line?: number;
  column?: number;
  /** Human context inside a YAML file, e.g. "thema 3, uitgangspunt 3.2". */
  context?: string;
  sheet?: string;
  cell?: string;
  principle?: string;
}

export type FindingArgs = Record<string, string | number | undefined>;

/** A finding is data: a stable code, its arguments and a location. Wording lives in i18n/. */
export interface Finding {
  code: FindingCode;
  severity: Severity;
  args: FindingArgs;
  location: FindingLocation;
}
