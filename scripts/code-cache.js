// Makes the V8 code cache of the CLI bundle (npm run build:js runs it last), which
// bin/start-cli.js uses on this V8 and architecture. scripts/code-cache-child.cjs compiles
// dist/bundle/weerbaar.cjs, runs the commands whose start-up counts most (help, template, and
// validate of one return) so that the functions they need are compiled, and writes what V8
// compiled. The return is made by `weerbaar sample` beforehand, in a process of its own, so that
// the cache does not carry the sample's code, which every start would then have to load. The
// cache holds compiled code only: no file, answer or path of the runs.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bundle = path.join(root, 'dist', 'bundle');
for (const name of readdirSync(bundle)) if (name.endsWith('.cache')) rmSync(path.join(bundle, name));

const work = mkdtempSync(path.join(os.tmpdir(), 'weerbaar-code-cache-'));
const template = path.join(work, 'template.xlsx');
const returns = path.join(work, 'returns');
/** Runs a Node script in the work folder; the error output when it fails. */
const failure = (script, args) => {
  const r = spawnSync(process.execPath, [path.join(root, script), ...args], { cwd: work, encoding: 'utf8' });
  return r.status === 0 ? undefined : r.stderr;
};
const runs = [['--help'], ['template', '-o', template, '--force'], ['validate', returns]];
const failed =
  failure('bin/weerbaar.js', ['sample', '-o', returns, '--count', '1', '--quiet']) ??
  failure('scripts/code-cache-child.cjs', [JSON.stringify(runs)]);
rmSync(work, { recursive: true, force: true });
if (failed !== undefined) {
  console.error(`De code-cache van dist/bundle/weerbaar.cjs is niet gemaakt:\n${failed}`);
  process.exit(1);
}
