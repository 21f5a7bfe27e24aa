import type { Finding } from '../findings/finding.js';
import { makeFinding } from '../findings/make-finding.js';
import type { Lang } from '../base/lang.js';
import type { Norm } from '../norm/norm-schema.js';
import type { Registry } from '../norm/registry-schema.js';
import type { RawRow } from '../submission/raw-submission.js';
import type { AnswerValue } from '../submission/submission.js';
import { labelOf } from '../norm/localise.js';
import { interpretValue } from './interpret-value.js';
import { isRequired } from './is-required.js';
import { valueKind } from './value-kind.js';
import { planningFields, statusFieldId } from '../norm/field-roles.js';

/**
 * Every answer of every principle: values read and normalised, the 'verplicht' rules of the YAML
 * applied (a rule may look at a front field), and planned dates (`rol: planning`) compared with
 * the front date they name.
 */
export function checkAnswers(
  rows: Map<string, RawRow>,
  norm: Norm,
  registry: Registry,
  lang: Lang,
  front: Readonly<Record<string, AnswerValue>>,
): { answers: Record<string, Record<string, AnswerValue>>; findings: Finding[] } {
  const findings: Finding[] = [];
  const answers: Record<string, Record<string, AnswerValue>> = {};
  const named = (field: { id: string; label: string; label_en?: string | undefined }) => ({
    field: field.id,
    label: labelOf(field, lang),
  });
  const planned = new Map(planningFields(norm).map((p) => [p.field.id, p.compareWith]));
  const frontLabel = (id: string) => {
    const f = norm.voorblad.find((x) => x.id === id);
    return f ? labelOf(f, lang) : id;
  };
  // The same for every row: how each field is read and what it is called.
  const fields = norm.velden.map((field) => ({
    field,
    kind: valueKind(field, norm, registry),
    named: { id: field.id, label: labelOf(field, lang) },
    compareWith: planned.get(field.id),
  }));
  for (const [id, row] of rows) {
    const values: Record<string, AnswerValue | undefined> = {};
    const principle = { principle: id };
    for (const { field, kind, named: name } of fields) {
      const r = interpretValue(row.fields[field.id], kind, name, lang, principle);
      if (r.findings.length > 0) findings.push(...r.findings);
      values[field.id] = r.value;
    }
    for (const { field, compareWith } of fields) {
      const raw = row.fields[field.id];
      if (values[field.id] === null && isRequired(field.verplicht, values, front))
        findings.push(missingAnswer(id, field, values, norm, lang, answerPlace(id, raw), front));
      const value = values[field.id];
      const filledOn = compareWith === undefined ? null : (front[compareWith] ?? null);
      if (value && filledOn && compareWith !== undefined && value < filledOn) {
        findings.push(
          makeFinding(
            'PLANNING_BEFORE_DATUM',
            { id, ...named(field), date: value, filledOn, compareWith, compareLabel: frontLabel(compareWith) },
            answerPlace(id, raw),
          ),
        );
      }
    }
    // Field ids are lower-case words (the norm schema), so none is __proto__. In the norm's
    // order, as the values were set (the order of Object.keys(values)).
    const answer: Record<string, AnswerValue> = {};
    for (const { field } of fields) answer[field.id] = values[field.id] ?? null;
    answers[id] = answer;
  }
  return { answers, findings };
}

/** Where a finding about a principle's answer points: the principle, and the cell when it was found. */
function answerPlace(
  id: string,
  raw: RawRow['fields'][string] | undefined,
): { principle: string; sheet?: string; cell?: string } {
  return { principle: id, ...(raw ? { sheet: raw.at.sheet, cell: raw.at.cell } : {}) };
}

/** A required answer that is empty: its status (STATUS_MISSING) or another field (REQUIRED_MISSING, with the rule that made it required). */
export function missingAnswer(
  id: string,
  field: Norm['velden'][number],
  values: Record<string, AnswerValue | undefined>,
  norm: Norm,
  lang: Lang,
  where: { principle: string; sheet?: string; cell?: string },
  front: Readonly<Record<string, AnswerValue | undefined>> = {},
): Finding {
  const rule = typeof field.verplicht === 'object' ? field.verplicht.wanneer : undefined;
  const ruleValue = rule ? (rule.veld in values ? values[rule.veld] : front[rule.veld]) : undefined;
  return field.id === statusFieldId(norm)
    ? makeFinding('STATUS_MISSING', { id, label: labelOf(field, lang) }, where)
    : makeFinding(
        'REQUIRED_MISSING',
        { id, field: field.id, label: labelOf(field, lang), ...(rule ? because(rule.veld, ruleValue, norm, lang) : {}) },
        where,
      );
}

/** The field and value that made a field required, with the words the workbook shows for both. */
function because(
  fieldId: string,
  value: AnswerValue | undefined,
  norm: Norm,
  lang: Lang,
): { when: string; whenLabel?: string; value?: string; valueLabel?: string } {
  const field = norm.velden.find((f) => f.id === fieldId) ?? norm.voorblad.find((f) => f.id === fieldId);
  if (!field) return { when: fieldId };
  const options = field.type === 'schaal' ? norm.schaal : (field.opties ?? []);
  const option = value ? options.find((o) => o.code === value) : undefined;
  return {
    when: fieldId,
    whenLabel: labelOf(field, lang),
    ...(value ? { value, valueLabel: option ? labelOf(option, lang) : value } : {}),
  };
}
