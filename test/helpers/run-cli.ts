import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runInHost } from './cli-host.js';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * The norm version the committed fixtures were made with (test/fixtures/*): 0.9.0, kept in
 * norm/archief/ since the built-in norm is 1.0.0. Tests on those files read them with this norm,
 * as a coordinator would with `--norm`; other tests show that the built-in norm reads them through
 * its archive (TEMPLATE_OLDER_VERSION) and carries them into 1.0.0 (`template --from`).
 * Absolute, so that a CLI run in another working folder finds it.
 */
export const FIXTURE_NORM = path.join(REPO_ROOT, 'norm', 'archief', 'noord-hollandse-norm-0.9.0.yaml');

/** WEERBAAR_TEST_SPAWN=1: every CLI run in the tests is a process of its own, as before. */
export const SPAWN = process.env.WEERBAAR_TEST_SPAWN === '1';

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the built CLI (dist/, which `npm test` builds first) with colour off: in this test process
 * (see cli-host.ts), or as `node bin/weerbaar.js` in a process of its own when WEERBAAR_TEST_SPAWN=1,
 * which runs the whole suite against the real binary.
 */
export function runCli(args: string[], opts: { cwd?: string } = {}): CliRun {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env.FORCE_COLOR; // vitest may set it for its workers; it would win over NO_COLOR
  delete env.COLUMNS; // sets the table width; snapshots must not depend on the shell
  if (!SPAWN) return runInHost(args, env, opts.cwd ?? REPO_ROOT);
  const r = spawnSync(process.execPath, [path.join(REPO_ROOT, 'bin', 'weerbaar.js'), ...args], {
    cwd: opts.cwd ?? REPO_ROOT,
    env,
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
