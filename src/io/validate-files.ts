import os from 'node:os';
import { runInNewContext } from 'node:vm';
import type { Worker } from 'node:worker_threads';
import { makeFinding } from '../findings/make-finding.js';
import type { ValidationContext } from '../validate/validate-workbook.js';
import { readZipDirectory } from '../workbook/zip-directory.js';
import { feedbackFailed, type FeedbackOptions } from './add-feedback.js';
import type { FileOutcome } from './file-outcome.js';
import { fromWire, type WireOutcome } from './outcome-wire.js';
import { inputName, readAndValidateWithFeedback, readInput, validateReadSync, type FileInput } from './read-and-validate.js';

export interface PoolOptions {
  /** Worker threads; 0 validates in this thread (no isolation). Default: the number of cores. */
  jobs?: number;
  /** Time limit per file. */
  timeoutMs?: number;
  /** Heap limit per worker. */
  memoryMb?: number;
  onProgress?: (done: number, total: number, file: string) => void;
  /** Make a feedback copy of each file with findings (validate --feedback), in the same worker and limits. */
  feedback?: FeedbackOptions;
}

const DEFAULT_TIMEOUT_MS = 60_000;
export const DEFAULT_MEMORY_MB = 768;

/**
 * The most a lone file's zip directory may declare, all parts' uncompressed sizes together, for it
 * to be validated in the calling thread instead of a worker. A return made from the template
 * declares about 360 KB. Every part is inflated to at most its declared size (a part that inflates
 * to more is refused before the rest is produced), and what the reader and the checks build is
 * proportional to the text they read, so such a file cannot take more than some tens of
 * megabytes, far below a worker's heap limit (test/validate/in-thread.test.ts measures the worst
 * shapes we know). Its time is bounded by the time limit, which stops the validation wherever it is.
 */
export const IN_THREAD_MAX_BYTES = 2 * 1024 * 1024;

/** Whether a file's zip directory is readable and declares at most IN_THREAD_MAX_BYTES in all. */
export function fitsInThread(bytes: Uint8Array): boolean {
  const dir = readZipDirectory(bytes);
  let declared = 0;
  for (const entry of dir.ok ? dir.entries : []) declared += entry.uncompressedSize;
  return dir.ok && declared <= IN_THREAD_MAX_BYTES;
}

/** A timeout the vm module accepts: a whole number of milliseconds, at least 1, within 32 bits. */
const vmTimeout = (ms: number) => Math.min(Math.max(1, Math.ceil(ms)), 0xffff_ffff);

/**
 * Runs fn under a time limit that stops it wherever it is (a single slow step included), as
 * terminating a worker would: undefined when the limit was reached.
 */
function withinTime<T>(fn: () => T, timeoutMs: number): { value: T } | undefined {
  try {
    return { value: runInNewContext('run()', { run: fn }, { timeout: vmTimeout(timeoutMs) }) as T };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') return undefined;
    throw e;
  }
}

/**
 * One file, validated in this thread when its size is bounded (see IN_THREAD_MAX_BYTES): starting
 * a worker costs about as much CPU as the rest of a `weerbaar validate` of one file. Gives the
 * outcome a worker would give, or undefined when the file must go to a worker after all.
 */
function validateInThread(input: FileInput, ctx: ValidationContext, timeoutMs: number): FileOutcome | undefined {
  const read = readInput(input, ctx);
  if (!read.bytes) return read.outcome;
  if (!fitsInThread(read.bytes)) return undefined;
  const done = withinTime(() => validateReadSync(input, read, ctx), timeoutMs);
  return done?.value ?? { file: inputName(input), findings: [makeFinding('FILE_TIMEOUT', { seconds: timeoutMs / 1000 })] };
}

/**
 * Validates files in parallel on worker threads, each under a heap and a time limit. A file that
 * crashes, hangs or exhausts its worker becomes a finding; the worker is replaced and the batch
 * goes on. Outcomes come back in the order of `files`. A file is a path (the CLI) or bytes in
 * memory with a name (a server or a browser that received them): see FileInput. Each worker asks
 * for the next file as soon as it has sent a result, so no worker waits while files remain.
 *
 * A worker that finished its last file without trouble is kept, idle, for the next call in this
 * process (see releaseWorkers): starting one costs about ten times the CPU of validating a typical
 * return, which a process that validates again and again (a server, the tests) need not pay each
 * time. An idle worker never keeps the process alive; a worker that timed out, crashed or ran out
 * of memory is never reused.
 */
export async function validateFiles(
  files: readonly FileInput[],
  ctx: ValidationContext,
  opts: PoolOptions = {},
): Promise<FileOutcome[]> {
  const jobs = Math.min(opts.jobs ?? os.availableParallelism(), files.length);
  const outcomes: FileOutcome[] = new Array<FileOutcome>(files.length);
  let done = 0;
  const finish = (index: number, outcome: FileOutcome) => {
    outcomes[index] = outcome;
    opts.onProgress?.(++done, files.length, outcome.file);
  };
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  // A lone file that no one asked workers for, read with the default reader and without a
  // feedback copy (whose making can take more memory), is validated here when its size allows.
  const [only] = files;
  if (only !== undefined && files.length === 1 && opts.jobs === undefined && !opts.feedback && ctx.reader !== 'exceljs') {
    const outcome = validateInThread(only, ctx, timeoutMs);
    if (outcome) {
      finish(0, outcome);
      return outcomes;
    }
  }
  if (jobs <= 0) {
    // No worker to stop: the validation checks the time limit itself (see validateWorkbook).
    const inThread = { ...ctx, timeoutMs };
    for (const [i, file] of files.entries()) finish(i, await readAndValidateWithFeedback(file, inThread, opts.feedback));
    return outcomes;
  }

  const memoryMb = opts.memoryMb ?? DEFAULT_MEMORY_MB;
  // Loaded only here: a lone file validated in this thread needs no worker.
  const { Worker: WorkerThread } = await import('node:worker_threads');
  let next = 0;
  await new Promise<void>((resolve) => {
    let running = 0;
    const startWorker = () => {
      if (next >= files.length) {
        if (running === 0) resolve();
        return;
      }
      running++;
      const worker = takeWorker(memoryMb, WorkerThread);
      // The context of this call, before its first file (a worker kept from an earlier call has another).
      worker.postMessage({ ctx });
      // validated: the findings, once known, while the worker still makes the feedback copy.
      let current: { index: number; timer: NodeJS.Timeout; validated?: FileOutcome } | undefined;
      let ended = false;
      const end = () => {
        if (ended) return;
        ended = true;
        if (current) clearTimeout(current.timer);
        running--;
        startWorker();
      };
      const settle = (outcome: (file: string) => FileOutcome) => {
        if (!current) return;
        const { index, timer } = current;
        clearTimeout(timer);
        current = undefined;
        const input = files[index];
        finish(index, outcome(input === undefined ? '' : inputName(input)));
      };
      const fail = (outcome: (file: string) => FileOutcome, reason: 'timeout' | 'memory' | 'crash' = 'crash') => {
        const validated = current?.validated;
        // A worker lost while making the feedback copy: the findings stand, the copy is missing.
        settle(validated ? () => ({ ...validated, findings: [...validated.findings, feedbackFailed(reason)] }) : outcome);
      };
      const feed = () => {
        if (next >= files.length) {
          worker.off('message', onMessage).off('error', onError).off('exit', onExit);
          keepWorker(worker, memoryMb);
          end();
          return;
        }
        const index = next++;
        const timer = setTimeout(() => {
          fail((file) => ({ file, findings: [makeFinding('FILE_TIMEOUT', { seconds: timeoutMs / 1000 })] }), 'timeout');
          void worker.terminate();
        }, timeoutMs);
        current = { index, timer };
        worker.postMessage({ id: index, input: files[index], feedback: opts.feedback });
      };
      const onMessage = (msg: { id: number; validated?: FileOutcome; crash?: string } & Partial<WireOutcome>) => {
        if (!current || msg.id !== current.index) return;
        if (msg.validated) {
          current.validated = msg.validated;
          return;
        }
        const outcome = msg.json !== undefined || msg.outcome ? fromWire(msg as WireOutcome) : undefined;
        const crash = msg.crash ?? '';
        if (outcome) settle(() => outcome);
        else fail((file) => ({ file, findings: [makeFinding('FILE_PARSE_FAILED', { detail: crash })] }));
        feed();
      };
      const onError = (err: Error & { code?: string }) => {
        const memory = err.code === 'ERR_WORKER_OUT_OF_MEMORY';
        fail(
          (file) => ({
            file,
            findings: [
              memory
                ? makeFinding('FILE_MEMORY', { limit: memoryMb })
                : makeFinding('FILE_PARSE_FAILED', { detail: err.message.slice(0, 200) }),
            ],
          }),
          memory ? 'memory' : 'crash',
        );
      };
      const onExit = () => {
        fail((file) => ({ file, findings: [makeFinding('FILE_PARSE_FAILED', { detail: 'worker stopped' })] }));
        end();
      };
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
      feed();
    };
    for (let i = 0; i < jobs; i++) startWorker();
  });
  return outcomes;
}

/** Workers that finished a call without trouble, waiting for the next; at most one per core. */
const idle: Array<{ worker: Worker; memoryMb: number; onExit: () => void }> = [];

function takeWorker(memoryMb: number, WorkerThread: typeof Worker): Worker {
  const i = idle.findIndex((w) => w.memoryMb === memoryMb);
  const kept = i >= 0 ? idle.splice(i, 1)[0] : undefined;
  if (kept) {
    kept.worker.off('exit', kept.onExit).ref();
    return kept.worker;
  }
  return new WorkerThread(new URL('./validate-worker.js', import.meta.url), {
    resourceLimits: { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: 64 },
    stdout: true,
    stderr: true,
  });
}

function keepWorker(worker: Worker, memoryMb: number): void {
  if (idle.length >= os.availableParallelism()) {
    void worker.terminate();
    return;
  }
  const entry = {
    worker,
    memoryMb,
    onExit: () => {
      const i = idle.indexOf(entry);
      if (i >= 0) idle.splice(i, 1);
    },
  };
  worker.on('exit', entry.onExit).unref();
  idle.push(entry);
}

/**
 * Stops the idle workers that validateFiles keeps for its next call, and gives back their memory:
 * for a caller that has validated what it needs and now needs the memory itself (`report`, before
 * it writes its outputs). Workers still busy in a call are not touched.
 */
export async function releaseWorkers(): Promise<void> {
  const stopping = idle.splice(0).map(({ worker, onExit }) => {
    worker.off('exit', onExit);
    return worker.terminate();
  });
  await Promise.all(stopping);
}
