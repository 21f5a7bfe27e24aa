import type { Finding } from '../findings/finding.js';
import { makeFinding } from '../findings/make-finding.js';
import type { Lang } from '../base/lang.js';
import { labelOf } from '../norm/localise.js';
import type { FrontField, Norm } from '../norm/norm-schema.js';
import type { Registry } from '../norm/registry-schema.js';
import type { AnswerValue, Submission } from './submission.js';
import { fillDateFieldId, meetmomentFieldId } from '../norm/field-roles.js';

/** One department's copy of a return, as validated. */
export interface MergePart {
  file: string;
  submission?: Submission;
  findings: readonly Finding[];
}

/** Where one filled field of the combined return came from. `id` is the principle, '' for the front page. */
export interface MergeSource {
  id: string;
  field: string;
  /** The file whose value was taken. */
  file: string;
  /** Every file that gave this same value (the same answer in several copies is fine). */
  agreeing: string[];
  /** How the value was chosen when the copies differ: the latest date, or --voorkeur. */
  rule?: 'latest' | 'voorkeur';
}

export interface MergeOptions {
  /** The file that wins a conflict (--voorkeur); each such choice is listed as MERGE_CHOICE. */
  preferred?: string;
  /**
   * Front-page text fields (who filled in, e-mail) of different departments: a conflict (the
   * merge command), or the value of the part with the latest date (the report, where these
   * fields change no figure; the choice is listed as a source with rule 'latest').
   */
  frontText?: 'conflict' | 'latest';
  lang: Lang;
}

export interface MergeResult {
  /** Absent when the parts cannot be combined (any error among the findings). */
  submission?: Submission;
  findings: Finding[];
  sources: MergeSource[];
}

/** Errors that only say "not filled in": a part may have them, the combined return may not. */
export const INCOMPLETE_CODES: ReadonlySet<string> = new Set([
  'PARTIAL_RETURN',
  'STATUS_MISSING',
  'REQUIRED_MISSING',
  'FRONT_MISSING',
  'ORG_MISSING',
]);

/** Whether a validated file may be one part of a return: readable, with no error but missing answers. */
export function isMergeablePart(part: MergePart): boolean {
  return part.submission !== undefined && part.findings.every((f) => f.severity !== 'error' || INCOMPLETE_CODES.has(f.code));
}

/**
 * Parts of one organisation's return → one return. An answer in one part is taken, the same
 * answer in several is fine; different answers are a conflict (MERGE_CONFLICT) unless the
 * preferred part gave one of them (MERGE_CHOICE). Parts of different organisations or
 * meetmomenten are never combined (MERGE_MISMATCH); the date of filling in is the latest.
 */
export function mergeSubmissions(parts: readonly MergePart[], norm: Norm, registry: Registry, opts: MergeOptions): MergeResult {
  const findings: Finding[] = [];
  for (const p of parts) {
    if (!isMergeablePart(p)) {
      const codes = [
        ...new Set(p.findings.filter((f) => f.severity === 'error' && !INCOMPLETE_CODES.has(f.code)).map((f) => f.code)),
      ];
      findings.push(makeFinding('MERGE_PART_INVALID', { file: p.file, codes: codes.join(', ') }, { file: p.file }));
    }
  }
  if (findings.length > 0) return { findings, sources: [] };
  const subs = parts.map((p) => ({ file: p.file, sub: p.submission as Submission }));
  const sources: MergeSource[] = [];
  const display = displayValue(norm, registry, opts.lang);

  const front: Record<string, AnswerValue> = {};
  const latestDatum = latestPart(subs, norm);
  for (const field of norm.voorblad) {
    const given = subs.map((s) => ({ file: s.file, value: s.sub.front[field.id] ?? null }));
    const named = { field: field.id, label: labelOf(field, opts.lang) };
    const kind = frontKind(field, norm, opts.frontText ?? 'conflict');
    const groups = distinct(given);
    if (groups.length > 1 && kind === 'identity') {
      const [a, b] = groups as [Group, Group];
      findings.push(
        makeFinding('MERGE_MISMATCH', {
          ...named,
          file: a.files[0] ?? '',
          value: display(field, a.value),
          otherFile: b.files[0] ?? '',
          otherValue: display(field, b.value),
        }),
      );
      continue;
    }
    if (groups.length > 1 && kind === 'latest') {
      const from =
        field.type === 'datum'
          ? groups.reduce((x, y) => (String(y.value) > String(x.value) ? y : x))
          : (groups.find((g) => g.files.includes(latestDatum ?? '')) ?? groups[0]);
      if (from) {
        front[field.id] = from.value;
        sources.push({ id: '', field: field.id, file: from.files[0] ?? '', agreeing: from.files, rule: 'latest' });
      }
      continue;
    }
    front[field.id] = decide('', field, named, groups, opts.preferred, findings, sources, display);
  }

  // Parts of two returns: their differences in answers are no news, only that they do not belong together.
  const mismatches = findings.filter((f) => f.code === 'MERGE_MISMATCH');
  if (mismatches.length > 0) return { findings: mismatches, sources: [] };

  const answers: Record<string, Record<string, AnswerValue>> = {};
  for (const theme of norm.themas) {
    for (const p of theme.uitgangspunten) {
      const row: Record<string, AnswerValue> = {};
      for (const field of norm.velden) {
        const given = subs.map((s) => ({ file: s.file, value: s.sub.answers[p.id]?.[field.id] ?? null }));
        row[field.id] = decide(
          p.id,
          field,
          { field: field.id, label: labelOf(field, opts.lang) },
          distinct(given),
          opts.preferred,
          findings,
          sources,
          display,
        );
      }
      answers[p.id] = row;
    }
  }

  if (findings.some((f) => f.severity === 'error')) return { findings, sources };
  const first = subs[0]?.sub;
  const organisation = subs.map((s) => s.sub.organisation).find((o) => o !== null) ?? null;
  return { submission: first ? { identity: first.identity, organisation, front, answers } : undefined, findings, sources };
}

type Group = { value: string; files: string[] };
type Display = (
  field: { type: string; opties?: Array<{ code: string; label: string; label_en?: string | undefined }> | undefined },
  value: string,
) => string;

/** The distinct non-empty values, each with the files that gave it, in file order. */
function distinct(given: Array<{ file: string; value: AnswerValue }>): Group[] {
  const groups: Group[] = [];
  for (const g of given) {
    if (g.value === null) continue;
    const same = groups.find((x) => x.value === g.value);
    if (same) same.files.push(g.file);
    else groups.push({ value: g.value, files: [g.file] });
  }
  return groups;
}

/** One field: taken, agreed, chosen by --voorkeur, or a conflict (then null). */
function decide(
  id: string,
  field: { id: string; type: string; opties?: Array<{ code: string; label: string; label_en?: string | undefined }> | undefined },
  named: { field: string; label: string },
  groups: Group[],
  preferred: string | undefined,
  findings: Finding[],
  sources: MergeSource[],
  display: Display,
): AnswerValue {
  const [first, ...others] = groups;
  if (!first) return null;
  const where = id ? { principle: id } : {};
  if (others.length === 0) {
    sources.push({ id, field: field.id, file: first.files[0] ?? '', agreeing: first.files });
    return first.value;
  }
  const winner = preferred === undefined ? undefined : groups.find((g) => g.files.includes(preferred));
  if (!winner) {
    const b = others[0] as Group;
    findings.push(
      makeFinding(
        'MERGE_CONFLICT',
        {
          id,
          ...named,
          file: first.files[0] ?? '',
          value: display(field, first.value),
          otherFile: b.files[0] ?? '',
          otherValue: display(field, b.value),
        },
        where,
      ),
    );
    return null;
  }
  for (const g of groups.filter((x) => x !== winner)) {
    findings.push(
      makeFinding(
        'MERGE_CHOICE',
        {
          id,
          ...named,
          file: preferred ?? '',
          value: display(field, winner.value),
          otherFile: g.files[0] ?? '',
          otherValue: display(field, g.value),
        },
        where,
      ),
    );
  }
  sources.push({ id, field: field.id, file: preferred ?? '', agreeing: winner.files, rule: 'voorkeur' });
  return winner.value;
}

/** How a front-page field combines: the organisation and the meetmoment must agree, the date is the latest. */
function frontKind(field: FrontField, norm: Norm, frontText: 'conflict' | 'latest'): 'identity' | 'latest' | 'answer' {
  if (field.type === 'organisatie' || field.type === 'keuze' || field.id === meetmomentFieldId(norm)) return 'identity';
  if (field.type === 'datum') return 'latest';
  return frontText === 'latest' ? 'latest' : 'answer';
}

/** The file with the latest date of filling in (the first such file on a tie). */
function latestPart(subs: Array<{ file: string; sub: Submission }>, norm: Norm): string | undefined {
  const datum = fillDateFieldId(norm);
  let best: { file: string; d: string } | undefined;
  for (const s of subs) {
    const d = s.sub.front[datum] || '';
    if (!best || d > best.d) best = { file: s.file, d };
  }
  return best?.file;
}

/** A value as the workbook shows it: the label of an option, the name of an organisation. */
function displayValue(norm: Norm, registry: Registry, lang: Lang): Display {
  return (field, value) => {
    if (field.type === 'organisatie') return registry.organisaties.find((o) => o.code === value)?.naam ?? value;
    const options = field.type === 'schaal' ? norm.schaal : (field.opties ?? []);
    const option = options.find((o) => o.code === value);
    return option ? labelOf(option, lang) : value;
  };
}
