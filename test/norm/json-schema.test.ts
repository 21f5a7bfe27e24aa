import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_NORM, BUILTIN_REGISTRY, PACKAGE_ROOT } from '../../src/io/builtin-paths.js';
import { normJsonSchema, registryJsonSchema } from '../../src/norm/json-schema.js';

const STALE = 'docs/*.schema.json is out of date with the zod schemas: run `npm run schemas`';

const cases = [
  { file: 'docs/norm.schema.json', make: normJsonSchema, yaml: BUILTIN_NORM },
  { file: 'docs/registry.schema.json', make: registryJsonSchema, yaml: BUILTIN_REGISTRY },
] as const;

describe.each(cases)('$file', ({ file, make, yaml }) => {
  const text = readFileSync(path.join(PACKAGE_ROOT, file), 'utf8');

  it('equals the schema generated from zod, as written by the script', () => {
    expect(JSON.parse(text), STALE).toEqual(make());
    expect(text, STALE).toBe(`${JSON.stringify(make(), null, 2)}\n`);
  });

  it('has its identity set and is a draft 2020-12 schema', () => {
    const schema = make();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toEqual(expect.any(String));
    expect(schema.title).toEqual(expect.any(String));
    expect(schema.type).toBe('object');
  });

  it('is the schema the YAML file names on its first line', () => {
    const first = readFileSync(yaml, 'utf8').split('\n')[0] ?? '';
    const ref = /^# yaml-language-server: \$schema=(\S+)$/.exec(first)?.[1];
    expect(ref).toBeDefined();
    expect(path.resolve(path.dirname(yaml), ref!)).toBe(path.join(PACKAGE_ROOT, file));
  });
});

describe('the input side of the schema', () => {
  type Obj = { properties: Record<string, Obj>; required?: string[]; items: Obj; anyOf?: Obj[] };
  const norm = normJsonSchema() as unknown as Obj;

  it('leaves fields with a default optional, so that editors do not ask for them', () => {
    const principle = norm.properties.themas!.items.properties.uitgangspunten!.items;
    expect(principle.required).toEqual(expect.arrayContaining(['id', 'titel', 'tekst', 'toelichting']));
    expect(principle.required).not.toContain('gewicht');
    expect(norm.properties.velden!.items.required).not.toContain('verplicht');
    expect(norm.properties.scoring!.required).not.toContain('methode');
    const org = (registryJsonSchema() as unknown as Obj).properties.organisaties!.items;
    expect(org.required).toEqual(['code', 'naam', 'soort']);
  });

  it('rejects unknown keys, like the zod schema', () => {
    expect((norm as unknown as { additionalProperties: unknown }).additionalProperties).toBe(false);
  });
});
