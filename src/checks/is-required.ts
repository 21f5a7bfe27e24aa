import type { Required } from '../norm/norm-schema.js';
import type { AnswerValue } from '../submission/submission.js';

/**
 * Evaluates a 'verplicht' rule from the YAML against the other values of the same row or sheet;
 * a rule on an answer field may also look at a field of the front sheet (`front`).
 */
export function isRequired(
  rule: Required,
  values: Readonly<Record<string, AnswerValue | undefined>>,
  front: Readonly<Record<string, AnswerValue | undefined>> = {},
): boolean {
  if (typeof rule === 'boolean') return rule;
  const { veld, in: inList, niet_in: notIn } = rule.wanneer;
  const other = veld in values ? values[veld] : front[veld];
  if (other === null || other === undefined) return false;
  if (inList) return inList.includes(other);
  return notIn ? !notIn.includes(other) : false;
}
