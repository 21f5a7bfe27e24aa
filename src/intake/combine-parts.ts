import { missingAnswer } from '../checks/check-answers.js';
import { checkPartial } from '../checks/check-partial.js';
import { isRequired } from '../checks/is-required.js';
import type { Finding } from '../findings/finding.js';
import { makeFinding } from '../findings/make-finding.js';
import type { Lang } from '../base/lang.js';
import { labelOf } from '../norm/localise.js';
import type { Norm } from '../norm/norm-schema.js';
import { meetmomentOf } from '../norm/field-roles.js';
import type { Registry } from '../norm/registry-schema.js';
import { INCOMPLETE_CODES, isMergeablePart, mergeSubmissions, type MergeSource } from '../submission/merge-submissions.js';
import type { Submission } from '../submission/submission.js';
import type { PartOutcome, ReportFileInput } from './select-returns.js';

/** The file name of a combined return: its parts, joined. */
export const PART_SEPARATOR = ' + ';

/**
 * Several valid-but-partial returns (PARTIAL_RETURN) of one organisation, meetmoment and norm
 * version are the parts of one return: they are combined the way `weerbaar merge` combines them,
 * with the front-page texts of the part with the latest date. The combined return is added as
 * an input of its own (named after its parts, with `parts`); each part is marked with what became
 * of it. Parts that conflict are marked as such and combine to nothing: never decided silently.
 * Pure; the same for report, intake and score.
 */
export function combineParts(inputs: readonly ReportFileInput[], norm: Norm, registry: Registry, lang: Lang): ReportFileInput[] {
  const groups = new Map<string, ReportFileInput[]>();
  for (const input of inputs) {
    const key = partKey(input, norm);
    if (key !== null) groups.set(key, [...(groups.get(key) ?? []), input]);
  }
  const marked = new Map<ReportFileInput, PartOutcome>();
  const combined: ReportFileInput[] = [];
  for (const parts of groups.values()) {
    if (parts.length < 2) continue;
    const files = parts.map((p) => p.file);
    const merge = mergeSubmissions(parts, norm, registry, { frontText: 'latest', lang });
    const conflicts = merge.findings.flatMap((f) => (f.code === 'MERGE_CONFLICT' ? [f] : []));
    if (!merge.submission) {
      for (const p of parts) {
        const mine = conflicts.filter((f) => f.args.file === p.file || f.args.otherFile === p.file);
        const first = mine[0];
        const other =
          first === undefined
            ? files.find((f) => f !== p.file)
            : first.args.file === p.file
              ? first.args.otherFile
              : first.args.file;
        marked.set(p, { kind: 'conflict', with: other ?? '', conflicts: mine.length > 0 ? mine : merge.findings });
      }
      continue;
    }
    const file = files.join(PART_SEPARATOR);
    for (const p of parts) marked.set(p, { kind: 'merged', into: file });
    combined.push({
      file,
      parts: files,
      findings: [
        makeFinding('PARTS_MERGED', { files: files.map(baseName).join(', '), count: files.length }),
        ...keptFindings(parts),
        ...frontChoices(merge.sources, files, norm, lang),
        ...completeness(merge.submission, norm, lang),
      ],
      submission: merge.submission,
    });
  }
  return [...inputs.map((i) => (marked.has(i) ? { ...i, part: marked.get(i) } : i)), ...combined];
}

/** Organisation, meetmoment and version of a part; null for a file that is no part (complete, broken, another version). */
function partKey(input: ReportFileInput, norm: Norm): string | null {
  const sub = input.submission;
  if (input.skipped || !sub || !sub.organisation || !input.findings.some((f) => f.code === 'PARTIAL_RETURN')) return null;
  if (!isMergeablePart(input) || (sub.identity.normVersion !== undefined && sub.identity.normVersion !== norm.versie))
    return null;
  return [sub.organisation, meetmomentOf(norm, sub.front) ?? '', sub.identity.normVersion ?? ''].join('|');
}

/** What the parts said beyond "not filled in" (warnings, notes), once each. */
function keptFindings(parts: readonly ReportFileInput[]): Finding[] {
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const f of parts.flatMap((p) => p.findings)) {
    if (INCOMPLETE_CODES.has(f.code)) continue;
    const key = JSON.stringify([f.code, f.args, f.location.principle ?? null]);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(f);
  }
  return out;
}

/** Front-page texts that differed between the parts: taken from the part with the latest date, and said so. */
function frontChoices(sources: readonly MergeSource[], files: string[], norm: Norm, lang: Lang): Finding[] {
  return sources
    .filter((s) => s.id === '' && s.rule === 'latest' && s.agreeing.length < files.length)
    .flatMap((s) => {
      const field = norm.voorblad.find((f) => f.id === s.field);
      return field && field.type !== 'datum'
        ? [makeFinding('PARTS_FRONT_LATEST', { field: field.id, label: labelOf(field, lang), file: s.file })]
        : [];
    });
}

/** The combined return is checked for what is still empty, as validate checks a single file. */
function completeness(sub: Submission, norm: Norm, lang: Lang): Finding[] {
  const findings: Finding[] = [];
  for (const field of norm.voorblad) {
    if ((sub.front[field.id] ?? null) !== null || !isRequired(field.verplicht, sub.front)) continue;
    const args = { field: field.id, label: labelOf(field, lang) };
    findings.push(field.type === 'organisatie' ? makeFinding('ORG_MISSING', args) : makeFinding('FRONT_MISSING', args));
  }
  for (const theme of norm.themas) {
    for (const p of theme.uitgangspunten) {
      const values = sub.answers[p.id] ?? {};
      for (const field of norm.velden) {
        if ((values[field.id] ?? null) === null && isRequired(field.verplicht, values, sub.front))
          findings.push(missingAnswer(p.id, field, values, norm, lang, { principle: p.id }, sub.front));
      }
    }
  }
  return checkPartial(findings, sub.answers, norm);
}

function baseName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}
