import { Option } from 'commander';
import { LANGS, type Lang } from '../base/lang.js';
import type { CliText } from '../i18n/cli-text.js';
import { UsageError } from './cli-errors.js';

/** Parses a whole-number option value (commander hands over strings). */
export function intOption(name: string, text: CliText) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0) throw new UsageError(text.notANumber(name, value));
    return n;
  };
}

/**
 * The options that more than one command takes, each declared once. Every call gives a new
 * Option, since commander keeps an option's state per command; a command's registration in
 * main.ts adds the ones it takes, in the order its help lists them. `lang` is the language of the
 * help text and the default of --lang on a subcommand.
 */
export function sharedOptions(text: CliText, lang: Lang) {
  const ph = text.valueNames;
  /** --lang without a default, as before the subcommand: no value there means "not given". */
  const langChoice = () => new Option(`--lang <${ph.lang}>`, text.optLang).choices(LANGS);
  return {
    langChoice,
    lang: () => langChoice().default(lang),
    norm: () => new Option(`--norm <${ph.file}>`, text.optNorm),
    registry: () => new Option(`--registry <${ph.file}>`, text.optRegistry),
    quiet: () => new Option('-q, --quiet', text.optQuiet),
    outputFile: () => new Option(`-O, --output-file <${ph.file}>`, text.optOutputFile),
    format: (choices: readonly string[]) =>
      new Option(`--format <${ph.format}>`, text.optFormat).choices(choices).default('table'),
    /** --force means something else per command, so each brings its own description. */
    force: (description: string) => new Option('--force', description).default(false),
    jobs: () => new Option('--jobs <n>', text.optJobs).argParser(intOption('--jobs', text)),
    timeout: () => new Option(`--timeout <${ph.seconds}>`, text.optTimeout).argParser(intOption('--timeout', text)),
    meetmoment: (description: string = text.optMeetmoment) => new Option(`--meetmoment <${ph.name}>`, description),
    riec: () => new Option(`--riec <${ph.name}>`, text.optRiec),
    csvDialect: () => new Option(`--csv-dialect <${ph.dialect}>`, text.optCsvDialect).choices(['nl', 'en']),
  };
}
