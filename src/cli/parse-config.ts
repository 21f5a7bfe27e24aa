import path from 'node:path';
import { z } from 'zod';
import type { Lang } from '../base/lang.js';
import { formatFinding } from '../i18n/format-finding.js';
import type { CliText } from '../i18n/cli-text.js';
import { parseYamlDocument } from '../norm/parse-yaml-document.js';
import { InputError } from './cli-errors.js';

const ConfigSchema = z.strictObject({
  norm: z.string().min(1).optional(),
  registry: z.string().min(1).optional(),
  riec: z.string().min(1).optional(),
  'min-group': z.number().int().min(1).optional(),
  lang: z.enum(['nl', 'en']).optional(),
  /** The name of an environment variable that holds the salt; never the salt itself. */
  'salt-env': z
    .string()
    .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, { message: 'naam van een omgevingsvariabele' })
    .optional(),
  /** Only here to give a clear message: a literal salt in a file is refused. */
  salt: z.unknown().optional(),
});

/** Option values taken from the config file, by commander's attribute names. */
export type ConfigValues = Partial<{ norm: string; registry: string; riec: string; minGroup: number; lang: Lang; salt: string }>;

/** The config file's text → option values; a problem stops the run with exit 2, with line and column. */
export function parseConfig(source: string, file: string, env: NodeJS.ProcessEnv, text: CliText, lang: Lang): ConfigValues {
  const parsed = parseYamlDocument(source, file, ConfigSchema, () => '');
  if (!parsed.value)
    throw new InputError([text.configInvalid(file), ...parsed.findings.map((f) => `  ${formatFinding(f, lang)}`)].join('\n'));
  const c = parsed.value;
  if (c.salt !== undefined) {
    const at = parsed.locate(['salt']);
    throw new InputError(text.configLiteralSalt(`${file}:${at.line ?? '?'}:${at.column ?? '?'}`));
  }
  const here = path.dirname(file);
  const values: ConfigValues = {};
  if (c.norm) values.norm = path.resolve(here, c.norm);
  if (c.registry) values.registry = path.resolve(here, c.registry);
  if (c.riec) values.riec = c.riec;
  if (c['min-group'] !== undefined) values.minGroup = c['min-group'];
  if (c.lang) values.lang = c.lang;
  if (c['salt-env']) {
    const salt = env[c['salt-env']];
    if (!salt) {
      const at = parsed.locate(['salt-env']);
      throw new InputError(text.configSaltEnvEmpty(`${file}:${at.line ?? '?'}:${at.column ?? '?'}`, c['salt-env']));
    }
    values.salt = salt;
  }
  return values;
}
