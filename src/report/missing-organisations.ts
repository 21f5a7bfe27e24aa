import type { Finding } from '../findings/finding.js';
import type { Organisation } from '../norm/registry-schema.js';
import type { MissingOrganisation, OrganisationRef } from './report-model.js';
import type { Selection } from '../intake/select-returns.js';

/**
 * The organisations in scope without an accepted return, each marked 'rejected' (files came in
 * but none passed; with the files and the first error) or 'not-received' (nothing came in for
 * this meetmoment).
 */
export function missingOrganisations(
  inScope: readonly Organisation[],
  selection: readonly Selection[],
  ref: (org: Organisation) => OrganisationRef,
  fileLabel: (file: string) => string,
  word: (finding: Finding) => string,
): MissingOrganisation[] {
  // A werkorganisatie's accepted return counts for the members it stands for.
  const accepted = new Set(selection.flatMap((s) => (s.status === 'accepted' ? s.countsFor.map((m) => m.code) : [])));
  return inScope
    .filter((org) => !accepted.has(org.code))
    .map((org) => {
      const rejected = selection.filter((s) => s.status === 'rejected' && s.org?.code === org.code);
      const firstError = rejected.flatMap((s) => s.input.findings.filter((f) => f.severity === 'error'))[0];
      return {
        ...ref(org),
        status: rejected.length ? 'rejected' : 'not-received',
        files: rejected.map((s) => fileLabel(s.input.file)),
        reason: firstError ? word(firstError) : null,
      };
    });
}
