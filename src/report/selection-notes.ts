import type { Finding } from '../findings/finding.js';
import { makeFinding } from '../findings/make-finding.js';
import type { Lang } from '../base/lang.js';
import { REPORT_NOTES } from '../i18n/report-notes.js';
import type { Organisation } from '../norm/registry-schema.js';
import type { OrganisationRef } from './report-model.js';
import type { Selection } from '../intake/select-returns.js';

/** The findings the batch adds to a file: a conflict with another return, or a duplicate of one. */
export function batchFindings(s: Selection, fileLabel: Map<string, string>): Finding[] {
  const label = (file: string) => fileLabel.get(file) ?? file;
  if (s.input.part?.kind === 'conflict') return s.input.part.conflicts;
  if (s.status === 'conflict') {
    return [
      makeFinding('RETURN_CONFLICT', {
        organisation: s.org.naam,
        other: label(s.conflictWith),
        differing: s.differing,
        datum: s.datum ?? '',
      }),
    ];
  }
  if (s.status === 'superseded' && s.reason === 'duplicate')
    return [makeFinding('RETURN_DUPLICATE', { organisation: s.org.naam, other: label(s.supersededBy) })];
  return [];
}

/** Notes on how returns were counted: werkorganisaties, duplicates, conflicts and file names that name another organisation. */
export function selectionNotes(
  selection: readonly Selection[],
  scored: ReadonlyArray<{ input: { file: string }; org: Organisation; via: Organisation }>,
  fileLabel: Map<string, string>,
  ref: (org: Organisation) => OrganisationRef,
  lang: Lang,
): string[] {
  const notes = REPORT_NOTES[lang];
  const out: string[] = [];
  const label = (file: string) => fileLabel.get(file) ?? file;
  const viaWork = new Map<string, { via: Organisation; file: string; members: string[] }>();
  for (const s of scored) {
    if (s.via.code === s.org.code) continue;
    const key = s.input.file;
    const entry = viaWork.get(key) ?? { via: s.via, file: label(key), members: [] };
    entry.members.push(ref(s.org).name);
    viaWork.set(key, entry);
  }
  for (const { via, file, members } of viaWork.values())
    out.push(notes.werkorganisatie(ref(via).name, file, members.sort((a, b) => a.localeCompare(b, 'nl')).join(', ')));
  const duplicates = selection.filter((s) => s.status === 'superseded' && s.reason === 'duplicate').length;
  if (duplicates > 0) out.push(notes.duplicates(duplicates));
  const names = (keep: (s: Selection) => boolean) =>
    [...new Set(selection.flatMap((s) => (keep(s) && s.org ? [ref(s.org).name] : [])))].join(', ');
  const conflicts = names((s) => s.status === 'conflict' && !s.input.part);
  if (conflicts) out.push(notes.conflicts(conflicts));
  const partsConflict = names((s) => s.input.part?.kind === 'conflict');
  if (partsConflict) out.push(notes.partsConflict(partsConflict));
  const merged = names((s) => s.input.part?.kind === 'merged');
  if (merged) out.push(notes.partsMerged(merged));
  const misnamed = selection
    .filter((s) => s.input.findings.some((f) => f.code === 'ORG_FILENAME_MISMATCH'))
    .map((s) => label(s.input.file));
  if (misnamed.length > 0) out.push(notes.fileNameMismatch(misnamed.join(', ')));
  return out;
}
