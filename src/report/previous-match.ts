import type { Organisation, Registry } from '../norm/registry-schema.js';
import { pseudonym } from './pseudonymise.js';
import type { Report } from './report-model.js';

/**
 * Finds an organisation of today in an earlier report: by code, following the registry's
 * `opvolger` links from codes that no longer exist (so a merged municipality gets the rows of its
 * predecessors), or through the same pseudonyms when the earlier report was anonymised.
 */
export function previousMatcher(prev: Report, registry: Registry, salt: string): (org: Organisation) => Report['organisations'] {
  const byCode = new Map(registry.organisaties.map((org) => [org.code, org]));
  const successor = (code: string): string => {
    let current = code;
    for (let i = 0; i < 10; i++) {
      const org = byCode.get(current);
      if (!org?.opvolger || org.geldig_tot === null) return current;
      current = org.opvolger;
    }
    return current;
  };
  const key = (code: string) => (prev.scope.anonymised ? code : successor(code));
  const byKey = new Map<string, Report['organisations']>();
  for (const p of prev.organisations) byKey.set(key(p.code), [...(byKey.get(key(p.code)) ?? []), p]);
  return (org) => byKey.get(prev.scope.anonymised ? pseudonym(org.code, salt) : org.code) ?? [];
}
