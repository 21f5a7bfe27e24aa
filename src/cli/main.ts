import { Argument, Command, CommanderError, Help, Option } from 'commander';
import type { Lang } from '../base/lang.js';
import { CLI_TEXT, type CliText } from '../i18n/cli-text.js';
import { CARRY_TEXT } from '../i18n/carry-text.js';
import { toolVersion } from '../io/tool-version.js';
import { EXIT, InputError, UsageError } from './cli-errors.js';
import type { CommandContext } from './command-context.js';
export type { CommandContext } from './command-context.js';
import { makeOutput, type Output, type Streams } from './output.js';
import { VALIDATE_FORMATS } from '../render/validate/formats.js';
import { SCORE_FORMATS } from '../render/score/formats.js';
import { INTAKE_FORMATS } from '../render/intake/formats.js';
import { readConfig, type ConfigValues } from './config-file.js';
import { MERGE_FORMATS } from '../render/merge/formats.js';
import { MERGE_TEXT } from '../i18n/merge-text.js';
import { intOption, sharedOptions } from './shared-options.js';

/** The language before commander parses: --lang on the command line, then WEERBAAR_LANG. */
export function detectLang(argv: readonly string[], env: NodeJS.ProcessEnv): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    const v = a.startsWith('--lang=') ? a.slice(7) : a === '--lang' ? argv[i + 1] : undefined;
    if (v === 'nl' || v === 'en') return v;
  }
  return env.WEERBAAR_LANG === 'en' ? 'en' : 'nl';
}

/** Options that may also come before the subcommand (`weerbaar --lang en validate …`) or from the config file. */
const SHARED = ['lang', 'norm', 'registry', 'riec', 'minGroup', 'salt', 'quiet', 'outputFile'] as const;

/**
 * Runs the CLI and returns the exit code: 0 fine, 1 a file did not pass, 2 usage or I/O error,
 * 3 internal error. Heavy modules are imported only by the command that needs them. `streams`
 * (default: the process's stdout and stderr) lets a host run it in its own process and keep the
 * output, as the tests do.
 */
export async function main(argv: string[], env: NodeJS.ProcessEnv = process.env, streams?: Streams): Promise<number> {
  const lang = detectLang(argv.slice(2), env);
  const text = CLI_TEXT[lang];
  const io = makeOutput(env, streams);
  let code: number = EXIT.ok;
  let config: ConfigValues = {};
  /** The (sub)command being run, so that an error points at its own help. */
  let active: Command | null = null;
  const ctx = (opts: { lang?: Lang; quiet?: boolean }): CommandContext => {
    const l = opts.lang ?? lang;
    io.quiet = opts.quiet === true;
    return { lang: l, text: CLI_TEXT[l], io };
  };
  const run = (fn: () => Promise<number>) => async () => {
    code = await fn();
  };

  const ph = text.valueNames;
  const o = sharedOptions(text, lang);
  const program = new Command('weerbaar');
  configure(program, text, io);
  program
    .description(text.program)
    .version(toolVersion(), '-V, --version', text.version)
    .enablePositionalOptions()
    .helpCommand(`help [${ph.command}]`, text.helpCommand)
    .addOption(o.langChoice())
    .addOption(o.norm())
    .addOption(o.registry())
    .option(`--config <${ph.file}>`, text.optConfig)
    .addOption(o.quiet())
    .hook('preAction', async (_program, cmd) => {
      active = cmd;
      config = await readConfig(program.opts<{ config?: string }>().config, process.cwd(), env, text, lang);
    });

  /**
   * A subcommand's options, completed from the options before the subcommand and the config file:
   * what is typed after the subcommand wins, then what is typed before it, then the file.
   */
  const merged = <T>(cmd: Command): T => {
    const own = cmd.opts<Record<string, unknown>>();
    const global = program.opts<Record<string, unknown>>();
    const out: Record<string, unknown> = { ...own };
    const has = (key: string) => cmd.options.some((o) => o.attributeName() === key);
    for (const key of SHARED) {
      if (!has(key) || cmd.getOptionValueSource(key) === 'cli') continue;
      if (global[key] !== undefined) out[key] = global[key];
      else if (key in config) out[key] = config[key as keyof ConfigValues];
    }
    return out as T;
  };
  const action =
    <T extends { lang?: Lang; quiet?: boolean }>(load: () => Promise<(opts: T, c: CommandContext) => Promise<number>>) =>
    async (...args: unknown[]) => {
      const cmd = args[args.length - 1] as Command;
      const opts = merged<T>(cmd);
      const fn = await load();
      await run(() => fn(opts, ctx(opts)))();
    };
  const withPaths =
    <T extends { lang?: Lang; quiet?: boolean }>(
      load: () => Promise<(paths: string[], opts: T, c: CommandContext) => Promise<number>>,
    ) =>
    async (paths: string[], _opts: unknown, cmd: Command) => {
      const opts = merged<T>(cmd);
      const fn = await load();
      await run(() => fn(paths, opts, ctx(opts)))();
    };

  const norm = configure(program.command('norm'), text, io).description(text.normCmd);
  // `weerbaar norm` alone shows its help; `weerbaar norm chek` is an unknown subcommand.
  norm.allowExcessArguments(true).action((_opts: unknown, cmd: Command) => {
    const [first] = cmd.args;
    if (first !== undefined) throw new UsageError(text.commander.unknownCommand(first));
    norm.outputHelp();
  });
  configure(norm.command('check'), text, io)
    .description(text.normCheck)
    .argument(`[${ph.file}]`, text.normCheckArg)
    .addOption(o.registry())
    .addOption(o.lang())
    .addOption(o.quiet())
    .action(async (file: string | undefined, _opts, cmd: Command) => {
      const opts = merged<{ registry?: string; lang: Lang; quiet?: boolean }>(cmd);
      await run(async () => (await import('./commands/norm-check.js')).normCheckCommand(file, opts, ctx(opts)))();
    });

  configure(program.command('template'), text, io)
    .description(text.template)
    .addOption(o.norm())
    .addOption(o.registry())
    .option(`-o, --output <${ph.file}>`, text.templateOut)
    .addOption(o.lang())
    .addOption(o.force(text.optForce))
    .option(`--from <${ph.paths}>`, CARRY_TEXT[lang].optFrom)
    .addOption(o.meetmoment(CARRY_TEXT[lang].optMeetmoment))
    .addOption(o.format(['table', 'json']))
    .addOption(o.quiet())
    .action(action(async () => (await import('./commands/template.js')).templateCommand));

  configure(program.command('validate'), text, io)
    .description(text.validate)
    .argument(`<${ph.paths}>`, text.argPaths)
    .addOption(o.norm())
    .addOption(o.registry())
    .addOption(o.format(VALIDATE_FORMATS))
    .addOption(o.outputFile())
    .addOption(o.quiet())
    .option('--strict', text.optStrict, false)
    .addOption(o.lang())
    .option(`--feedback <${ph.folder}>`, text.optFeedback)
    .addOption(o.jobs())
    .addOption(o.timeout())
    .action(withPaths(async () => (await import('./commands/validate.js')).validateCommand));

  configure(program.command('score'), text, io)
    .description(text.score)
    .argument(`<${ph.paths}>`, text.argPaths)
    .addOption(o.norm())
    .addOption(o.registry())
    .addOption(o.format(SCORE_FORMATS))
    .addOption(o.outputFile())
    .addOption(o.quiet())
    .addOption(new Option(`--threshold <${ph.thresholds}>`, text.optThreshold).conflicts('thresholds'))
    .option(`--thresholds <${ph.file}>`, text.optThresholds)
    .addOption(o.force(text.optScoreForce))
    .addOption(o.lang())
    .addOption(o.jobs())
    .addOption(o.timeout())
    .action(withPaths(async () => (await import('./commands/score.js')).scoreCommand));

  configure(program.command('report'), text, io)
    .description(text.report)
    .argument(`<${ph.paths}>`, text.argPaths)
    .requiredOption(`-o, --output <${ph.folder}>`, text.optReportOut)
    .addOption(o.norm())
    .addOption(o.registry())
    .addOption(o.riec())
    .addOption(o.meetmoment())
    .option(`--previous <${ph.file}>`, text.optPrevious, (v: string, all: string[] = []) => [...all, v])
    .option(`--organisatie <${ph.name}>`, text.optOrganisatie)
    .addOption(new Option('--anonymise', text.optAnonymise).default(false).conflicts('aggregateOnly'))
    .option(`--salt <${ph.secret}>`, text.optSalt)
    .option('--aggregate-only', text.optAggregateOnly, false)
    .option('--min-group <n>', text.optMinGroup, intOption('--min-group', text), 5)
    .addOption(o.csvDialect())
    .option('--fail-on-rejected', text.optFailOnRejected, false)
    .addOption(o.force(text.optReportForce))
    .addOption(o.quiet())
    .addOption(o.lang())
    .addOption(o.jobs())
    .addOption(o.timeout())
    .action(withPaths(async () => (await import('./commands/report.js')).reportCommand));

  configure(program.command('intake'), text, io)
    .description(text.intake)
    .argument(`<${ph.paths}>`, text.argPaths)
    .option(`-o, --output <${ph.folder}>`, text.optIntakeOut, '.')
    .addOption(o.norm())
    .addOption(o.registry())
    .addOption(o.riec())
    .addOption(o.meetmoment())
    .addOption(o.format(INTAKE_FORMATS))
    .addOption(o.outputFile())
    .addOption(o.csvDialect())
    .addOption(o.quiet())
    .addOption(o.lang())
    .addOption(o.jobs())
    .addOption(o.timeout())
    .action(withPaths(async () => (await import('./commands/intake.js')).intakeCommand));

  const mt = MERGE_TEXT[lang];
  configure(program.command('merge'), text, io)
    .description(mt.command)
    .argument(`<${ph.file}...>`, mt.argFiles)
    .requiredOption(`-o, --output <${ph.file}>`, mt.optOutput)
    .option(`--voorkeur <${ph.file}>`, mt.optVoorkeur)
    .addOption(o.force(mt.optForce))
    .addOption(o.format(MERGE_FORMATS))
    .addOption(o.norm())
    .addOption(o.registry())
    .addOption(o.lang())
    .action(withPaths(async () => (await import('./commands/merge.js')).mergeCommand));

  configure(program.command('sample'), text, io)
    .description(text.sample)
    .requiredOption(`-o, --output <${ph.folder}>`, text.optSampleOut)
    .option('--count <n>', text.optCount, intOption('--count', text), 12)
    .option('--seed <n>', text.optSeed, intOption('--seed', text), 2026)
    .addOption(o.meetmoment())
    .addOption(o.norm())
    .addOption(o.registry())
    .addOption(o.lang())
    .addOption(o.quiet())
    .action(action(async () => (await import('./commands/sample.js')).sampleCommand));

  configure(program.command('completion'), text, io)
    .description(text.completion)
    .addArgument(new Argument(`<${ph.shell}>`).choices(['bash', 'zsh']))
    .action(async (shell: 'bash' | 'zsh') => {
      const { completionScript } = await import('./completion.js');
      io.out(completionScript(program, shell));
    });

  try {
    await program.parseAsync(argv);
    return code;
  } catch (e) {
    return handleError(
      e,
      text,
      io,
      env,
      commandPath(e instanceof CommanderError ? ((e as TaggedError).command ?? program) : (active ?? program)),
    );
  }
}

/** Dutch help and errors for one (sub)command; commander itself speaks English. */
function configure(cmd: Command, text: CliText, io: Output): Command {
  cmd
    .helpOption('-h, --help', text.help)
    .helpCommand(false)
    .exitOverride((e) => {
      // Remember which (sub)command failed, so that the message points at its own help.
      throw Object.assign(e, { command: cmd });
    })
    // Help goes to stdout, also when shown because a subcommand is missing; commander's own
    // (English) error lines are replaced by ours in handleError.
    .configureOutput({ writeErr: (s) => io.rawOut(s), writeOut: (s) => io.rawOut(s), outputError: () => undefined })
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

type TaggedError = CommanderError & { command?: Command };

/** 'weerbaar validate', 'weerbaar norm check': the command whose help an error points at. */
function commandPath(cmd: Command): string {
  const names: string[] = [];
  for (let c: Command | null = cmd; c; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

function handleError(e: unknown, text: CliText, io: Output, env: NodeJS.ProcessEnv, command: string): number {
  if (e instanceof CommanderError) {
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return EXIT.ok;
    io.err(io.color.red(text.usage(translateCommander(e, text), command)));
    return EXIT.usage;
  }
  if (e instanceof UsageError) {
    io.err(io.color.red(text.usage(e.message, command)));
    return EXIT.usage;
  }
  if (e instanceof InputError) {
    io.err(io.color.red(e.message));
    return EXIT.usage;
  }
  const err = e instanceof Error ? e : new Error(String(e));
  io.err(io.color.red(text.internal(err.message)));
  if (env.WEERBAAR_DEBUG) io.err(err.stack ?? '');
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
      if (m) return c.invalidChoice(m[1] ?? '', m[2] ?? '', m[3] ?? '');
      const a = /command-argument value '([^']*)' is invalid for argument '([^']*)'\.(?: Allowed choices are (.*)\.)?/.exec(
        e.message,
      );
      return a ? c.invalidChoice(a[2] ?? '', a[1] ?? '', a[3] ?? '') : c.invalidArgument(e.message.replace(/^error: /, ''));
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
