import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { CliRun } from './run-cli.js';

/**
 * Runs the built CLI (dist/bundle, the code bin/weerbaar.js runs) in a worker thread of this test
 * process instead of a new process per run: the same main(), arguments, environment and working
 * folder, with stdout and stderr kept, but without starting Node and loading the modules each
 * time, which was most of the test suite's time. The call blocks until the run is done, as a
 * spawned process did. Runs that need a process of their own (another user) still spawn one.
 *
 * The working folder is the process's own: it is set here for the run (the worker shares it) and
 * set back after; this needs the test runner's `forks` pool, where a test file has its own process.
 */
let host: { port: MessagePort; signal: Int32Array } | undefined;

const WAIT_MS = 180_000;

function start(): { port: MessagePort; signal: Int32Array } {
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(new URL('./cli-host-worker.js', import.meta.url), {
    workerData: { port: port2, signal },
    transferList: [port2],
  });
  worker.unref();
  return { port: port1, signal };
}

export function runInHost(args: string[], env: NodeJS.ProcessEnv, cwd: string): CliRun {
  host ??= start();
  const previous = process.cwd();
  process.chdir(cwd);
  try {
    Atomics.store(host.signal, 0, 0);
    host.port.postMessage({ args, env, cwd });
    if (Atomics.wait(host.signal, 0, 0, WAIT_MS) === 'timed-out')
      throw new Error(`weerbaar ${args.join(' ')}: no answer in ${WAIT_MS / 1000} s`);
    const reply = receiveMessageOnPort(host.port)?.message as CliRun | undefined;
    if (!reply) throw new Error(`weerbaar ${args.join(' ')}: no reply`);
    return reply;
  } finally {
    process.chdir(previous);
  }
}
