import type { Organisation, Registry } from '../norm/registry-schema.js';
import { successorOn } from '../norm/registry-time.js';
import { pseudonym } from './pseudonymise.js';
import type { Report } from './report-model.js';

/**
 * Finds an organisation of this report in an earlier report: by code, following the registry's
 * `opvolger` links of organisations that have ended by `day` (so a merged municipality gets the
 * rows of its predecessors, and one whose merger is still ahead keeps its own), or through the
 * same pseudonyms when the earlier report was anonymised.
 */
export function previousMatcher(
  prev: Report,
  registry: Registry,
  salt: string,
  day: string,
): (org: Organisation) => Report['organisations'] {
  const successor = (code: string): string => successorOn(code, registry, day);
  const key = (code: string) => (prev.scope.anonymised ? code : successor(code));
  const byKey = new Map<string, Report['organisations']>();
  for (const p of prev.organisations) byKey.set(key(p.code), [...(byKey.get(key(p.code)) ?? []), p]);
  return (org) => byKey.get(prev.scope.anonymised ? pseudonym(org.code, salt) : org.code) ?? [];
}
