import type { Finding } from '../findings/finding.js';
import { makeFinding } from '../findings/make-finding.js';
import type { Lang } from '../base/lang.js';
import { labelOf } from '../norm/localise.js';
import type { Norm } from '../norm/norm-schema.js';
import type { AnswerValue } from '../submission/submission.js';
import { fold } from '../base/closest.js';
import { copyCheckedFields, statusFieldId } from '../norm/field-roles.js';

/** At least this many principles with one and the same toelichting looks like copy and paste. */
const COPIED_TEXT_MIN = 5;
/** Below this many answers, one status for all is not suspicious. */
const UNIFORM_STATUS_MIN = 10;

/** Patterns across the whole return that suggest it was not filled in with care. */
export function checkPatterns(answers: Record<string, Record<string, AnswerValue>>, norm: Norm, lang: Lang): Finding[] {
  const findings: Finding[] = [];
  const statusField = statusFieldId(norm);
  const statuses = Object.values(answers)
    .map((a) => a[statusField])
    .filter((s): s is string => Boolean(s));
  const first = statuses[0];
  if (first && statuses.length >= UNIFORM_STATUS_MIN && statuses.every((s) => s === first)) {
    const option = norm.schaal.find((o) => o.code === first);
    findings.push(makeFinding('UNIFORM_STATUS', { status: option ? labelOf(option, lang) : first, count: statuses.length }));
  }
  // Only the fields the norm marks (`kopie_controle`): one owner for many principles is normal, one explanation is not.
  for (const field of copyCheckedFields(norm)) {
    const byText = new Map<string, string[]>();
    for (const [id, a] of Object.entries(answers)) {
      const text = a[field.id];
      if (!text) continue;
      const key = fold(text);
      byText.set(key, [...(byText.get(key) ?? []), id]);
    }
    for (const [text, ids] of byText) {
      if (ids.length >= COPIED_TEXT_MIN) {
        findings.push(
          makeFinding('COPIED_TOELICHTING', {
            field: field.id,
            label: labelOf(field, lang),
            count: ids.length,
            ids: ids.join(', '),
            text: text.slice(0, 60),
          }),
        );
      }
    }
  }
  return findings;
}
