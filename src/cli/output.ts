import { Chalk, type ChalkInstance } from 'chalk';

export interface Output {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Exactly these characters to stdout or stderr, no newline added (help text, a redrawn bar). */
  rawOut: (text: string) => void;
  rawErr: (text: string) => void;
  color: ChalkInstance;
  /** Whether stderr is a terminal (for a progress bar). */
  interactive: boolean;
  /** Width for tables: the terminal's, else COLUMNS, else 120; between 80 and 200. */
  width: number;
  /** --quiet: only errors (no progress, no summaries, no human tables). */
  quiet: boolean;
}

/** Where the CLI writes: the process's stdout and stderr, or anything that takes text alike. */
export interface Streams {
  stdout: TextStream;
  stderr: TextStream;
}

interface TextStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

/** Colour only on a terminal, never with NO_COLOR set (https://no-color.org), always with FORCE_COLOR. */
export function makeOutput(
  env: NodeJS.ProcessEnv = process.env,
  { stdout, stderr }: Streams = { stdout: process.stdout, stderr: process.stderr },
): Output {
  const force = env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0';
  const useColor = force || (Boolean(stdout.isTTY) && env.NO_COLOR === undefined && env.TERM !== 'dumb');
  return {
    out: (text) => stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    err: (text) => stderr.write(text.endsWith('\n') ? text : `${text}\n`),
    rawOut: (text) => stdout.write(text),
    rawErr: (text) => stderr.write(text),
    color: new Chalk({ level: useColor ? 1 : 0 }),
    interactive: Boolean(stderr.isTTY),
    width: Math.max(80, Math.min(stdout.columns ?? (Number(env.COLUMNS) || 120), 200)),
    quiet: false,
  };
}
