import type { Finding } from '../findings/finding.js';
import { fold } from '../checks/closest.js';
import type { Norm } from '../norm/norm-schema.js';
import type { Organisation, Registry } from '../norm/registry-schema.js';
import type { Submission } from '../submission/submission.js';
import { meetmomentOptions } from '../norm/meetmoment.js';

export interface ReportFileInput {
  file: string;
  skipped?: string;
  findings: Finding[];
  submission?: Submission;
  sha256?: string;
  size?: number;
  mtimeMs?: number;
}

export type Selection =
  | { input: ReportFileInput; status: 'skipped' | 'rejected'; reason: string | null; org: Organisation | null }
  | { input: ReportFileInput; status: 'excluded'; reason: 'meetmoment' | 'riec' | 'version'; org: Organisation | null }
  | { input: ReportFileInput; status: 'superseded'; reason: null; org: Organisation; supersededBy: string }
  | { input: ReportFileInput; status: 'accepted'; reason: null; org: Organisation; submission: Submission };

/**
 * Which returns count: valid ones for the chosen meetmoment and RIEC, one per organisation (the
 * newest by datum, then by file modification time); the rest rejected, excluded or superseded.
 */
export function selectReturns(inputs: readonly ReportFileInput[], registry: Registry, meetmoment: string | null, riec: string | null, normVersion?: string): Selection[] {
  const byCode = new Map(registry.organisaties.map((o) => [o.code, o]));
  const first: Selection[] = inputs.map((input) => {
    const org = (input.submission?.organisation && byCode.get(input.submission.organisation)) || null;
    if (input.skipped) return { input, status: 'skipped', reason: input.skipped, org };
    const sub = input.submission;
    if (!sub || !org || input.findings.some((f) => f.severity === 'error')) return { input, status: 'rejected', reason: null, org };
    // A return of an archived norm version is valid, but its principles are not this version's.
    const version = sub.identity.normVersion;
    if (normVersion !== undefined && version !== undefined && version !== normVersion) return { input, status: 'excluded', reason: 'version', org };
    if (meetmoment !== null && sub.front.meetmoment !== meetmoment) return { input, status: 'excluded', reason: 'meetmoment', org };
    if (riec !== null && fold(org.riec ?? '') !== fold(riec)) return { input, status: 'excluded', reason: 'riec', org };
    return { input, status: 'accepted', reason: null, org, submission: sub };
  });
  const winners = new Map<string, Selection & { status: 'accepted' }>();
  for (const s of first) {
    if (s.status !== 'accepted') continue;
    const current = winners.get(s.org.code);
    if (!current || newer(s, current)) winners.set(s.org.code, s);
  }
  return first.map((s) => {
    if (s.status !== 'accepted') return s;
    const winner = winners.get(s.org.code);
    return winner && winner !== s ? { input: s.input, status: 'superseded', reason: null, org: s.org, supersededBy: winner.input.file } : s;
  });
}

function newer(a: { input: ReportFileInput; submission: Submission }, b: { input: ReportFileInput; submission: Submission }): boolean {
  const da = a.submission.front.datum ?? '';
  const db = b.submission.front.datum ?? '';
  if (da !== db) return da > db;
  return (a.input.mtimeMs ?? 0) > (b.input.mtimeMs ?? 0);
}

/** The meetmoment to report on: the one asked for, else the most common among valid returns (the later one on a tie). */
export function chooseMeetmoment(inputs: readonly ReportFileInput[], norm: Norm): string | null {
  const options = meetmomentOptions(norm);
  const counts = new Map<string, number>();
  for (const i of inputs) {
    const m = i.submission?.front.meetmoment;
    if (m && !i.findings.some((f) => f.severity === 'error')) counts.set(m, (counts.get(m) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [code, n] of counts) {
    const better = best === null || n > (counts.get(best) ?? 0) || (n === counts.get(best) && options.findIndex((o) => o.code === code) > options.findIndex((o) => o.code === best));
    if (better) best = code;
  }
  return best;
}
