import { readFile } from 'node:fs/promises';
import type { Lang } from '../base/lang.js';
import { InputError } from './cli-errors.js';
import type { CliText } from '../i18n/cli-text.js';

/** The file a RIEC keeps next to its returns, so that a yearly run needs no long command line. */
const CONFIG_FILE = 'weerbaar.config.yaml';

import type { ConfigValues } from './parse-config.js';
export type { ConfigValues };

/**
 * Reads --config FILE, or weerbaar.config.yaml in the working folder when it exists. Paths in
 * the file are relative to the file. A problem stops the run with exit 2, with line and column.
 */
export async function readConfig(
  explicit: string | undefined,
  cwd: string,
  env: NodeJS.ProcessEnv,
  text: CliText,
  lang: Lang,
): Promise<ConfigValues> {
  const { default: path } = await import('node:path');
  const file = explicit ?? path.join(cwd, CONFIG_FILE);
  let source: string;
  try {
    source = await readFile(file, 'utf8');
  } catch (e) {
    if (explicit === undefined && (e as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new InputError(text.configUnreadable(file, (e as NodeJS.ErrnoException).code ?? String(e)));
  }
  // YAML and the schema are loaded only when there is a file to read.
  return (await import('./parse-config.js')).parseConfig(source, file, env, text, lang);
}
