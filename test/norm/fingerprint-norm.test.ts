import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { checkIdentity } from '../../src/checks/check-identity.js';
import { fingerprintNorm } from '../../src/norm/fingerprint-norm.js';
import { parseNorm } from '../../src/norm/parse-norm.js';
import { fixtureNormText, replaceOnce } from '../helpers/yaml-text.js';

// Norm 0.9.0 (norm/archief/): the first version, with no vorige_versie, and the one that
// accepted the fingerprint of its earlier template.
const base = fixtureNormText();

function fingerprintOf(text: string): string {
  const { norm, findings } = parseNorm(text, 'x.yaml');
  expect(findings).toEqual([]);
  return fingerprintNorm(norm!);
}

/** The same object with its keys in reverse order, at every level. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reverseKeys(v)]));
  }
  return value;
}

describe('fingerprintNorm', () => {
  const expected = fingerprintOf(base);

  it('is a sha256 in hex', () => {
    expect(expected).toMatch(/^[0-9a-f]{64}$/);
  });

  it('is the same without comments and with another layout', () => {
    const withoutComments = base
      .split('\n')
      .filter((l) => !l.trimStart().startsWith('#'))
      .join('\n');
    expect(fingerprintOf(withoutComments)).toBe(expected);
    const data = parse(base) as unknown;
    expect(fingerprintOf(stringify(data, { indent: 4, lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE' }))).toBe(expected);
    expect(fingerprintOf(JSON.stringify(data))).toBe(expected);
  });

  it('is the same with the keys in another order', () => {
    expect(fingerprintOf(stringify(reverseKeys(parse(base))))).toBe(expected);
  });

  it('is the same when a default is written out (gewicht: 1)', () => {
    const text = replaceOnce(base, '        titel: Weerbaarheidsscan\n', '        titel: Weerbaarheidsscan\n        gewicht: 1\n');
    expect(fingerprintOf(text)).toBe(expected);
  });

  it('changes when a principle text changes', () => {
    const text = replaceOnce(base, '        titel: Weerbaarheidsscan\n', '        titel: Weerbaarheidsscan en nulmeting\n');
    expect(fingerprintOf(text)).not.toBe(expected);
  });

  it('changes when the order of the principles changes', () => {
    const data = parse(base) as { themas: Array<{ uitgangspunten: unknown[] }> };
    data.themas[0]!.uitgangspunten.reverse();
    expect(fingerprintOf(stringify(data))).not.toBe(expected);
  });

  it('changes when a weight or a score changes', () => {
    expect(fingerprintOf(replaceOnce(base, '    score: 0.5\n', '    score: 0.6\n'))).not.toBe(expected);
    expect(fingerprintOf(replaceOnce(base, '        titel: Weerbaarheidsscan\n', '        titel: Weerbaarheidsscan\n        gewicht: 2\n'))).not.toBe(expected);
  });

  it('stays the same when a level name, the context text or the accepted list changes (the template carries none of them)', () => {
    expect(fingerprintOf(replaceOnce(base, 'label: Beginfase, label_en: Early stage', 'label: Eerste stappen, label_en: First steps'))).toBe(expected);
    expect(fingerprintOf(replaceOnce(base, '    De norm is geen toezicht en geen ranglijst.', '    De norm is geen toezicht.'))).toBe(expected);
    const data = parse(base) as { aanvaarde_vingerafdrukken?: string[] };
    delete data.aanvaarde_vingerafdrukken;
    expect(fingerprintOf(stringify(data))).toBe(expected);
  });

  it('stays the same without the roles of the front fields (rol: invuldatum, rol: meetmoment): returns made before they were declared still match', () => {
    const without = base.replace(/^ {4}rol: (invuldatum|meetmoment)\b.*\n/gm, '');
    expect(without).not.toContain('rol: invuldatum');
    expect(without).not.toContain('rol: meetmoment');
    expect(fingerprintOf(without)).toBe(expected);
  });

  it('changes when a level boundary changes', () => {
    expect(fingerprintOf(replaceOnce(base, '{ vanaf: 40,', '{ vanaf: 45,'))).not.toBe(expected);
  });
});

describe('accepted earlier fingerprints', () => {
  it('lets a return made with the template of 0.9.0 before the level names were reworded pass the identity check', () => {
    const { norm } = parseNorm(base, 'x.yaml');
    const fingerprint = fingerprintNorm(norm!);
    const identity = { format: '1', normId: norm!.id, normVersion: norm!.versie, lang: 'nl' as const };
    expect(checkIdentity({ ...identity, fingerprint: '1c1fc940f6df74c2035b2da3b21626c4d8fe825e4573b5eb5668fcb366ee528e' }, norm!, fingerprint)).toEqual([]);
    expect(checkIdentity({ ...identity, fingerprint }, norm!, fingerprint)).toEqual([]);
    expect(checkIdentity({ ...identity, fingerprint: 'f'.repeat(64) }, norm!, fingerprint).map((f) => f.code)).toEqual(['TEMPLATE_FINGERPRINT']);
  });
});
