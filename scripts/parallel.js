// Runs npm scripts side by side and fails if any fails (npm test runs typecheck and lint this way:
// each is mostly one core, and the machine has more than one). Output is shown per script, whole,
// once it is done, so that the lines of two scripts do not mix.
//   node scripts/parallel.js typecheck lint
import { spawn } from 'node:child_process';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const runs = process.argv.slice(2).map(
  (script) =>
    new Promise((resolve) => {
      const child = spawn(npm, ['run', script], { stdio: ['ignore', 'pipe', 'pipe'] });
      const out = [];
      child.stdout.on('data', (d) => out.push(d));
      child.stderr.on('data', (d) => out.push(d));
      child.on('close', (code) => {
        const text = Buffer.concat(out).toString();
        process.stdout.write(
          `> ${script}${code === 0 ? '' : ` (exit ${code})`}\n${text}${text.endsWith('\n') || !text ? '' : '\n'}`,
        );
        resolve(code ?? 1);
      });
    }),
);
const codes = await Promise.all(runs);
process.exitCode = codes.some((c) => c !== 0) ? 1 : 0;
