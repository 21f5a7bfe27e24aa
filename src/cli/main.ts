import { Command, CommanderError, Help, Option } from 'commander';
import { LANGS, type Lang } from '../i18n/catalogue.js';
import { CLI_TEXT, type CliText } from '../i18n/cli-text.js';
import { CARRY_TEXT } from '../i18n/carry-text.js';
import { toolVersion } from '../io/tool-version.js';
import { EXIT, InputError, UsageError } from './cli-errors.js';
import { makeOutput, type Output } from './output.js';
import { VALIDATE_FORMATS } from '../render/validate/formats.js';
import { SCORE_FORMATS } from '../render/score/formats.js';
import { MERGE_FORMATS } from '../render/merge/formats.js';
import { MERGE_TEXT } from '../i18n/merge-text.js';

/** Parses a whole-number option value (commander hands over strings). */
function intOption(name: string, text: CliText) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0) throw new UsageError(text.notANumber(name, value));
    return n;
  };
}

/** The language before commander parses: --lang on the command line, then WEERBAAR_LANG. */
export function detectLang(argv: readonly string[], env: NodeJS.ProcessEnv): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    const v = a.startsWith('--lang=') ? a.slice(7) : a === '--lang' ? argv[i + 1] : undefined;
    if (v === 'nl' || v === 'en') return v;
  }
  return env.WEERBAAR_LANG === 'en' ? 'en' : 'nl';
}

export interface CommandContext {
  lang: Lang;
  text: CliText;
  io: Output;
}

/**
 * Runs the CLI and returns the exit code: 0 fine, 1 a file did not pass, 2 usage or I/O error,
 * 3 internal error. Heavy modules are imported only by the command that needs them.
 */
export async function main(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const lang = detectLang(argv.slice(2), env);
  const text = CLI_TEXT[lang];
  const io = makeOutput(env);
  let code: number = EXIT.ok;
  const ctx = (opts: { lang?: Lang }): CommandContext => {
    const l = opts.lang ?? lang;
    return { lang: l, text: CLI_TEXT[l], io };
  };
  const run = (fn: () => Promise<number>) => async () => {
    code = await fn();
  };

  const ph = text.valueNames;
  const program = new Command('weerbaar');
  configure(program, text);
  program.description(text.program).version(toolVersion(), '-V, --version', text.version);

  const langOption = () => new Option(`--lang <${ph.lang}>`, text.optLang).choices(LANGS as string[]).default(lang);

  const norm = configure(program.command('norm'), text).description(text.normCmd);
  configure(norm.command('check'), text)
    .description(text.normCheck)
    .argument(`[${ph.file}]`, text.normCheckArg)
    .option(`--registry <${ph.file}>`, text.optRegistry)
    .addOption(langOption())
    .action(async (file: string | undefined, opts) =>
      run(async () => (await import('./commands/norm-check.js')).normCheckCommand(file, opts, ctx(opts)))(),
    );

  configure(program.command('template'), text)
    .description(text.template)
    .option(`--norm <${ph.file}>`, text.optNorm)
    .option(`--registry <${ph.file}>`, text.optRegistry)
    .option(`-o, --output <${ph.file}>`, text.templateOut)
    .addOption(langOption())
    .option('--force', text.optForce, false)
    .option(`--from <${ph.paths}>`, CARRY_TEXT[lang].optFrom)
    .option(`--meetmoment <${ph.name}>`, CARRY_TEXT[lang].optMeetmoment)
    .addOption(new Option(`--format <${ph.format}>`, text.optFormat).choices(['table', 'json']).default('table'))
    .action(async (opts) => run(async () => (await import('./commands/template.js')).templateCommand(opts, ctx(opts)))());

  configure(program.command('validate'), text)
    .description(text.validate)
    .argument(`<${ph.paths}>`, text.argPaths)
    .option(`--norm <${ph.file}>`, text.optNorm)
    .option(`--registry <${ph.file}>`, text.optRegistry)
    .addOption(new Option(`--format <${ph.format}>`, text.optFormat).choices(VALIDATE_FORMATS).default('table'))
    .option('--strict', text.optStrict, false)
    .addOption(langOption())
    .option(`--feedback <${ph.folder}>`, text.optFeedback)
    .option('--jobs <n>', text.optJobs, intOption('--jobs', text))
    .option(`--timeout <${ph.seconds}>`, text.optTimeout, intOption('--timeout', text))
    .action(async (paths: string[], opts) =>
      run(async () => (await import('./commands/validate.js')).validateCommand(paths, opts, ctx(opts)))(),
    );

  configure(program.command('score'), text)
    .description(text.score)
    .argument(`<${ph.paths}>`, text.argPaths)
    .option(`--norm <${ph.file}>`, text.optNorm)
    .option(`--registry <${ph.file}>`, text.optRegistry)
    .addOption(new Option(`--format <${ph.format}>`, text.optFormat).choices(SCORE_FORMATS).default('table'))
    .addOption(new Option(`--threshold <${ph.thresholds}>`, text.optThreshold).conflicts('thresholds'))
    .option(`--thresholds <${ph.file}>`, text.optThresholds)
    .option('--force', text.optScoreForce, false)
    .addOption(langOption())
    .option('--jobs <n>', text.optJobs, intOption('--jobs', text))
    .option(`--timeout <${ph.seconds}>`, text.optTimeout, intOption('--timeout', text))
    .action(async (paths: string[], opts) => run(async () => (await import('./commands/score.js')).scoreCommand(paths, opts, ctx(opts)))());

  configure(program.command('report'), text)
    .description(text.report)
    .argument(`<${ph.paths}>`, text.argPaths)
    .requiredOption(`-o, --output <${ph.folder}>`, text.optReportOut)
    .option(`--norm <${ph.file}>`, text.optNorm)
    .option(`--registry <${ph.file}>`, text.optRegistry)
    .option(`--riec <${ph.name}>`, text.optRiec)
    .option(`--meetmoment <${ph.name}>`, text.optMeetmoment)
    .option(`--previous <${ph.file}>`, text.optPrevious, (v: string, all: string[] = []) => [...all, v])
    .option(`--organisatie <${ph.name}>`, text.optOrganisatie)
    .addOption(new Option('--anonymise', text.optAnonymise).default(false).conflicts('aggregateOnly'))
    .option(`--salt <${ph.secret}>`, text.optSalt)
    .option('--aggregate-only', text.optAggregateOnly, false)
    .option('--min-group <n>', text.optMinGroup, intOption('--min-group', text), 5)
    .addOption(new Option(`--csv-dialect <${ph.dialect}>`, text.optCsvDialect).choices(['nl', 'en']))
    .option('--fail-on-rejected', text.optFailOnRejected, false)
    .addOption(langOption())
    .option('--jobs <n>', text.optJobs, intOption('--jobs', text))
    .option(`--timeout <${ph.seconds}>`, text.optTimeout, intOption('--timeout', text))
    .action(async (paths: string[], opts) => run(async () => (await import('./commands/report.js')).reportCommand(paths, opts, ctx(opts)))());

  const mt = MERGE_TEXT[lang];
  configure(program.command('merge'), text)
    .description(mt.command)
    .argument(`<${ph.file}...>`, mt.argFiles)
    .requiredOption(`-o, --output <${ph.file}>`, mt.optOutput)
    .option(`--voorkeur <${ph.file}>`, mt.optVoorkeur)
    .option('--force', mt.optForce, false)
    .addOption(new Option(`--format <${ph.format}>`, text.optFormat).choices(MERGE_FORMATS).default('table'))
    .option(`--norm <${ph.file}>`, text.optNorm)
    .option(`--registry <${ph.file}>`, text.optRegistry)
    .addOption(langOption())
    .action(async (files: string[], opts) => run(async () => (await import('./commands/merge.js')).mergeCommand(files, opts, ctx(opts)))());

  configure(program.command('sample'), text)
    .description(text.sample)
    .requiredOption(`-o, --output <${ph.folder}>`, text.optSampleOut)
    .option('--count <n>', text.optCount, intOption('--count', text), 12)
    .option('--seed <n>', text.optSeed, intOption('--seed', text), 2026)
    .option(`--meetmoment <${ph.name}>`, text.optMeetmoment)
    .option(`--norm <${ph.file}>`, text.optNorm)
    .option(`--registry <${ph.file}>`, text.optRegistry)
    .addOption(langOption())
    .action(async (opts) => run(async () => (await import('./commands/sample.js')).sampleCommand(opts, ctx(opts)))());

  try {
    await program.parseAsync(argv);
    return code;
  } catch (e) {
    return handleError(e, text, io);
  }
}

/** Dutch help and errors for one (sub)command; commander itself speaks English. */
function configure(cmd: Command, text: CliText): Command {
  cmd
    .helpOption('-h, --help', text.help)
    .helpCommand(false)
    .exitOverride()
    .configureOutput({ writeErr: () => undefined, writeOut: (s) => process.stdout.write(s) })
    .configureHelp({
      styleTitle: (title) => text.helpTitles[title] ?? title,
      formatHelp: (c, helper) =>
        Help.prototype.formatHelp
          .call(helper, c, helper)
          .replace(/\bdefault:(\s)/g, `${text.helpWords.default}:$1`)
          .replace(/\bchoices:(\s)/g, `${text.helpWords.choices}:$1`)
          .replace(/\[options\]/g, `[${text.helpWords.options}]`)
          .replace(/\[command\]/g, `[${text.helpWords.command}]`),
    })
    .showSuggestionAfterError(true);
  return cmd;
}

function handleError(e: unknown, text: CliText, io: Output): number {
  if (e instanceof CommanderError) {
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return EXIT.ok;
    io.err(io.color.red(text.usage(translateCommander(e, text))));
    return EXIT.usage;
  }
  if (e instanceof UsageError) {
    io.err(io.color.red(text.usage(e.message)));
    return EXIT.usage;
  }
  if (e instanceof InputError) {
    io.err(io.color.red(e.message));
    return EXIT.usage;
  }
  const err = e instanceof Error ? e : new Error(String(e));
  io.err(io.color.red(text.internal(err.message)));
  if (process.env.WEERBAAR_DEBUG) io.err(err.stack ?? '');
  return EXIT.internal;
}

function translateCommander(e: CommanderError, text: CliText): string {
  const quoted = /'([^']+)'/.exec(e.message)?.[1] ?? '';
  const c = text.commander;
  switch (e.code) {
    case 'commander.unknownOption':
      return c.unknownOption(quoted) + suggestion(e.message);
    case 'commander.unknownCommand':
      return c.unknownCommand(quoted) + suggestion(e.message);
    case 'commander.missingArgument':
      return c.missingArgument(quoted);
    case 'commander.optionMissingArgument':
      return c.optionMissingArgument(quoted);
    case 'commander.invalidArgument': {
      const m = /option '([^' ]+)[^']*' argument '([^']*)' is invalid\.(?: Allowed choices are (.*)\.)?/.exec(e.message);
      return m ? c.invalidChoice(m[1] ?? '', m[2] ?? '', m[3] ?? '') : c.invalidArgument(e.message.replace(/^error: /, ''));
    }
    case 'commander.missingMandatoryOptionValue':
      return c.requiredOption(/option '([^']*?)(?: <[^>]*>)?' not specified/.exec(e.message)?.[1] ?? quoted);
    case 'commander.excessArguments':
      return c.excessArguments();
    case 'commander.conflictingOption': {
      const names = [...e.message.matchAll(/option '([^' ]+)/g)].map((m) => m[1] ?? '');
      return c.conflictingOption(names.length ? names.join(', ') : e.message.replace(/^error: /, ''));
    }
    default:
      return e.message.replace(/^error: /, '');
  }
}

function suggestion(message: string): string {
  const m = /\(Did you mean ([^?]+)\?\)/.exec(message);
  return m ? ` (${m[1]}?)` : '';
}
