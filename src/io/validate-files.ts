import os from 'node:os';
import { createContext, Script, type Context } from 'node:vm';
import type { Worker } from 'node:worker_threads';
import type { Finding } from '../findings/finding.js';
import { makeFinding } from '../findings/make-finding.js';
import type { ValidationContext } from '../validate/validate-workbook.js';
import { readZipDirectory } from '../workbook/zip-directory.js';
import { feedbackFailed, type FeedbackOptions } from './add-feedback.js';
import type { FileOutcome } from './file-outcome.js';
import { fromWire, toWire, type WireOutcome } from './outcome-wire.js';
import { inputName, readAndValidateWithFeedback, readInput, validateReadSync, type FileInput } from './read-and-validate.js';

export interface PoolOptions {
  /**
   * At most this many files at a time (default: one less than the cores, at least 1; see
   * defaultJobs). This thread is one of them, for every file it may read (see validateFiles).
   * 0: this thread reads every file, without a worker, and so without a heap limit.
   */
  jobs?: number;
  /** Every file in a worker thread, under its heap limit; none in this thread. */
  isolate?: boolean;
  /** Time limit per file. */
  timeoutMs?: number;
  /** Heap limit per worker. */
  memoryMb?: number;
  onProgress?: (done: number, total: number, file: string) => void;
  /** Make a feedback copy of each file with findings (validate --feedback), in the same worker and limits. */
  feedback?: FeedbackOptions;
}

/**
 * Files at a time when no one says: one less than the cores, at least one. V8 compiles hot code
 * and collects garbage on threads of its own, beside the ones that run JavaScript; a batch that
 * keeps every core busy leaves them nothing. On 2 cores, `report` over 1000 returns took 1.65 s
 * with one thread reading and 1.94 s with two (docs/performance.md).
 */
function defaultJobs(): number {
  return Math.max(1, os.availableParallelism() - 1);
}

/**
 * A worker beside this thread is started for every so many files of a batch, up to jobs − 1. A
 * worker compiles the validation for itself, as this thread did, and reads its first returns
 * slowly while it does: its start costs about as much CPU as reading 200 returns once warm
 * (docs/performance.md).
 */
const FILES_PER_WORKER = 200;

const DEFAULT_TIMEOUT_MS = 60_000;
export const DEFAULT_MEMORY_MB = 768;

/**
 * The most a file's zip directory may declare, all parts' uncompressed sizes together, for it to
 * be validated in the calling thread instead of a worker. A return made from the template
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
 * The context in which this thread runs validations under a time limit: made once (making a
 * context costs about half a millisecond, five times what running in it under a limit costs).
 */
let limited: { context: Context; script: Script } | undefined;

/**
 * Runs fn under a time limit that stops it wherever it is (a single slow step included), as
 * terminating a worker would: false when the limit was reached. Each call starts a watchdog
 * thread, so this thread reads files in slices, a slice under one call (see validateFiles).
 */
function withinTime(fn: () => void, timeoutMs: number): boolean {
  limited ??= { context: createContext({ run: undefined }), script: new Script('run()') };
  const { context, script } = limited;
  context.run = fn;
  try {
    script.runInContext(context, { timeout: vmTimeout(timeoutMs) });
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') return false;
    throw e;
  } finally {
    context.run = undefined;
  }
}

/** The outcome of a file that ends in this one finding (a time limit, a lost worker). */
const endedWith =
  (finding: Finding) =>
  (file: string): FileOutcome => ({ file, findings: [finding] });

/**
 * One file, read and validated in this thread when its size is bounded (see IN_THREAD_MAX_BYTES):
 * the outcome a worker would give, or undefined when the file must go to a worker. ctx carries the
 * time limit, which the validation checks between its steps; a caller runs this under withinTime
 * too, for a single step that is slow by itself. Never throws.
 */
function validateHere(input: FileInput, ctx: ValidationContext): FileOutcome | undefined {
  try {
    const read = readInput(input, ctx);
    if (!read.bytes) return read.outcome;
    if (!fitsInThread(read.bytes)) return undefined;
    // Through the wire format, as from a worker: the same values, but no string of the outcome is
    // a slice of the file's texts that keeps them alive (about 40 MB at national scale).
    return fromWire(toWire(validateReadSync(input, read, ctx)));
  } catch (e) {
    // What a worker reports for a validation that threw.
    const detail = e instanceof Error ? e.message.slice(0, 200) : String(e);
    return endedWith(makeFinding('FILE_PARSE_FAILED', { detail }))(inputName(input));
  }
}

/** How long this thread reads files under one time limit (see validateFiles), at most. */
const SLICE_MS = { alone: 100, withWorkers: 10 };
/** Files a worker holds while this thread reads: more than it reads in SLICE_MS.withWorkers. */
const WORKER_DEPTH = 8;

/**
 * Validates files, `jobs` at a time, each under a time limit. Outcomes come back in the order of
 * `files`. A file is a path (the CLI) or bytes in memory with a name (a server or a browser that
 * received them): see FileInput.
 *
 * This thread reads every file whose size is bounded (see IN_THREAD_MAX_BYTES), with the default
 * reader and without a feedback copy (whose making can take more memory), under the time limit,
 * which stops it wherever it is. Every other file goes to a worker thread under a heap limit as
 * well: a file that crashes, hangs or exhausts its worker becomes a finding, the worker is
 * replaced and the batch goes on. With `jobs` above 1, workers also read files beside this thread,
 * one for every FILES_PER_WORKER files; each holds up to WORKER_DEPTH files, so that it never
 * waits while this thread reads a slice of its own (the time limit of a file starts when the file
 * before it in the same worker is done). With `isolate`, a feedback copy or the
 * exceljs reader, `jobs` workers read every file.
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
  const jobs = opts.jobs ?? defaultJobs();
  const outcomes: FileOutcome[] = new Array<FileOutcome>(files.length);
  let done = 0;
  const finish = (index: number, outcome: FileOutcome) => {
    outcomes[index] = outcome;
    done++;
    opts.onProgress?.(done, files.length, outcome.file);
  };
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  // The validation checks the time limit itself between its steps (see validateWorkbook).
  const limitedCtx = { ...ctx, timeoutMs };
  const timedOut = () => endedWith(makeFinding('FILE_TIMEOUT', { seconds: timeoutMs / 1000 }));
  if (jobs <= 0) {
    // No worker to stop, and no time limit from outside.
    for (const [i, file] of files.entries()) finish(i, await readAndValidateWithFeedback(file, limitedCtx, opts.feedback));
    return outcomes;
  }
  if (files.length === 0) return outcomes;

  const here = !opts.isolate && !opts.feedback && ctx.reader !== 'exceljs';
  const planned = here ? Math.min(jobs - 1, Math.floor(files.length / FILES_PER_WORKER)) : Math.min(jobs, files.length);
  const depth = here ? WORKER_DEPTH : 1;
  const memoryMb = opts.memoryMb ?? DEFAULT_MEMORY_MB;
  // Loaded only when a worker is needed: most batches on a small machine need none.
  let WorkerThread: typeof Worker | undefined = planned > 0 ? (await import('node:worker_threads')).Worker : undefined;
  let next = 0;
  // Files for the workers only: too large for this thread, or sent to a worker lost before it began them.
  const handedBack: number[] = [];
  const fresh = () => (next < files.length ? next++ : undefined);
  const take = () => (handedBack.length > 0 ? handedBack.shift() : fresh());
  await new Promise<void>((resolve, reject) => {
    let running = 0;
    let hereBusy = here;
    const settled = () => {
      if (done === files.length && running === 0 && !hereBusy) resolve();
    };
    // A file handed back needs a worker even when none was planned.
    const wanted = () => (handedBack.length > 0 ? Math.max(planned, 1) : next < files.length ? planned : 0);
    const startWorkers = () => {
      while (WorkerThread && running < wanted()) startWorker(WorkerThread);
      settled();
    };
    const startWorker = (Thread: typeof Worker) => {
      running++;
      const worker = takeWorker(memoryMb, Thread);
      // The context of this call, before its first file (a worker kept from an earlier call has another).
      worker.postMessage({ ctx });
      // The files sent to this worker, in the order it reads them. validated: the findings of the
      // first, once known, while the worker still makes the feedback copy.
      const sent: Array<{ index: number; validated?: FileOutcome }> = [];
      let timer: NodeJS.Timeout | undefined;
      let ended = false;
      const end = () => {
        if (ended) return;
        ended = true;
        clearTimeout(timer);
        running--;
        startWorkers();
      };
      // The time limit of the file the worker is reading: the first one sent and not yet settled.
      const arm = () => {
        clearTimeout(timer);
        timer = sent.length > 0 ? setTimeout(onTimeout, timeoutMs) : undefined;
      };
      const settle = (outcome: (file: string) => FileOutcome) => {
        const first = sent.shift();
        if (!first) return;
        const input = files[first.index];
        finish(first.index, outcome(input === undefined ? '' : inputName(input)));
        arm();
      };
      const fail = (outcome: (file: string) => FileOutcome, reason: 'timeout' | 'memory' | 'crash' = 'crash') => {
        const validated = sent[0]?.validated;
        // A worker lost while making the feedback copy: the findings stand, the copy is missing.
        settle(validated ? () => ({ ...validated, findings: [...validated.findings, feedbackFailed(reason)] }) : outcome);
        // The files it held but never began go to another worker.
        handedBack.push(...sent.splice(0).map((s) => s.index));
        clearTimeout(timer);
      };
      const feed = () => {
        while (sent.length < depth) {
          const index = take();
          if (index === undefined) break;
          sent.push({ index });
          worker.postMessage({ id: index, input: files[index], feedback: opts.feedback });
          if (sent.length === 1) arm();
        }
        if (sent.length === 0) {
          worker.off('message', onMessage).off('error', onError).off('exit', onExit);
          keepWorker(worker, memoryMb);
          end();
        }
      };
      const onTimeout = () => {
        fail(timedOut(), 'timeout');
        void worker.terminate();
      };
      const onMessage = (msg: { id: number; validated?: FileOutcome; crash?: string } & Partial<WireOutcome>) => {
        const first = sent[0];
        if (!first || msg.id !== first.index) return;
        if (msg.validated) {
          first.validated = msg.validated;
          return;
        }
        const outcome = msg.json !== undefined || msg.outcome ? fromWire(msg as WireOutcome) : undefined;
        const crash = msg.crash ?? '';
        if (outcome) settle(() => outcome);
        else fail(endedWith(makeFinding('FILE_PARSE_FAILED', { detail: crash })));
        feed();
      };
      const onError = (err: Error & { code?: string }) => {
        const memory = err.code === 'ERR_WORKER_OUT_OF_MEMORY';
        fail(
          endedWith(
            memory
              ? makeFinding('FILE_MEMORY', { limit: memoryMb })
              : makeFinding('FILE_PARSE_FAILED', { detail: err.message.slice(0, 200) }),
          ),
          memory ? 'memory' : 'crash',
        );
      };
      const onExit = () => {
        fail(endedWith(makeFinding('FILE_PARSE_FAILED', { detail: 'worker stopped' })));
        end();
      };
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
      feed();
    };
    startWorkers();
    if (!here) return;
    // This thread's files, a slice at a time under one time limit. A file stopped by the limit
    // while it was not the first of its slice had less than its full time: it is read again,
    // first in a slice of its own.
    const readHere = async () => {
      let again: number | undefined;
      while (again !== undefined || next < files.length) {
        const started = Date.now();
        const slice = Math.min(running > 0 ? SLICE_MS.withWorkers : SLICE_MS.alone, timeoutMs / 2);
        // Only the reading runs under the limit; the outcomes are taken in after it.
        const read: Array<[index: number, outcome: FileOutcome | undefined]> = [];
        let current: number | undefined;
        const inTime = withinTime(() => {
          for (let index = again ?? fresh(); index !== undefined; index = fresh()) {
            again = undefined;
            current = index;
            read.push([index, validateHere(files[index] as FileInput, limitedCtx)]);
            current = undefined;
            if (Date.now() - started >= slice) return;
          }
        }, timeoutMs);
        // Stopped while reading a file (not just after it was read): at its limit when it was the
        // first of the slice, else read again.
        if (!inTime && current !== undefined && read.at(-1)?.[0] !== current) {
          if (read.length === 0) finish(current, timedOut()(inputName(files[current] as FileInput)));
          else again = current;
        }
        for (const [index, outcome] of read) {
          if (outcome) finish(index, outcome);
          else handedBack.push(index);
        }
        if (handedBack.length > 0) {
          WorkerThread ??= (await import('node:worker_threads')).Worker;
          startWorkers();
        }
        // Between two slices: the workers' results and their next files, and whatever else waits
        // for this thread (progress written to a pipe, which is asynchronous on Windows).
        await new Promise<void>((resume) => setImmediate(resume));
      }
      hereBusy = false;
      settled();
    };
    readHere().catch(reject);
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
