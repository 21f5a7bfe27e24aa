import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fingerprintNorm } from '../../src/norm/fingerprint-norm.js';
import { parseNorm } from '../../src/norm/parse-norm.js';
import { fixtureNormText, positionOf, replaceOnce } from '../helpers/yaml-text.js';

/** The `uitwisseling` block of a norm: its references are checked, and a norm without it is unchanged. */
export const EXCHANGE_NORM = new URL('../fixtures/exchange/norm-uitwisseling.yaml', import.meta.url);
const text = readFileSync(EXCHANGE_NORM, 'utf8');

function codesOf(yaml: string) {
  const { norm, findings } = parseNorm(yaml, 'x.yaml');
  return { norm, findings, codes: findings.map((f) => f.code) };
}

describe('norm check of the uitwisseling block', () => {
  it('accepts the test norm and reads the roles from it', () => {
    const { norm, codes } = codesOf(text);
    expect(codes).toEqual([]);
    expect(norm?.uitwisseling).toEqual({
      veld: 'uitwisseling',
      zoekt_hulp: 'zoekt-hulp',
      biedt_hulp: 'deelt-aanpak',
      contact: { naam: ['contact_uitwisseling', 'invuller'], email: ['email_uitwisseling', 'email'] },
    });
  });

  it.each([
    [
      'an unknown answer field',
      '  veld: uitwisseling\n  zoekt',
      '  veld: ruil\n  zoekt',
      { key: 'veld', ref: 'ruil', reason: 'missing', list: 'velden' },
      '  veld: ruil',
    ],
    [
      'an answer field that is no keuze field',
      '  veld: uitwisseling\n  zoekt',
      '  veld: toelichting\n  zoekt',
      { key: 'veld', ref: 'toelichting', reason: 'type', type: 'keuze' },
      '  veld: toelichting',
    ],
    [
      'an unknown option code',
      '  zoekt_hulp: zoekt-hulp',
      '  zoekt_hulp: hulp',
      { key: 'zoekt_hulp', ref: 'hulp', reason: 'code', field: 'uitwisseling' },
      '  zoekt_hulp: hulp',
    ],
    [
      'one option for both roles',
      '  biedt_hulp: deelt-aanpak',
      '  biedt_hulp: zoekt-hulp',
      { key: 'biedt_hulp', ref: 'zoekt-hulp', reason: 'same' },
      '  biedt_hulp: zoekt-hulp',
    ],
    [
      'an unknown contact field',
      'naam: [contact_uitwisseling, invuller]',
      'naam: [contact_uitwisseling, invuler]',
      { key: 'contact.naam', ref: 'invuler', reason: 'missing', list: 'voorblad' },
      'invuler]',
    ],
    [
      'a contact e-mail field that is no e-mail field',
      'email: [email_uitwisseling, email]',
      'email: [invuller, email]',
      { key: 'contact.email', ref: 'invuller', reason: 'type', type: 'email' },
      'invuller, email]',
    ],
  ])('reports NORM_EXCHANGE_REF for %s, at the reference', (_what, from, to, args, at) => {
    const broken = replaceOnce(text, from, to);
    const { norm, findings, codes } = codesOf(broken);
    expect(codes).toEqual(['NORM_EXCHANGE_REF']);
    expect(norm).toBeUndefined();
    expect(findings[0]?.args).toMatchObject(args);
    expect(findings[0]?.location.line).toBe(positionOf(broken, at).line);
  });

  it('rejects an unknown key in the block (the schema is strict)', () => {
    const { codes } = codesOf(replaceOnce(text, '  veld: uitwisseling\n  zoekt', '  veld: uitwisseling\n  helpers: ja\n  zoekt'));
    expect(codes).toEqual(['NORM_SCHEMA']);
  });

  it('leaves a norm without the block as it was: same fingerprint, no exchange', () => {
    // Norm 0.9.0 (norm/archief/) does not ask the question.
    const { norm } = codesOf(fixtureNormText());
    expect(norm).toBeDefined();
    expect(norm?.uitwisseling).toBeUndefined();
    if (!norm) return;
    const withUndefined = { ...norm, uitwisseling: undefined };
    expect(fingerprintNorm(withUndefined)).toBe(fingerprintNorm(norm));
  });
});
