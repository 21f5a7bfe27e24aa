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
import { DEFAULT_LIMITS, inspectContainer, type ContainerLimits } from '../workbook/inspect-container.js';
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
}

export interface ValidationResult {
  findings: Finding[];
  /** Present when the workbook could be read as a return of this norm. */
  submission?: Submission;
}

/**
 * bytes → findings (+ the interpreted return). Never throws for a bad file: whatever is wrong with
 * it is a finding. Works on bytes only, so it runs the same in a worker, a test or a library user.
 */
export async function validateWorkbook(bytes: Uint8Array, ctx: ValidationContext): Promise<ValidationResult> {
  const inspection = inspectContainer(bytes, ctx.limits ?? DEFAULT_LIMITS);
  if (!inspection.ok) return { findings: [inspection.finding] };
  let wb: RawWorkbook;
  try {
    // exceljs is loaded only when asked for: importing it costs more than reading a return.
    wb = ctx.reader === 'exceljs' ? await (await import('../workbook/exceljs-adapter.js')).readWorkbook(bytes) : readWorkbookXml(inspection.info, inspection.read);
  } catch (e) {
    return { findings: [makeFinding('FILE_PARSE_FAILED', { detail: e instanceof Error ? e.message.slice(0, 200) : String(e) })] };
  }
  const identity = readIdentity(inspection.info, wb);
  const identityFindings = checkIdentity(identity, ctx.norm, ctx.fingerprint);
  const archived = identityFindings[0]?.code === 'TEMPLATE_OLDER_VERSION' ? findArchived(ctx.archive, identity?.normId, identity?.normVersion) : undefined;
  const older = archived && identity && checkIdentity(identity, archived.norm, archived.fingerprint).length === 0 ? archived : undefined;
  if (!identity || (identityFindings.length > 0 && !older)) return { findings: identityFindings };

  // A return of an archived version is read with that version, and told how to move on.
  const norm = older?.norm ?? ctx.norm;
  const { registry } = ctx;
  const versionNote = older ? [makeFinding('TEMPLATE_ARCHIVED_VERSION', { version: older.norm.versie, expected: ctx.norm.versie })] : [];
  const lang = identity.lang;
  const read = readSubmission(inspection.info, wb, norm, identity, inspection.read);
  const raw = read.submission;
  const idsReadable = !read.findings.some((f) => f.code === 'NAME_MISSING' && f.args.name === 'nr') && raw.rows.length > 0;
  const frontReadable = Object.keys(raw.front).length > 0;
  const rows = checkRows(raw.rows, norm, lang, idsReadable);
  const front = checkFront(raw.front, norm, registry, lang, frontReadable);
  const filledOn = front.values.datum ?? null;
  const answers = checkAnswers(rows.byId, norm, registry, lang, filledOn);
  const patterns = checkPatterns(answers.answers, norm, lang);
  return {
    findings: [...versionNote, ...read.findings, ...rows.findings, ...front.findings, ...checkPartial(answers.findings, answers.answers, norm), ...patterns],
    submission: { identity, organisation: front.organisation, front: front.values, answers: answers.answers },
  };
}

/** A file passes when it has no errors (and, with strict, no warnings). */
export function passes(findings: readonly Finding[], strict = false): boolean {
  return !findings.some((f) => f.severity === 'error' || (strict && f.severity === 'warning'));
}
