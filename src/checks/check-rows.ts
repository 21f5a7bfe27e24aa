import type { Finding } from '../findings/finding.js';
import { makeFinding } from '../findings/make-finding.js';
import type { Lang } from '../i18n/catalogue.js';
import { allPrinciples, principleText, principleTitle } from '../norm/localise.js';
import type { Norm } from '../norm/norm-schema.js';
import type { RawRow } from '../submission/raw-submission.js';
import { fold } from './closest.js';

/**
 * Matches rows to principles by id: blanked, unknown, duplicate and missing ids, and principle
 * texts changed in their locked cells.
 */
export function checkRows(rows: RawRow[], norm: Norm, lang: Lang, idsReadable: boolean): { byId: Map<string, RawRow>; findings: Finding[] } {
  const findings: Finding[] = [];
  const expected = new Map(allPrinciples(norm).map(({ principle }) => [principle.id, principle]));
  const byId = new Map<string, RawRow>();
  for (const row of rows) {
    const at = { sheet: row.at.sheet, cell: row.at.cell };
    if (row.principle === '') {
      const filled = Object.values(row.fields).some((f) => f.value !== null && f.value !== '');
      if (filled) findings.push(makeFinding('ROW_ID_BLANK', {}, at));
      continue;
    }
    const principle = expected.get(row.principle);
    if (!principle) {
      findings.push(makeFinding('ROW_UNKNOWN', { id: row.principle }, { ...at, principle: row.principle }));
      continue;
    }
    if (byId.has(row.principle)) {
      findings.push(makeFinding('ROW_DUPLICATE', { id: row.principle, first: byId.get(row.principle)?.at.cell }, { ...at, principle: row.principle }));
      continue;
    }
    byId.set(row.principle, row);
    const text = row.text?.value;
    const want = `${principleTitle(principle, lang)}\n${principleText(principle, lang)}`;
    if (row.text && typeof text === 'string' && text !== want && fold(text) !== fold(want)) {
      findings.push(makeFinding('TEXT_CHANGED', { id: row.principle, old: want.replace('\n', ': '), new: text.replace('\n', ': ') }, { sheet: row.text.at.sheet, cell: row.text.at.cell, principle: row.principle }));
    }
  }
  if (idsReadable) {
    for (const id of expected.keys()) if (!byId.has(id)) findings.push(makeFinding('ROW_MISSING', { id }, { principle: id }));
  }
  return { byId, findings };
}
