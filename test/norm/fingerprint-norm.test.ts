import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { fingerprintNorm } from '../../src/norm/fingerprint-norm.js';
import { parseNorm } from '../../src/norm/parse-norm.js';
import { builtinNormText, replaceOnce } from '../helpers/yaml-text.js';

const base = builtinNormText();

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
});
