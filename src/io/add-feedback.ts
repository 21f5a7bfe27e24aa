import type { Finding } from '../findings/finding.js';
import { makeFinding } from '../findings/make-finding.js';
import type { Lang } from '../base/lang.js';
import type { ValidationContext } from '../validate/validate-workbook.js';
import type { FileOutcome } from './file-outcome.js';

/** What --feedback asks of each file. */
export interface FeedbackOptions {
  lang: Lang;
  /** Warnings count as errors (validate --strict), in the copy as in the report. */
  strict: boolean;
}

/**
 * Only files with something to fix get a copy (those are the ones the RIEC sends back), and only
 * files that could be opened as a workbook: for the others the FILE_ finding says it all.
 */
export function wantsFeedback(findings: readonly Finding[]): boolean {
  return findings.length > 0 && !findings.some((f) => f.code.startsWith('FILE_'));
}

/**
 * The outcome with its feedback copy, or with FEEDBACK_FAILED when the copy cannot be made.
 * Never throws: a file that defeats the copy still has its findings, and the batch goes on.
 */
export async function addFeedback(
  outcome: FileOutcome,
  bytes: Uint8Array,
  ctx: ValidationContext,
  opts: FeedbackOptions,
): Promise<FileOutcome> {
  const findings = outcome.findings.map((f) =>
    opts.strict && f.severity === 'warning' ? { ...f, severity: 'error' as const } : f,
  );
  try {
    // Loaded only when a copy is made: the copy needs jszip (and pako), which validating does not.
    const [{ buildFeedbackCopy }, { stampOutput }] = await Promise.all([
      import('../feedback/build-feedback-copy.js'),
      import('../workbook/stamp-output.js'),
    ]);
    const copy = await buildFeedbackCopy({
      bytes,
      findings,
      norm: ctx.norm,
      lang: opts.lang,
      workbookLang: outcome.submission?.identity.lang ?? opts.lang,
      fileName: baseName(outcome.file),
      ...(ctx.limits ? { limits: ctx.limits } : {}),
    });
    // Stamped, so that a later run never reads the copy back as a return (see stampOutput).
    return { ...outcome, feedback: { ...copy, bytes: await stampOutput(copy.bytes, 'feedback') } };
  } catch (e) {
    return { ...outcome, findings: [...outcome.findings, feedbackFailed('error', e instanceof Error ? e.message : String(e))] };
  }
}

export function feedbackFailed(reason: 'error' | 'timeout' | 'memory' | 'crash', detail = ''): Finding {
  return makeFinding('FEEDBACK_FAILED', { reason, detail: detail.slice(0, 200) });
}

function baseName(file: string): string {
  return file.replace(/^.*[\\/]/, '');
}
