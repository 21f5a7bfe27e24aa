import { describe, expect, it } from 'vitest';
import { validOn } from '../../src/norm/registry-time.js';
import { parseNorm } from '../../src/norm/parse-norm.js';
import { parseRegistry } from '../../src/norm/parse-registry.js';
import { allPrinciples } from '../../src/norm/localise.js';
import { builtinArchive, builtinNormText, builtinRegistryText } from '../helpers/yaml-text.js';

describe('the built-in norm', () => {
  const { norm, findings } = parseNorm(builtinNormText(), 'norm/noord-hollandse-norm.yaml', builtinArchive());

  it('parses with zero findings', () => {
    expect(findings).toEqual([]);
    expect(norm).toBeDefined();
  });

  it('has the six themes, each with 5 to 9 principles', () => {
    expect(norm?.themas.map((t) => t.id)).toEqual(['1', '2', '3', '4', '5', '6']);
    for (const theme of norm?.themas ?? []) {
      expect(theme.uitgangspunten.length, `thema ${theme.id}`).toBeGreaterThanOrEqual(5);
      expect(theme.uitgangspunten.length, `thema ${theme.id}`).toBeLessThanOrEqual(9);
    }
  });

  it('has unique principle ids, each inside its theme', () => {
    const ids = allPrinciples(norm!).map(({ principle }) => principle.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { theme, principle } of allPrinciples(norm!)) expect(principle.id.startsWith(`${theme.id}.`)).toBe(true);
  });

  it('has the fields that the template and the checks rely on', () => {
    expect(norm?.velden.find((f) => f.id === 'status')?.type).toBe('schaal');
    expect(norm?.voorblad.map((f) => f.id)).toEqual(expect.arrayContaining(['organisatie', 'datum', 'meetmoment']));
  });
});

describe('the built-in registry', () => {
  const { registry, findings } = parseRegistry(builtinRegistryText(), 'norm/organisaties.yaml');
  // The organisations of 2026 (Wijdemeren merges into Hilversum on 1 January 2027), without the werkorganisaties.
  const current = (registry?.organisaties ?? []).filter((o) => o.soort !== 'werkorganisatie' && validOn(o, '2026-06-01'));

  it('parses with zero findings', () => {
    expect(findings).toEqual([]);
    expect(registry).toBeDefined();
  });

  it('holds the 44 current municipalities of Noord-Holland and the province (PV27)', () => {
    expect(current.filter((o) => o.soort === 'gemeente')).toHaveLength(44);
    expect(current.filter((o) => o.soort === 'provincie').map((o) => o.code)).toEqual(['PV27']);
    expect(current).toHaveLength(45);
  });

  it('has unique codes and names, and former municipalities point to a current successor', () => {
    const orgs = registry?.organisaties ?? [];
    expect(new Set(orgs.map((o) => o.code)).size).toBe(orgs.length);
    expect(new Set(current.map((o) => o.naam)).size).toBe(current.length);
    const currentCodes = new Set(current.map((o) => o.code));
    for (const former of orgs.filter((o) => o.geldig_tot !== null && !validOn(o, '2026-06-01'))) {
      expect(currentCodes.has(former.opvolger ?? ''), `${former.code} → ${former.opvolger}`).toBe(true);
    }
    expect(orgs.find((o) => o.naam === 'Beemster')?.geldig_tot).not.toBeNull();
  });
});
