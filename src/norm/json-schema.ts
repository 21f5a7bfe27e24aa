import { z } from 'zod';
import { NormSchema } from './norm-schema.js';
import { RegistrySchema } from './registry-schema.js';

/**
 * JSON Schemas of the norm and the registry, derived from the zod schemas so that they cannot
 * drift. The input side is used: a field with a default is optional in the YAML, and an editor
 * (yaml-language-server, via the `$schema` comment) should not ask for it.
 */
export function normJsonSchema(): Record<string, unknown> {
  return withIdentity(z.toJSONSchema(NormSchema, { io: 'input' }), 'norm', 'weerbaar: norm (formaat 1)');
}

export function registryJsonSchema(): Record<string, unknown> {
  return withIdentity(
    z.toJSONSchema(RegistrySchema, { io: 'input' }),
    'registry',
    'weerbaar: register van organisaties (formaat 1)',
  );
}

/**
 * The project has no web address to host the schemas, so `$id` is a URN rather than a URL that
 * would not resolve; editors find the files through the relative `$schema` comment in the YAML.
 * `$schema`, `$id` and `title` come first, so that the files read well.
 */
function withIdentity(schema: Record<string, unknown>, kind: string, title: string): Record<string, unknown> {
  const { $schema, ...rest } = schema;
  return { $schema, $id: `urn:weerbaar:schema:${kind}:1`, title, ...rest };
}
