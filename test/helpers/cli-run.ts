import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runInHost } from './cli-host.js';
import { FIXTURE_NORM, REPO_ROOT, SPAWN, type CliRun } from './run-cli.js';

export interface CliOptions {
  cwd?: string;
  /** Extra environment (NO_COLOR=1 is always set, FORCE_COLOR and COLUMNS removed unless given). */
  env?: NodeJS.ProcessEnv;
  /** Run as another user (only when the tests run as root), e.g. to make chmod 000 bite. */
  uid?: number;
  gid?: number;
}

/**
 * Like runCli, with extra environment or another user. Runs in this test process (cli-host.ts)
 * unless it must run as another user or WEERBAAR_TEST_SPAWN=1; then as `node bin/weerbaar.js`.
 */
export function runCliWith(args: string[], opts: CliOptions = {}): CliRun {
  // COLUMNS sets the table width: only from the test itself, so snapshots do not depend on the shell.
  const env: NodeJS.ProcessEnv = { ...process.env, COLUMNS: undefined, ...opts.env, NO_COLOR: '1' };
  delete env.FORCE_COLOR;
  if (env.COLUMNS === undefined) delete env.COLUMNS;
  if (!SPAWN && opts.uid === undefined && opts.gid === undefined) return runInHost(args, env, opts.cwd ?? REPO_ROOT);
  const r = spawnSync(process.execPath, [path.join(REPO_ROOT, 'bin', 'weerbaar.js'), ...args], {
    cwd: opts.cwd ?? REPO_ROOT,
    env,
    encoding: 'utf8',
    timeout: 60_000,
    ...(opts.uid !== undefined ? { uid: opts.uid } : {}),
    ...(opts.gid !== undefined ? { gid: opts.gid } : {}),
  });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const made: string[] = [];

/** A fresh temporary folder that other users may enter (mkdtemp makes it 0700). Remove with removeTempDirs. */
export function tempDir(prefix = 'weerbaar-test-'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  chmodSync(dir, 0o755);
  made.push(dir);
  return dir;
}

/** Removes every folder made by tempDir in this test file (call in afterAll). */
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** The uid of 'nobody', to run the CLI unprivileged when the tests run as root. */
export const NOBODY = 65534;
export const isRoot = (): boolean => typeof process.getuid === 'function' && process.getuid() === 0;

/** attw-style record of a CLI run: the command, its output, and the exit code. */
export function transcript(command: string, run: CliRun): string {
  return `$ ${command}\n${run.stdout.trimEnd()}\n\nExit code: ${run.status ?? 'none'}\n`;
}

/** Commands that take --norm. */
const NORM_COMMANDS = new Set(['validate', 'score', 'report', 'intake', 'merge', 'template', 'sample']);

/**
 * The arguments with `--norm FIXTURE_NORM` after the command, for runs over the committed
 * fixtures (norm 0.9.0). Arguments that name a norm themselves are left as they are.
 */
function withFixtureNorm(args: string[]): string[] {
  if (args.includes('--norm')) return args;
  const at = args.findIndex((a) => NORM_COMMANDS.has(a));
  return at < 0 ? args : [...args.slice(0, at + 1), '--norm', FIXTURE_NORM, ...args.slice(at + 1)];
}

/** runCliWith over the committed fixtures: the commands that take a norm read them with FIXTURE_NORM. */
export const runCliOnFixtures = (args: string[], opts: CliOptions = {}): CliRun => runCliWith(withFixtureNorm(args), opts);
