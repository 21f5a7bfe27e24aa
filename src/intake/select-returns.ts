import type { Finding } from '../findings/finding.js';
import { fold } from '../base/closest.js';
import type { Norm } from '../norm/norm-schema.js';
import type { Organisation, Registry } from '../norm/registry-schema.js';
import type { Submission } from '../submission/submission.js';
import { meetmomentOptions } from '../norm/meetmoment.js';
import { membersOf } from '../norm/registry-time.js';
import { fillDateOf, meetmomentOf } from '../norm/field-roles.js';

export interface ReportFileInput {
  file: string;
  skipped?: string;
  findings: Finding[];
  submission?: Submission;
  sha256?: string;
  size?: number;
  /** Never decides which answers count (the order in which attachments were saved says nothing about versions). */
  mtimeMs?: number;
  /** A return combined from parts (combine-parts.ts): the files of its parts. */
  parts?: string[];
  /** A part of a return: combined into another input, or in conflict with another part. */
  part?: PartOutcome;
}

/** What became of one department's part of a return (combine-parts.ts). */
export type PartOutcome =
  | { kind: 'merged'; into: string }
  /** The parts give different answers: none counts until the organisation says which is right. */
  | { kind: 'conflict'; with: string; conflicts: Finding[] };

export type Selection =
  | { input: ReportFileInput; status: 'skipped' | 'rejected'; reason: string | null; org: Organisation | null }
  | { input: ReportFileInput; status: 'excluded'; reason: 'meetmoment' | 'riec' | 'version'; org: Organisation | null }
  | {
      input: ReportFileInput;
      status: 'superseded';
      reason: 'newer' | 'duplicate' | 'merged';
      org: Organisation;
      supersededBy: string;
    }
  | {
      input: ReportFileInput;
      status: 'conflict';
      reason: null;
      org: Organisation;
      conflictWith: string;
      differing: number;
      datum: string | null;
    }
  | {
      input: ReportFileInput;
      status: 'accepted';
      reason: null;
      org: Organisation;
      submission: Submission;
      /** The organisations this return counts for: the organisation itself, or the members of a werkorganisatie. */
      countsFor: Organisation[];
    };

type Candidate = { index: number; input: ReportFileInput; submission: Submission; member: Organisation };

/**
 * Which returns count: valid ones for the chosen meetmoment and RIEC, one per organisation. A
 * werkorganisatie's return is a candidate for each of its members. Per organisation the newest
 * datum wins. Returns with the same newest datum and the same answers are one return (the others
 * are marked duplicate); with different answers they conflict and none counts. A return whose
 * file name names another organisation conflicts with any other return of its organisation that
 * differs, whatever the datum: it may be a neighbour's copy. File times never decide which answers
 * count; among identical returns they only pick the file that is listed as counting.
 */
export function selectReturns(
  inputs: readonly ReportFileInput[],
  registry: Registry,
  meetmoment: string | null,
  riec: string | null,
  norm: Norm,
): Selection[] {
  const normVersion = norm.versie;
  // Returns of another version are left out before their date or meetmoment matters; the rest are this norm's.
  const filledOn = (sub: Submission | undefined) => fillDateOf(norm, sub?.front);
  const byCode = new Map(registry.organisaties.map((o) => [o.code, o]));
  const first: Selection[] = inputs.map((input) => {
    const org = (input.submission?.organisation && byCode.get(input.submission.organisation)) || null;
    if (input.skipped) return { input, status: 'skipped', reason: input.skipped, org };
    const sub = input.submission;
    // A part counts through the return combined from it; parts that disagree keep their organisation from counting.
    if (input.part && org) {
      if (input.part.kind === 'merged')
        return { input, status: 'superseded', reason: 'merged', org, supersededBy: input.part.into };
      return {
        input,
        status: 'conflict',
        reason: null,
        org,
        conflictWith: input.part.with,
        differing: input.part.conflicts.length,
        datum: filledOn(sub),
      };
    }
    if (!sub || !org || input.findings.some((f) => f.severity === 'error'))
      return { input, status: 'rejected', reason: null, org };
    // A return of an archived norm version is valid, but its principles are not this version's.
    const version = sub.identity.normVersion;
    if (version !== undefined && version !== normVersion) return { input, status: 'excluded', reason: 'version', org };
    if (meetmoment !== null && meetmomentOf(norm, sub.front) !== meetmoment)
      return { input, status: 'excluded', reason: 'meetmoment', org };
    const members = membersOf(org, registry).filter((m) => riec === null || fold(m.riec ?? '') === fold(riec));
    if (members.length === 0) return { input, status: 'excluded', reason: 'riec', org };
    return { input, status: 'accepted', reason: null, org, submission: sub, countsFor: members };
  });

  const groups = new Map<string, Candidate[]>();
  first.forEach((s, index) => {
    if (s.status !== 'accepted') return;
    for (const member of s.countsFor)
      groups.set(member.code, [...(groups.get(member.code) ?? []), { index, input: s.input, submission: s.submission, member }]);
  });

  const outcome = new Map<number, Map<string, Outcome>>();
  for (const group of groups.values()) {
    for (const [index, o] of decide(group, filledOn)) {
      const forInput = outcome.get(index) ?? new Map<string, Outcome>();
      forInput.set(group[0]?.member.code ?? '', o);
      outcome.set(index, forInput);
    }
  }

  return first.map((s, index) => {
    if (s.status !== 'accepted') return s;
    const results = outcome.get(index) ?? new Map<string, Outcome>();
    const countsFor = s.countsFor.filter((m) => results.get(m.code)?.kind === 'wins');
    if (countsFor.length > 0) return { ...s, countsFor };
    const all = [...results.values()];
    const conflict = all.find((o): o is Extract<Outcome, { kind: 'conflict' }> => o.kind === 'conflict');
    if (conflict)
      return {
        input: s.input,
        status: 'conflict',
        reason: null,
        org: s.org,
        conflictWith: conflict.with,
        differing: conflict.differing,
        datum: filledOn(s.submission),
      };
    const lost = all.find((o): o is Extract<Outcome, { kind: 'superseded' }> => o.kind === 'superseded');
    return { input: s.input, status: 'superseded', reason: lost?.reason ?? 'newer', org: s.org, supersededBy: lost?.by ?? '' };
  });
}

type Outcome =
  | { kind: 'wins' }
  | { kind: 'superseded'; reason: 'newer' | 'duplicate'; by: string }
  | { kind: 'conflict'; with: string; differing: number };

/** One organisation's candidates (in file order) → what becomes of each. */
function decide(group: Candidate[], filledOn: (sub: Submission) => string | null): Map<number, Outcome> {
  const result = new Map<number, Outcome>();
  const datum = (c: Candidate) => filledOn(c.submission) ?? '';
  const newest = group.reduce((max, c) => (datum(c) > max ? datum(c) : max), '');
  const suspicious = group.some((c) => c.input.findings.some((f) => f.code === 'ORG_FILENAME_MISMATCH'));
  // With a possible neighbour's copy among them, every differing return is in doubt; otherwise only those of the newest datum.
  const contenders = suspicious ? group : group.filter((c) => datum(c) === newest);
  // Two returns have the same answers exactly when their keys are equal: comparing the keys, not
  // the answers, keeps this linear in the number of returns of an organisation.
  const key = new Map(contenders.map((c) => [c, answersKey(c.submission)]));
  const distinct: Candidate[] = [];
  const seen = new Set<string>();
  for (const c of contenders) {
    const k = key.get(c) ?? '';
    if (!seen.has(k)) {
      seen.add(k);
      distinct.push(c);
    }
  }

  if (distinct.length > 1) {
    for (const c of contenders) {
      const other = distinct.find((d) => d !== c && key.get(d) !== key.get(c)) ?? distinct[0];
      if (other)
        result.set(c.index, {
          kind: 'conflict',
          with: other.input.file,
          differing: differingAnswers(c.submission, other.submission),
        });
    }
  } else {
    // The answers are the same, so which file is listed as counting changes no figure: the one saved last, else the first.
    const winner = contenders.reduce<Candidate | undefined>(
      (best, c) => (!best || (c.input.mtimeMs ?? 0) > (best.input.mtimeMs ?? 0) ? c : best),
      undefined,
    );
    if (!winner) return result;
    result.set(winner.index, { kind: 'wins' });
    for (const c of contenders)
      if (c !== winner) result.set(c.index, { kind: 'superseded', reason: 'duplicate', by: winner.input.file });
  }
  const reference = distinct[0]?.input.file ?? '';
  for (const c of group) if (!result.has(c.index)) result.set(c.index, { kind: 'superseded', reason: 'newer', by: reference });
  return result;
}

/**
 * The answers of a return as one text: equal for two returns exactly when differingAnswers finds
 * no difference (an answer that is null and no answer at all are the same).
 */
function answersKey(sub: Pick<Submission, 'answers'>): string {
  const ids = Object.keys(sub.answers).sort();
  const out: Array<[string, Array<[string, string]>]> = [];
  for (const id of ids) {
    const fields = sub.answers[id] ?? {};
    const given = Object.keys(fields)
      .sort()
      .flatMap((f): Array<[string, string]> => {
        const v = fields[f];
        return v === null || v === undefined ? [] : [[f, v]];
      });
    if (given.length) out.push([id, given]);
  }
  return JSON.stringify(out);
}

/** How many answers (principle × field) differ between two returns; 0 means the same return. */
function differingAnswers(a: Pick<Submission, 'answers'>, b: Pick<Submission, 'answers'>): number {
  // Every principle and field of either return once: those of a, then those only b has.
  let n = 0;
  const compare = (x: Record<string, string | null | undefined>, y: Record<string, string | null | undefined>, skip: boolean) => {
    for (const field in x) if (!(skip && Object.hasOwn(y, field)) && (x[field] ?? null) !== (y[field] ?? null)) n++;
  };
  for (const id in a.answers) compare(a.answers[id] ?? {}, b.answers[id] ?? {}, false);
  for (const id in b.answers) {
    const y = b.answers[id] ?? {};
    compare(y, Object.hasOwn(a.answers, id) ? (a.answers[id] ?? {}) : {}, true);
  }
  return n;
}

/** The meetmoment to report on: the one asked for, else the most common among valid returns (the later one on a tie). */
export function chooseMeetmoment(inputs: readonly ReportFileInput[], norm: Norm): string | null {
  const options = meetmomentOptions(norm);
  const counts = new Map<string, number>();
  for (const i of inputs) {
    const m = meetmomentOf(norm, i.submission?.front);
    if (m && !i.findings.some((f) => f.severity === 'error')) counts.set(m, (counts.get(m) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [code, n] of counts) {
    const better =
      best === null ||
      n > (counts.get(best) ?? 0) ||
      (n === counts.get(best) && options.findIndex((o) => o.code === code) > options.findIndex((o) => o.code === best));
    if (better) best = code;
  }
  return best;
}
