import type { Finding } from '../findings/finding.js';
import { makeFinding } from '../findings/make-finding.js';
import { acceptedFingerprints } from '../norm/fingerprint-norm.js';
import type { Norm } from '../norm/norm-schema.js';
import type { TemplateIdentity } from '../submission/raw-submission.js';
import { TEMPLATE_FORMAT } from '../workbook/template-contract.js';
import { compareVersions } from '../norm/compare-versions.js';

/** Is this a template of the norm we check against, in the same version and content? */
export function checkIdentity(identity: TemplateIdentity | undefined, norm: Norm, fingerprint: string): Finding[] {
  if (!identity) return [makeFinding('TEMPLATE_NOT_OURS')];
  const found = { id: identity.normId ?? '', version: identity.normVersion ?? '', expectedId: norm.id, expected: norm.versie };
  if (identity.format !== undefined && Number(identity.format) > TEMPLATE_FORMAT) {
    return [makeFinding('TEMPLATE_FORMAT', { format: identity.format, supported: TEMPLATE_FORMAT })];
  }
  if (identity.normId !== norm.id) return [makeFinding('TEMPLATE_OTHER_NORM', found)];
  const order = compareVersions(identity.normVersion ?? '0.0.0', norm.versie);
  if (order < 0) return [makeFinding('TEMPLATE_OLDER_VERSION', found)];
  if (order > 0) return [makeFinding('TEMPLATE_NEWER_VERSION', found)];
  if (!acceptedFingerprints(norm, fingerprint).includes(identity.fingerprint ?? ''))
    return [
      makeFinding('TEMPLATE_FINGERPRINT', {
        ...found,
        fingerprint: (identity.fingerprint ?? '').slice(0, 12),
        expectedFingerprint: fingerprint.slice(0, 12),
      }),
    ];
  return [];
}
