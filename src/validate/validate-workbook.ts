import { checkAnswers } from '../checks/check-answers.js';
import { checkFront } from '../checks/check-front.js';
import { checkIdentity } from '../checks/check-identity.js';
import { checkPartial } from '../checks/check-partial.js';
import { checkPatterns } from '../checks/check-patterns.js';
import { checkRows } from '../checks/check-rows.js';
import type { Finding } from '../findings/finding.js';
import { makeFinding } from '../findings/make-finding.js';
import type { Norm } from '../norm/norm-schema.js';
import { findArchived, type ArchivedNorm } from '../norm/archived-norm.js';
import type { Registry } from '../norm/registry-schema.js';
import { readIdentity } from '../submission/read-identity.js';
import { readSubmission } from '../submission/read-submission.js';
import type { Submission } from '../submission/submission.js';
import {
  DamagedPartError,
  DEFAULT_LIMITS,
  inspectContainer,
  type ContainerInfo,
  type ContainerLimits,
  type Inspection,
} from '../workbook/inspect-container.js';
import { ownOutputKind } from '../workbook/output-stamp.js';
import type { RawWorkbook } from '../workbook/raw-workbook.js';
import { readWorkbookXml } from '../workbook/xml-reader.js';

export interface ValidationContext {
  norm: Norm;
  registry: Registry;
  /** fingerprintNorm(norm), computed once per run. */
  fingerprint: string;
  /** Earlier versions of the norm: a return made with one of them is checked against it. */
  archive?: readonly ArchivedNorm[];
  limits?: ContainerLimits;
  /**
   * Which reader turns the bytes into cells: 'xml' (default, fast: reads only the needed parts) or
   * 'exceljs' (the reference; tests check that both give the same result on every fixture).
   */
  reader?: 'xml' | 'exceljs';
  /**
   * A time limit checked inside the validation (see makeCheckpoint); for callers without a worker
   * to stop. Exceeding it gives FILE_TIMEOUT.
   */
  timeoutMs?: number;
}

export interface ValidationResult {
  findings: Finding[];
  /** Present when the workbook could be read as a return of this norm. */
  submission?: Submission;
  /** Set when the file was recognised but deliberately not read: our own output (a report workbook, a feedback copy). */
  skipped?: 'output';
}

/**
 * bytes → findings (+ the interpreted return). Never throws for a bad file: whatever is wrong with
 * it is a finding. Works on bytes only, so it runs the same in a worker, a test or a library user.
 */
export async function validateWorkbook(bytes: Uint8Array, ctx: ValidationContext): Promise<ValidationResult> {
  if (ctx.reader !== 'exceljs') return validateWorkbookXml(bytes, ctx);
  const checkpoint = makeCheckpoint(ctx.timeoutMs);
  try {
    const opened = openContainer(bytes, ctx, checkpoint);
    if (!opened.ok) return opened.result;
    // exceljs is loaded only when asked for: importing it costs more than reading a return. It
    // unpacks every part without checking sizes or checksums, so those are checked first.
    opened.inspection.verify();
    const loaded = await (await import('../workbook/read-workbook.js')).readWorkbook(bytes);
    return checkLoaded(opened.inspection, loaded, ctx, checkpoint);
  } catch (e) {
    return failed(e);
  }
}

/**
 * validateWorkbook with the default XML reader (ctx.reader is not looked at), done synchronously
 * from start to end: a caller can then put the whole validation under one time limit (see
 * src/io/validate-files.ts).
 */
export function validateWorkbookXml(bytes: Uint8Array, ctx: ValidationContext): ValidationResult {
  const checkpoint = makeCheckpoint(ctx.timeoutMs);
  try {
    const opened = openContainer(bytes, ctx, checkpoint);
    if (!opened.ok) return opened.result;
    const { info, read } = opened.inspection;
    return checkLoaded(opened.inspection, readWorkbookXml(info, read, checkpoint), ctx, checkpoint);
  } catch (e) {
    return failed(e);
  }
}

function failed(e: unknown): ValidationResult {
  if (e instanceof DamagedPartError) return { findings: [e.finding] };
  if (e instanceof TimeLimitError) return { findings: [makeFinding('FILE_TIMEOUT', { seconds: e.seconds })] };
  // A reader or a check that trips over a file it was never meant to see: still the file's problem, not the caller's.
  return { findings: [makeFinding('FILE_PARSE_FAILED', { detail: e instanceof Error ? e.message.slice(0, 200) : String(e) })] };
}

type Inspected = Extract<Inspection, { ok: true }>;

/** The container checks, and our own output recognised: what comes before reading any cell. */
function openContainer(
  bytes: Uint8Array,
  ctx: ValidationContext,
  checkpoint: () => void,
): { ok: true; inspection: Inspected } | { ok: false; result: ValidationResult } {
  const inspection = inspectContainer(bytes, ctx.limits ?? DEFAULT_LIMITS);
  if (!inspection.ok) return { ok: false, result: { findings: [inspection.finding] } };
  checkpoint();
  const output = ownOutputKind(inspection.info, inspection.read);
  if (output) return { ok: false, result: { findings: [makeFinding('FILE_SKIPPED', { reason: 'output' })], skipped: 'output' } };
  return { ok: true, inspection };
}

function checkLoaded(
  inspection: Inspected,
  loaded: RawWorkbook,
  ctx: ValidationContext,
  checkpoint: () => void,
): ValidationResult {
  const wb = withCheckpoint(loaded, checkpoint);
  const identity = readIdentity(inspection.info, wb);
  const identityFindings = checkIdentity(identity, ctx.norm, ctx.fingerprint);
  const archived =
    identityFindings[0]?.code === 'TEMPLATE_OLDER_VERSION'
      ? findArchived(ctx.archive, identity?.normId, identity?.normVersion)
      : undefined;
  const older =
    archived && identity && checkIdentity(identity, archived.norm, archived.fingerprint).length === 0 ? archived : undefined;
  if (!identity || (identityFindings.length > 0 && !older)) return { findings: identityFindings };

  // A return of an archived version is read with that version, and told how to move on.
  const norm = older?.norm ?? ctx.norm;
  const { registry } = ctx;
  const versionNote = older
    ? [makeFinding('TEMPLATE_ARCHIVED_VERSION', { version: older.norm.versie, expected: ctx.norm.versie })]
    : [];
  const lang = identity.lang;
  const read = readSubmission(inspection.info, wb, norm, identity, inspection.read);
  checkpoint();
  const raw = read.submission;
  const idsReadable = !read.findings.some((f) => f.code === 'NAME_MISSING' && f.args.name === 'nr') && raw.rows.length > 0;
  const frontReadable = Object.keys(raw.front).length > 0;
  const rows = checkRows(raw.rows, norm, lang, idsReadable);
  const front = checkFront(raw.front, norm, registry, lang, frontReadable);
  const answers = checkAnswers(rows.byId, norm, registry, lang, front.values);
  const patterns = checkPatterns(answers.answers, norm, lang);
  return {
    findings: [
      ...versionNote,
      ...containerFindings(inspection.info),
      ...read.findings,
      ...rows.findings,
      ...front.findings,
      ...checkPartial(answers.findings, answers.answers, norm),
      ...patterns,
    ],
    submission: { identity, organisation: front.organisation, front: front.values, answers: answers.answers },
  };
}

/** What the workbook carries besides the template: macros and links to other workbooks are never read, but said. */
function containerFindings(info: ContainerInfo): Finding[] {
  return [
    ...(info.macros ? [makeFinding('FILE_MACROS')] : []),
    ...(info.externalLinks ? [makeFinding('FILE_EXTERNAL_LINKS')] : []),
  ];
}

class TimeLimitError extends Error {
  constructor(readonly seconds: number) {
    super('time limit');
  }
}

/**
 * Without a worker (--jobs 0, a library caller) nothing can stop a file from outside, so the time
 * limit is checked from inside, between steps and every few thousand cells. A single step that is
 * slow by itself still runs to its end; only a worker can be stopped at any moment.
 */
function makeCheckpoint(timeoutMs: number | undefined): () => void {
  if (timeoutMs === undefined) return () => undefined;
  const deadline = Date.now() + timeoutMs;
  return () => {
    if (Date.now() > deadline) throw new TimeLimitError(timeoutMs / 1000);
  };
}

function withCheckpoint(wb: RawWorkbook, checkpoint: () => void): RawWorkbook {
  let reads = 0;
  return {
    hasSheet: (name) => wb.hasSheet(name),
    lastRow: (sheet) => wb.lastRow(sheet),
    cell: (sheet, row, col) => {
      if (++reads % 4096 === 0) checkpoint();
      return wb.cell(sheet, row, col);
    },
  };
}

/** A file passes when it has no errors (and, with strict, no warnings). */
export function passes(findings: readonly Finding[], strict = false): boolean {
  return !findings.some((f) => f.severity === 'error' || (strict && f.severity === 'warning'));
}
