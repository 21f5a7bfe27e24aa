import { describe, expect, it } from 'vitest';
import { parseRegistry } from '../../src/norm/parse-registry.js';
import { sizeClassOf } from '../../src/norm/size-class.js';
import { builtinRegistryText, replaceOnce } from '../helpers/yaml-text.js';

const text = builtinRegistryText();
const { registry } = parseRegistry(text, 'organisaties.yaml');

describe('inwoners and size classes in the built-in registry', () => {
  it('gives every municipality a population and names its source and date', () => {
    const municipalities = registry!.organisaties.filter((o) => o.soort === 'gemeente');
    expect(municipalities.filter((o) => o.inwoners === undefined).map((o) => o.naam)).toEqual([]);
    expect(registry!.grootteklassen?.bron).toMatch(/CBS/);
    expect(registry!.grootteklassen?.peildatum).toMatch(/^20(24|25)-01-01$/);
    expect(text).toMatch(/# Bron van 'inwoners': CBS StatLine/);
  });

  it('adds up to a plausible population for the province (about 2.9 million)', () => {
    const current = registry!.organisaties.filter((o) => o.soort === 'gemeente' && o.geldig_tot === null);
    expect(current).toHaveLength(44);
    const total = current.reduce((sum, o) => sum + (o.inwoners ?? 0), 0);
    expect(total).toBeGreaterThan(2_800_000);
    expect(total).toBeLessThan(3_100_000);
    const amsterdam = current.find((o) => o.code === 'GM0363');
    expect(amsterdam?.inwoners).toBeGreaterThan(850_000);
  });

  it('puts every current municipality in exactly one size class, none for the province', () => {
    const byClass = new Map<string, number>();
    for (const org of registry!.organisaties.filter((o) => o.geldig_tot === null)) {
      const c = sizeClassOf(registry!, org);
      if (org.soort !== 'gemeente') expect(c).toBeNull();
      else byClass.set(c!.id, (byClass.get(c!.id) ?? 0) + 1);
    }
    expect([...byClass.values()].reduce((a, b) => a + b, 0)).toBe(44);
    expect(byClass.get('100000-plus')).toBe(5);
  });

  it('rejects size classes that do not ascend (REGISTRY_SIZE_CLASSES)', () => {
    const broken = replaceOnce(text, 'tot: 50000,', 'tot: 15000,');
    expect(parseRegistry(broken, 'x.yaml').findings.map((f) => f.code)).toEqual(['REGISTRY_SIZE_CLASSES']);
    const open = replaceOnce(text, '{ id: 100000-plus, label:', '{ id: 100000-plus, tot: 200000, label:');
    expect(parseRegistry(open, 'x.yaml').findings.map((f) => f.code)).toEqual(['REGISTRY_SIZE_CLASSES']);
  });
});
