import type { Finding } from '../findings/finding.js';
import type { Lang } from '../base/lang.js';
import type { Norm } from '../norm/norm-schema.js';
import type { Registry } from '../norm/registry-schema.js';
import { versionMapFrom } from '../norm/version-map.js';
import type { Submission } from '../submission/submission.js';
import { carryAnswers, type CarryPlan } from './carry-answers.js';
import { fillDateOf } from '../norm/field-roles.js';

/** An earlier return as read by validate. */
export interface CarrySource {
  file: string;
  findings: Finding[];
  submission?: Submission;
  mtimeMs?: number;
}

export interface CarryJob {
  file: string;
  organisation: { code: string; name: string } | null;
  plan: CarryPlan;
  /** Errors the earlier return had when checked: what could be read is still carried. */
  sourceErrors: number;
  /** Other returns of the same organisation, not used because this one is newer. */
  olderFiles: string[];
}

export type CarryProblem =
  { file: string; kind: 'unreadable'; codes: string[] } | { file: string; kind: 'no-chain'; version: string };

/**
 * Earlier returns → one plan per organisation (the newest return by datum, then file time), for
 * the norm of today. A return of an archived version goes through the chain of `was` links; one
 * whose version is not in the archive, or that cannot be read at all, is a problem, not a guess.
 */
export function planCarries(
  sources: readonly CarrySource[],
  ctx: { norm: Norm; archive: readonly Norm[]; registry: Registry; lang: Lang; meetmoment: string | null },
): { jobs: CarryJob[]; problems: CarryProblem[] } {
  const problems: CarryProblem[] = [];
  const usable: Array<CarrySource & { submission: Submission }> = [];
  for (const s of sources) {
    const version = s.findings.find((f) => f.code === 'TEMPLATE_OLDER_VERSION')?.args.version;
    if (version !== undefined) problems.push({ file: s.file, kind: 'no-chain', version: String(version) });
    else if (!s.submission)
      problems.push({
        file: s.file,
        kind: 'unreadable',
        codes: [...new Set(s.findings.filter((f) => f.severity === 'error').map((f) => f.code))],
      });
    else usable.push({ ...s, submission: s.submission });
  }

  const groups = new Map<string, typeof usable>();
  for (const s of usable) {
    const key = s.submission.organisation ?? `file:${s.file}`;
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  // A return is read with the norm version it was made with: the current one or one from the archive.
  const normOfVersion = (version: string | undefined): Norm | undefined =>
    version === ctx.norm.versie ? ctx.norm : ctx.archive.find((n) => n.id === ctx.norm.id && n.versie === version);
  const filledOn = (s: { submission: Submission }) =>
    fillDateOf(normOfVersion(s.submission.identity.normVersion) ?? ctx.norm, s.submission.front) ?? '';
  const jobs: CarryJob[] = [];
  for (const group of groups.values()) {
    const [newest, ...older] = [...group].sort((a, b) => newestFirst(a, b, filledOn));
    if (!newest) continue;
    const sub = newest.submission;
    const version = sub.identity.normVersion ?? '';
    const source = normOfVersion(version);
    const map = source ? versionMapFrom(ctx.norm, version, ctx.archive) : undefined;
    if (!source || !map) {
      problems.push({ file: newest.file, kind: 'no-chain', version });
      continue;
    }
    const org = ctx.registry.organisaties.find((o) => o.code === sub.organisation);
    jobs.push({
      file: newest.file,
      organisation: org ? { code: org.code, name: org.naam } : null,
      plan: carryAnswers({
        norm: ctx.norm,
        source,
        map,
        submission: sub,
        registry: ctx.registry,
        lang: ctx.lang,
        meetmoment: ctx.meetmoment,
      }),
      sourceErrors: newest.findings.filter((f) => f.severity === 'error').length,
      olderFiles: older.map((o) => o.file),
    });
  }
  return { jobs, problems };
}

type Usable = CarrySource & { submission: Submission };

function newestFirst(a: Usable, b: Usable, filledOn: (s: Usable) => string): number {
  const da = filledOn(a);
  const db = filledOn(b);
  if (da !== db) return da < db ? 1 : -1;
  return (b.mtimeMs ?? 0) - (a.mtimeMs ?? 0);
}
