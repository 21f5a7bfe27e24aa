import type { Lang } from '../base/lang.js';
import type { CliText } from '../i18n/cli-text.js';
import type { Output } from './output.js';

/** What every command gets from the CLI: the language, its wording and the output streams. */
export interface CommandContext {
  lang: Lang;
  text: CliText;
  io: Output;
}
