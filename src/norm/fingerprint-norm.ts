import { createHash } from 'node:crypto';
import type { Norm } from './norm-schema.js';

/**
 * SHA-256 over a canonical JSON form of the norm (keys sorted). Two norms with the same content
 * have the same fingerprint, whatever their YAML layout or comments.
 *
 * It covers what a template carries and what a return is checked against. Left out: the level
 * names (`scoring.niveaus[].label*`, used only by the tool's own reports), the `context` text for
 * the page per organisation, and the list of accepted earlier fingerprints itself. So rewording
 * those never invalidates returns already made with the template.
 */
export function fingerprintNorm(norm: Norm): string {
  return createHash('sha256').update(canonicalJson(contractOf(norm))).digest('hex');
}

/** Every fingerprint a return of this norm version may carry: the current one and the accepted earlier ones. */
export function acceptedFingerprints(norm: Norm, fingerprint: string): string[] {
  return [fingerprint, ...(norm.aanvaarde_vingerafdrukken ?? [])];
}

function contractOf(norm: Norm): unknown {
  const { context: _context, aanvaarde_vingerafdrukken: _accepted, scoring, ...rest } = norm;
  return { ...rest, scoring: { ...scoring, niveaus: scoring.niveaus.map((b) => ({ vanaf: b.vanaf })) } };
}

export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
