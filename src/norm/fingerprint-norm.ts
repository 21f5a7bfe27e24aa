import { createHash } from 'node:crypto';
import type { Norm } from './norm-schema.js';

/**
 * SHA-256 over a canonical JSON form of the norm (keys sorted). Two norms with the same content
 * have the same fingerprint, whatever their YAML layout or comments.
 *
 * It covers what a template carries and what a return is checked against. Left out: the level
 * names (`scoring.niveaus[].label*`, used only by the tool's own reports), the `context` text for
 * the page per organisation, the list of accepted earlier fingerprints itself, and the fill-in
 * help of the fields (`invulhulp`), the field roles and the norm's registry (`register`). So rewording those never invalidates returns already made
 * with the template.
 */
export function fingerprintNorm(norm: Norm): string {
  return createHash('sha256').update(canonicalJson(contractOf(withoutSynonyms(norm)))).digest('hex');
}

/** Every fingerprint a return of this norm version may carry: the current one and the accepted earlier ones. */
export function acceptedFingerprints(norm: Norm, fingerprint: string): string[] {
  return [fingerprint, ...(norm.aanvaarde_vingerafdrukken ?? [])];
}

function contractOf(norm: Norm): unknown {
  const { context: _context, aanvaarde_vingerafdrukken: _accepted, register: _registry, scoring, ...rest } = norm;
  const fields = withoutRoles(withoutFillInHelp(rest));
  return { ...fields, scoring: { ...scoring, niveaus: scoring.niveaus.map((b) => ({ vanaf: b.vanaf })) } };
}

/**
 * The fill-in help of a field (`invulhulp`) only explains; it changes nothing the template asks.
 * Leaving it out lets a coordinator improve it without invalidating returns already made from
 * the same norm version; a norm without it keeps its fingerprint.
 */
function withoutFillInHelp<T extends Pick<Norm, 'velden' | 'voorblad'>>(norm: T): T {
  const strip = <F extends object>(f: F) => ({ ...f, invulhulp: undefined, invulhulp_en: undefined });
  return { ...norm, velden: norm.velden.map(strip), voorblad: norm.voorblad.map(strip) };
}

/**
 * Field roles (`rol` on answer and front fields, `vergelijk_met`, `kopie_controle`) tell the tool what a field means; the
 * template asks the same with or without them. Leaving them out lets a norm declare its roles
 * without invalidating returns already made from the same version.
 */
function withoutRoles<T extends Pick<Norm, 'velden' | 'voorblad'>>(norm: T): T {
  return {
    ...norm,
    velden: norm.velden.map((f) => ({ ...f, rol: undefined, vergelijk_met: undefined, kopie_controle: undefined })),
    voorblad: norm.voorblad.map((f) => ({ ...f, rol: undefined })),
  };
}

/**
 * Synonyms (`synoniemen`) only tell the tool how to read what people type; they change nothing
 * the template asks. Leaving them out lets a coordinator add one without invalidating returns
 * already made from the same norm version.
 */
function withoutSynonyms(norm: Norm): Norm {
  const strip = <T extends { synoniemen?: string[] | undefined }>(o: T) => ({ ...o, synoniemen: undefined });
  const fields = <T extends { opties?: Array<{ synoniemen?: string[] | undefined }> | undefined }>(list: T[]) =>
    list.map((f) => (f.opties ? { ...f, opties: f.opties.map(strip) } : f));
  return { ...norm, schaal: norm.schaal.map(strip), velden: fields(norm.velden), voorblad: fields(norm.voorblad) };
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
