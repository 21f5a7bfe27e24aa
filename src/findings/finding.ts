import type { FindingCode } from './codes.js';
import type { FindingArgsByCode } from './finding-args.js';

import type { Severity } from './severity.js';
export type { Severity } from './severity.js';

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

/** The arguments of one code (see finding-args.ts). */
export type FindingArgs<C extends FindingCode = FindingCode> = FindingArgsByCode[C];

/** A finding of one code: its arguments are typed by the code. */
export interface FindingOf<C extends FindingCode> {
  code: C;
  severity: Severity;
  args: FindingArgsByCode[C];
  location: FindingLocation;
}

/**
 * A finding is data: a stable code, its arguments and a location. Wording lives in i18n/. The
 * union over all codes, so that checking `code` narrows `args`.
 */
export type Finding = { [C in FindingCode]: FindingOf<C> }[FindingCode];
