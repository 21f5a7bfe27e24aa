import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { checkFileName } from '../checks/check-file-name.js';
import { makeFinding } from '../findings/make-finding.js';
import {
  validateWorkbook,
  validateWorkbookXml,
  type ValidationContext,
  type ValidationResult,
} from '../validate/validate-workbook.js';
import { DEFAULT_LIMITS } from '../workbook/inspect-container.js';
import { addFeedback, wantsFeedback, type FeedbackOptions } from './add-feedback.js';
import type { FileOutcome } from './file-outcome.js';

/**
 * A file to validate: a path on disk, or bytes already in memory (an upload to a server, a file
 * picked in a browser) under the name the file had. The name is what the outcome's `file` says
 * and what the file-name check reads.
 */
export type FileInput = string | { name: string; bytes: Uint8Array };

/** The name an input is reported under: its path, or the name given with its bytes. */
export function inputName(input: FileInput): string {
  return typeof input === 'string' ? input : input.name;
}

/** Reads one file (checking its size before reading it) and validates it. Never throws. */
export async function readAndValidate(input: FileInput, ctx: ValidationContext): Promise<FileOutcome> {
  return (await readAndValidateBytes(input, ctx)).outcome;
}

/**
 * Reads, validates and, when asked and there is something to fix, makes the feedback copy.
 * `validated` is told the outcome before the copy is made, so that a pool whose worker dies
 * while making it still has the findings. Never throws.
 */
export async function readAndValidateWithFeedback(
  input: FileInput,
  ctx: ValidationContext,
  feedback: FeedbackOptions | undefined,
  validated?: (outcome: FileOutcome) => void,
): Promise<FileOutcome> {
  const { outcome, bytes } = await readAndValidateBytes(input, ctx);
  if (!feedback || !bytes || !wantsFeedback(outcome.findings)) return outcome;
  validated?.(outcome);
  return addFeedback(outcome, bytes, ctx, feedback);
}

/** A file read from disk or given as bytes: its bytes, or already its outcome (unreadable, too large). */
export type ReadInput =
  { outcome: FileOutcome; bytes?: never } | { facts: { size: number; mtimeMs?: number }; bytes: Uint8Array };
type Bytes = Extract<ReadInput, { bytes: Uint8Array }>;

/**
 * The bytes of a file on disk, read synchronously: a worker reads one file at a time, so waiting
 * for the thread pool would only add the cost of the round trip.
 */
export function readInput(input: FileInput, ctx: ValidationContext): ReadInput {
  if (typeof input !== 'string') return { facts: { size: input.bytes.length }, bytes: input.bytes };
  const file = input;
  const limits = ctx.limits ?? DEFAULT_LIMITS;
  let info;
  try {
    info = statSync(file);
  } catch (e) {
    return {
      outcome: { file, findings: [makeFinding('FILE_UNREADABLE', { detail: (e as NodeJS.ErrnoException).code ?? String(e) })] },
    };
  }
  const facts = { size: info.size, mtimeMs: info.mtimeMs };
  if (info.size > limits.maxFileBytes) {
    return {
      outcome: { file, ...facts, findings: [makeFinding('FILE_TOO_LARGE', { size: info.size, limit: limits.maxFileBytes })] },
    };
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    return {
      outcome: {
        file,
        ...facts,
        findings: [makeFinding('FILE_UNREADABLE', { detail: (e as NodeJS.ErrnoException).code ?? String(e) })],
      },
    };
  }
  return { facts, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
}

async function readAndValidateBytes(
  input: FileInput,
  ctx: ValidationContext,
): Promise<{ outcome: FileOutcome; bytes?: Uint8Array }> {
  const read = readInput(input, ctx);
  if (!read.bytes) return { outcome: read.outcome };
  return { outcome: outcomeOf(input, read, await validateWorkbook(read.bytes, ctx), ctx), bytes: read.bytes };
}

/**
 * readAndValidate with the default XML reader, synchronously, on a file already read with
 * readInput: the whole validation can then run under one time limit in the calling thread.
 */
export function validateReadSync(input: FileInput, read: Bytes, ctx: ValidationContext): FileOutcome {
  return outcomeOf(input, read, validateWorkbookXml(read.bytes, ctx), ctx);
}

function outcomeOf(input: FileInput, { facts, bytes }: Bytes, result: ValidationResult, ctx: ValidationContext): FileOutcome {
  const file = inputName(input);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const named = checkFileName(path.basename(file), result.submission?.organisation, ctx.registry);
  return { file, ...facts, sha256, ...result, findings: [...result.findings, ...named] };
}
