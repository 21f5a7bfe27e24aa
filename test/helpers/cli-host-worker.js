// The worker behind runInHost (cli-host.ts): runs the built CLI (dist/bundle, loaded as
// bin/weerbaar.js loads it) in this thread, once per request, with the output kept, and wakes the
// waiting test thread.
// Plain JavaScript: a worker thread is not transformed by the test runner.
import { createRequire } from 'node:module';
import { workerData } from 'node:worker_threads';

const { port, signal } = workerData;
/** The run in progress: an error nobody catches ends it as it would end a process (exit code 1). */
let current;

const reply = (message) => {
  port.postMessage(message);
  Atomics.store(signal, 0, 1);
  Atomics.notify(signal, 0);
};

process.on('uncaughtException', (e) => {
  if (!current) return;
  current.stderr.push(`Uncaught ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  finish(1);
});
process.on('unhandledRejection', (e) => {
  if (!current) return;
  current.stderr.push(`Unhandled rejection ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  finish(1);
});

function finish(status) {
  if (!current) return;
  const { stdout, stderr } = current;
  current = undefined;
  reply({ status, stdout: stdout.join(''), stderr: stderr.join('') });
}

/** The CLI's exports, or the error that kept the bundle from loading. */
const cli = (() => {
  try {
    return createRequire(import.meta.url)('../../bin/start-cli.js').loadCli();
  } catch (e) {
    return { error: e };
  }
})();

// A worker may not change the working folder; the test thread sets it for the run, and the folder
// is handed over too. It is given as process.cwd() (path.resolve uses it), set again for every run:
// a dependency (graceful-fs, under exceljs) replaces process.cwd with one that remembers the first
// answer, which is right for a process that never changes folder but not for this worker.
const ownCwd = process.cwd.bind(process);

port.on('message', async ({ args, env, cwd }) => {
  const run = { stdout: [], stderr: [] };
  current = run;
  process.cwd = () => cwd ?? ownCwd();
  if (cli.error) {
    run.stderr.push(`dist/bundle/weerbaar.cjs did not load (npm run build): ${cli.error.message}\n`);
    return finish(3);
  }
  try {
    const status = await cli.main(['node', 'weerbaar', ...args], env, {
      stdout: { write: (s) => run.stdout.push(s) },
      stderr: { write: (s) => run.stderr.push(s) },
    });
    if (current === run) finish(status);
  } catch (e) {
    run.stderr.push(`Uncaught ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    if (current === run) finish(1);
  }
});
