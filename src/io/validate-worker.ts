/**
 * Worker thread entry: validates files one at a time for the pool in validate-files.ts. A hostile
 * file can exhaust only this worker's memory limit or time, never the main process. A worker may
 * serve several calls of the pool, one after another, each with its own context.
 */
import { parentPort } from 'node:worker_threads';
import type { ValidationContext } from '../validate/validate-workbook.js';
import type { FeedbackOptions } from './add-feedback.js';
import { toWire } from './outcome-wire.js';
import { readAndValidateWithFeedback, type FileInput } from './read-and-validate.js';

/** The context of the current call: each call of the pool sends its own before its first file. */
let ctx: ValidationContext | undefined;
parentPort?.on('message', (task: { ctx: ValidationContext } | { id: number; input: FileInput; feedback?: FeedbackOptions }) => {
  if ('ctx' in task) {
    ctx = task.ctx;
    return;
  }
  if (!ctx) {
    parentPort?.postMessage({ id: task.id, crash: 'no validation context' });
    return;
  }
  // The findings go back first: if making the feedback copy then exhausts this worker, they stand.
  const validated = (outcome: unknown) => parentPort?.postMessage({ id: task.id, validated: outcome });
  void readAndValidateWithFeedback(task.input, ctx, task.feedback, validated).then(
    (outcome) => parentPort?.postMessage({ id: task.id, ...toWire(outcome) }),
    (e: unknown) => parentPort?.postMessage({ id: task.id, crash: e instanceof Error ? e.message : String(e) }),
  );
});
