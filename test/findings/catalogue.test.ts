import { describe, expect, it } from 'vitest';
import { ALL_FINDING_CODES, FINDING_CODES, type FindingCode } from '../../src/findings/codes.js';
import type { FindingOf } from '../../src/findings/finding.js';
import { findingMessage } from '../../src/i18n/format-finding.js';
import { EXAMPLE_ARGS } from './example-args.js';

/** A finding of `code` with its example arguments. */
function example<C extends FindingCode>(code: C): FindingOf<C> {
  return { code, severity: FINDING_CODES[code], args: EXAMPLE_ARGS[code], location: {} };
}

describe('the catalogues', () => {
  const BAD = /undefined|null|NaN|\[object/;

  it.each(ALL_FINDING_CODES)('%s has a non-empty Dutch and English message', (code) => {
    const finding = example(code);
    const nlText = findingMessage(finding, 'nl');
    const enText = findingMessage(finding, 'en');
    expect(nlText.trim().length, `${code} nl`).toBeGreaterThan(5);
    expect(enText.trim().length, `${code} en`).toBeGreaterThan(5);
    expect(nlText, `${code} nl`).not.toMatch(BAD);
    expect(enText, `${code} en`).not.toMatch(BAD);
    expect(enText, `${code}: the English text is not the Dutch one`).not.toBe(nlText);
  });

  it('every code has a severity', () => {
    for (const code of ALL_FINDING_CODES) expect(['error', 'warning', 'info']).toContain(FINDING_CODES[code]);
  });

  it('NORM_FIELD_ROLE for a front role names the role, the field and the types it may have', () => {
    const front = (args: Omit<FindingOf<'NORM_FIELD_ROLE'>['args'], 'path'>): FindingOf<'NORM_FIELD_ROLE'> => ({
      code: 'NORM_FIELD_ROLE',
      severity: 'error',
      args: { ...args, path: 'voorblad' },
      location: {},
    });
    const missing = front({ field: 'datum', role: 'invuldatum', reason: 'missing' });
    expect(findingMessage(missing, 'nl')).toContain("'rol: invuldatum'");
    expect(findingMessage(missing, 'nl')).toContain("'datum'");
    expect(findingMessage(missing, 'en')).toContain('date of filling in');
    const type = front({ field: 'peilmoment', role: 'meetmoment', reason: 'type', type: 'keuze|tekst' });
    expect(findingMessage(type, 'nl')).toContain("'keuze' of 'tekst'");
    expect(findingMessage(type, 'en')).toContain("'keuze' or 'tekst'");
    expect(findingMessage(front({ field: 'datum', role: 'invuldatum', reason: 'double' }), 'nl')).toContain(
      "meer dan één veld met 'rol: invuldatum'",
    );
    for (const lang of ['nl', 'en'] as const) expect(findingMessage(type, lang)).not.toContain('status');
  });

  it('messages use the arguments they are given, and name fields by the label the workbook shows', () => {
    expect(findingMessage(example('ORG_UNKNOWN'), 'nl')).toContain("'Alkmaar'");
    expect(findingMessage(example('ORG_FORMER'), 'nl')).toContain('Purmerend');
    expect(findingMessage(example('OPTION_UNKNOWN'), 'en')).toContain("'Uitgevoerd'");
    expect(findingMessage(example('VALUE_NORMALISED'), 'nl')).toContain('Alkmaar');
    for (const lang of ['nl', 'en'] as const) {
      expect(findingMessage(example('FRONT_MISSING'), lang)).toContain('Ingevuld door');
      expect(findingMessage(example('FRONT_MISSING'), lang)).not.toContain('invuller');
      expect(findingMessage(example('REQUIRED_MISSING'), lang)).toContain("'Ontbreekt'");
    }
  });
});
