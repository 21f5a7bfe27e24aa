import { FINDING_CODES, type FindingCode } from './codes.js';
import type { FindingLocation, FindingOf } from './finding.js';
import type { FindingArgsByCode } from './finding-args.js';

/** Codes without arguments may leave them out; every other code must pass exactly its own. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- "may be left out" is exactly "{} is assignable"
type ArgsParam<C extends FindingCode> = {} extends FindingArgsByCode[C]
  ? [args?: FindingArgsByCode[C], location?: FindingLocation]
  : [args: FindingArgsByCode[C], location?: FindingLocation];

/** Builds a finding with the code's default severity. */
export function makeFinding<C extends FindingCode>(code: C, ...[args, location]: ArgsParam<C>): FindingOf<C> {
  return { code, severity: FINDING_CODES[code], args: (args ?? {}) as FindingArgsByCode[C], location: location ?? {} };
}
