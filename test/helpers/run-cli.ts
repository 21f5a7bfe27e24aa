import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * The norm version the committed fixtures were made with (test/fixtures/*): 0.9.0, kept in
 * norm/archief/ since the built-in norm is 1.0.0. Tests on those files read them with this norm,
 * as a coordinator would with `--norm`; other tests show that the built-in norm reads them through
 * its archive (TEMPLATE_OLDER_VERSION) and carries them into 1.0.0 (`template --from`).
 * Absolute, so that a CLI run in another working folder finds it.
 */
export const FIXTURE_NORM = path.join(REPO_ROOT, 'norm', 'archief', 'noord-hollandse-norm-0.9.0.yaml');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI (bin/weerbaar.js → dist/) with colour off. `npm test` builds dist/ first. */
export function runCli(args: string[], opts: { cwd?: string } = {}): CliRun {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env.FORCE_COLOR; // vitest may set it for its workers; it would win over NO_COLOR
  delete env.COLUMNS; // sets the table width; snapshots must not depend on the shell
  const r = spawnSync(process.execPath, [path.join(REPO_ROOT, 'bin', 'weerbaar.js'), ...args], {
    cwd: opts.cwd ?? REPO_ROOT,
    env,
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
