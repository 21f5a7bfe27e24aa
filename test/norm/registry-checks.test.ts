import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings/finding.js';
import { formatFinding } from '../../src/i18n/format-finding.js';
import { parseRegistry } from '../../src/norm/parse-registry.js';
import { builtinRegistryText, replaceOnce, valuePosition } from '../helpers/yaml-text.js';

const FILE = 'organisaties.yaml';
const base = builtinRegistryText();

/** Replaces `from` by `to` inside the entry of one organisation only. */
function editOrg(text: string, code: string, from: string, to: string): string {
  const start = text.indexOf(`  - code: ${code}\n`);
  if (start < 0) throw new Error(`no organisation ${code}`);
  const next = text.indexOf('\n  - code: ', start + 1);
  const end = next < 0 ? text.length : next;
  return text.slice(0, start) + replaceOnce(text.slice(start, end), from, to) + text.slice(end);
}

function only(text: string, code: string): Finding {
  const { registry, findings } = parseRegistry(text, FILE);
  expect(findings.map((f) => f.code)).toEqual([code]);
  expect(registry).toBeUndefined();
  return findings[0]!;
}

const at = (f: Finding) => ({ line: f.location.line, column: f.location.column });

describe('registry checks', () => {
  it('a duplicate code gives REGISTRY_DUPLICATE_CODE at the second code', () => {
    const text = replaceOnce(base, '  - code: GM0400\n', '  - code: GM0361\n');
    const f = only(text, 'REGISTRY_DUPLICATE_CODE');
    expect(at(f)).toEqual(valuePosition(text, 'code', 'GM0361', 2));
    expect(f.location.context).toBe('organisatie GM0361');
  });

  it('an unknown successor gives REGISTRY_UNKNOWN_SUCCESSOR at the opvolger', () => {
    const text = editOrg(base, 'GM0370', 'opvolger: GM0439', 'opvolger: GM9999');
    const f = only(text, 'REGISTRY_UNKNOWN_SUCCESSOR');
    expect(at(f)).toEqual(valuePosition(text, 'opvolger', 'GM9999'));
    expect(f.args).toMatchObject({ id: 'GM0370', ref: 'GM9999' });
  });

  it('an end date before the start date gives REGISTRY_DATES at geldig_tot', () => {
    const text = editOrg(base, 'GM1980', 'geldig_tot: null', 'geldig_tot: 2021-06-30');
    const f = only(text, 'REGISTRY_DATES');
    expect(at(f)).toEqual(valuePosition(text, 'geldig_tot', '2021-06-30'));
    expect(formatFinding(f, 'nl')).toContain('GM1980 is geldig tot 2021-06-30, maar pas vanaf 2022-01-01');
  });

  it('equal start and end dates are reversed too', () => {
    only(editOrg(base, 'GM1980', 'geldig_tot: null', 'geldig_tot: 2022-01-01'), 'REGISTRY_DATES');
  });

  it('a malformed code is a schema violation at that code', () => {
    const text = replaceOnce(base, '  - code: GM0373\n', '  - code: gm0373\n');
    const f = only(text, 'NORM_SCHEMA');
    expect(at(f)).toEqual(valuePosition(text, 'code', 'gm0373'));
  });

  it('an unknown kind of organisation is a schema violation', () => {
    only(editOrg(base, 'PV27', 'soort: provincie', 'soort: waterschap'), 'NORM_SCHEMA');
  });
});
