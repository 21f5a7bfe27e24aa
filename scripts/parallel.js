// Runs npm scripts side by side and fails if any fails. npm test runs the tests, the type check with
// ESLint (scripts/check.js), Prettier and knip this way: each is mostly one core, the tests use
// every core, and together they keep the machine busy where one after the other left cores idle.
// Only the tests need the build (test:run builds first), so the checks run while it is made. The
// first script's output is shown as it comes (the tests); the others' output is kept and shown
// whole, one script after another, once all are done, so that lines of different scripts never mix.
//   node scripts/parallel.js test:run check lint:format lint:unused
import { spawn } from 'node:child_process';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const [live, ...kept] = process.argv.slice(2);

/** Runs one script; resolves to its exit code and its output (empty for the live one). */
function run(script, showLive) {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(npm, ['run', '--silent', script], {
      stdio: ['ignore', showLive ? 'inherit' : 'pipe', showLive ? 'inherit' : 'pipe'],
    });
    const out = [];
    child.stdout?.on('data', (d) => out.push(d));
    child.stderr?.on('data', (d) => out.push(d));
    child.on('close', (code) => {
      const seconds = ((performance.now() - started) / 1000).toFixed(0);
      resolve({ script, code: code ?? 1, seconds, text: Buffer.concat(out).toString() });
    });
  });
}

const results = await Promise.all([...(live ? [run(live, true)] : []), ...kept.map((s) => run(s, false))]);
for (const { script, code, seconds, text } of results) {
  const head = `> ${script}: ${code === 0 ? 'ok' : `exit ${code}`} (${seconds} s)`;
  process.stdout.write(`${head}\n${text}${text.endsWith('\n') || !text ? '' : '\n'}`);
}
process.exitCode = results.some((r) => r.code !== 0) ? 1 : 0;
