import { TEMPLATE_TEXT } from '../i18n/template-text.js';
import type { Lang } from '../base/lang.js';
import { labelOf } from '../norm/localise.js';
import type { FrontField, Norm, ResponseField } from '../norm/norm-schema.js';

type Field = ResponseField | FrontField;

/** Fields chosen from a dropdown: a person "chooses" them rather than "fills them in". */
const isListField = (field: Field): boolean => field.type === 'schaal' || field.type === 'keuze' || field.type === 'organisatie';

/**
 * A 'verplicht' rule of the YAML as a person would say it: "Vul een toelichting in als de status
 * niet ‘Uitgevoerd’ is." Labels and option names come from the norm, never from code. Undefined
 * for an optional field.
 */
export function describeRule(field: Field, norm: Norm, lang: Lang, where: 'row' | 'front'): string | undefined {
  const t = TEMPLATE_TEXT[lang].rules;
  const fields: Field[] = where === 'row' ? norm.velden : norm.voorblad;
  const list = isListField(field);
  const label = labelOf(field, lang);
  if (field.verplicht === false) return undefined;
  if (field.verplicht === true) return where === 'row' ? t.rowAlways(lowerFirst(label), list) : t.frontAlways(label, list);
  const cond = field.verplicht.wanneer;
  // A rule of an answer field may look at a front field.
  const target =
    fields.find((f) => f.id === cond.veld) ?? (where === 'row' ? norm.voorblad.find((f) => f.id === cond.veld) : undefined);
  const optionLabel = (code: string) => {
    const option =
      target?.type === 'schaal' ? norm.schaal.find((o) => o.code === code) : target?.opties?.find((o) => o.code === code);
    return option ? labelOf(option, lang) : code;
  };
  const negated = cond.in === undefined;
  const values = joinOr(
    (cond.in ?? cond.niet_in ?? []).map((c) => t.quote(optionLabel(c))),
    t.or,
  );
  const condition = target ? labelOf(target, lang) : cond.veld;
  return where === 'row'
    ? t.rowWhen(lowerFirst(label), list, lowerFirst(condition), values, negated)
    : t.frontWhen(label, list, condition, values, negated);
}

/** "‘A’", "‘A’ of ‘B’", "‘A’, ‘B’ of ‘C’". */
function joinOr(values: string[], or: string): string {
  if (values.length <= 1) return values.join('');
  return `${values.slice(0, -1).join(', ')} ${or} ${values[values.length - 1]}`;
}

/** "Toelichting" → "toelichting" inside a sentence; an abbreviation such as "BIO" stays. */
function lowerFirst(label: string): string {
  const second = label.charAt(1);
  return second !== '' && second === second.toUpperCase() && second !== second.toLowerCase()
    ? label
    : label.charAt(0).toLowerCase() + label.slice(1);
}
