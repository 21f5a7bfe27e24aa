import { FINDING_CODES, type FindingCode } from './codes.js';
import type { Finding, FindingArgs, FindingLocation } from './finding.js';

/** Builds a finding with the code's default severity. */
export function makeFinding(code: FindingCode, args: FindingArgs = {}, location: FindingLocation = {}): Finding {
  return { code, severity: FINDING_CODES[code], args, location };
}
