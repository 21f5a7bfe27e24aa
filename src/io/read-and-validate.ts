import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { checkFileName } from '../checks/check-file-name.js';
import { makeFinding } from '../findings/make-finding.js';
import { validateWorkbook, type ValidationContext } from '../validate/validate-workbook.js';
import { DEFAULT_LIMITS } from '../workbook/inspect-container.js';
import { addFeedback, wantsFeedback, type FeedbackOptions } from './add-feedback.js';
import type { FileOutcome } from './file-outcome.js';

/** Reads one file (checking its size before reading it) and validates it. Never throws. */
export async function readAndValidate(file: string, ctx: ValidationContext): Promise<FileOutcome> {
  return (await readAndValidateBytes(file, ctx)).outcome;
}

/**
 * Reads, validates and, when asked and there is something to fix, makes the feedback copy.
 * `validated` is told the outcome before the copy is made, so that a pool whose worker dies
 * while making it still has the findings. Never throws.
 */
export async function readAndValidateWithFeedback(
  file: string,
  ctx: ValidationContext,
  feedback: FeedbackOptions | undefined,
  validated?: (outcome: FileOutcome) => void,
): Promise<FileOutcome> {
  const { outcome, bytes } = await readAndValidateBytes(file, ctx);
  if (!feedback || !bytes || !wantsFeedback(outcome.findings)) return outcome;
  validated?.(outcome);
  return addFeedback(outcome, bytes, ctx, feedback);
}

async function readAndValidateBytes(file: string, ctx: ValidationContext): Promise<{ outcome: FileOutcome; bytes?: Uint8Array }> {
  const limits = ctx.limits ?? DEFAULT_LIMITS;
  let info;
  try {
    info = await stat(file);
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
    bytes = await readFile(file);
  } catch (e) {
    return {
      outcome: {
        file,
        ...facts,
        findings: [makeFinding('FILE_UNREADABLE', { detail: (e as NodeJS.ErrnoException).code ?? String(e) })],
      },
    };
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const data = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const result = await validateWorkbook(data, ctx);
  const named = checkFileName(path.basename(file), result.submission?.organisation, ctx.registry);
  return { outcome: { file, ...facts, sha256, ...result, findings: [...result.findings, ...named] }, bytes: data };
}
