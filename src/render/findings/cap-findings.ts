import type { FindingCode } from '../../findings/codes.js';
import type { Finding, Severity } from '../../findings/finding.js';

/**
 * At most this many findings of one code are shown per file, in every output format. A return made
 * from the template gives at most a few hundred of one code (41 principles × 5 fields); a file
 * with 200,000 would otherwise flood a terminal, a CI log or a JSON reader.
 */
export const MAX_FINDINGS_PER_CODE = 1000;

/** How many findings of one code were left out. */
export interface OmittedFindings {
  code: FindingCode;
  severity: Severity;
  count: number;
}

/** The first `limit` findings of each code, in their order, and per code how many were left out. */
export function capFindings(
  findings: readonly Finding[],
  limit = MAX_FINDINGS_PER_CODE,
): { shown: Finding[]; omitted: OmittedFindings[] } {
  const seen = new Map<FindingCode, number>();
  const omitted = new Map<FindingCode, OmittedFindings>();
  const shown: Finding[] = [];
  for (const f of findings) {
    const n = (seen.get(f.code) ?? 0) + 1;
    seen.set(f.code, n);
    if (n <= limit) shown.push(f);
    else {
      const o = omitted.get(f.code) ?? { code: f.code, severity: f.severity, count: 0 };
      o.count++;
      omitted.set(f.code, o);
    }
  }
  return { shown, omitted: [...omitted.values()] };
}
