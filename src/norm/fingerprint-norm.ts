import { createHash } from 'node:crypto';
import type { Norm } from './norm-schema.js';

/**
 * SHA-256 over a canonical JSON form of the norm (keys sorted). Two norms with the same content
 * have the same fingerprint, whatever their YAML layout or comments.
 */
export function fingerprintNorm(norm: Norm): string {
  return createHash('sha256').update(canonicalJson(withoutFillInHelp(norm))).digest('hex');
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
