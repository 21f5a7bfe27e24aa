import type { Finding } from '../../src/findings/finding.js';

/**
 * The arguments of a finding of any code, for assertions over mixed findings. Source code narrows
 * on `code` instead; tests compare against expected values, so a loose view is enough here.
 */
export function argsOf(finding: Finding | undefined): Readonly<Record<string, string | number | undefined>> {
  return (finding?.args ?? {}) as Readonly<Record<string, string | number | undefined>>;
}
