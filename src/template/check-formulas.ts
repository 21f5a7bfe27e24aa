import { fold } from '../base/closest.js';
import type { Required } from '../norm/norm-schema.js';

/**
 * Formula pieces of the Controle sheet. They repeat, in spreadsheet functions that Excel (2007 and
 * later) and LibreOffice both know, what the tool does when it reads a return: a cell is empty when
 * it holds nothing but white space; a dropdown value counts when it equals an option's label (Dutch
 * or English) or code after folding case and spaces; a 'verplicht' rule applies only when the field
 * it depends on holds a known option. docs/template-format.md says where the two can differ.
 */

/**
 * Characters that the tool trims as white space (JavaScript's trim()), beyond the plain space:
 * tab, line feed, vertical tab, form feed and carriage return by CHAR(), the others written into
 * the formula as literal characters (CHAR above 127 depends on the platform's code page).
 */
const CONTROL_SPACES = [9, 10, 11, 12, 13];
const UNICODE_SPACES = [
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u2001',
  '\u2002',
  '\u2003',
  '\u2004',
  '\u2005',
  '\u2006',
  '\u2007',
  '\u2008',
  '\u2009',
  '\u200a',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
];

/** What an error value in a cell turns into: not empty and no option, as the tool treats it. */
const ERROR_TEXT = '#';
/** A value that is filled in but is none of the options. */
const UNKNOWN_CODE = '?';

export const quote = (s: string): string => `"${s.replace(/"/g, '""')}"`;

/**
 * The text of the cell that `ref` points to, white space made plain, trimmed, inner runs folded and
 * lower case: "" when empty, and also when `ref` points nowhere (a deleted defined name reads as
 * an empty field to the tool); "#" when the cell holds an error value.
 */
export function foldedText(ref: string): string {
  let e = ref;
  for (const n of CONTROL_SPACES) e = `SUBSTITUTE(${e},CHAR(${n})," ")`;
  for (const ch of UNICODE_SPACES) e = `SUBSTITUTE(${e},"${ch}"," ")`;
  return `IF(ISREF(${ref}),IFERROR(LOWER(TRIM(${e})),${quote(ERROR_TEXT)}),"")`;
}

/** The position of a principle id in the `nr` column, 0 when absent: the tool also finds rows by id. */
export function principlePosition(idRef: string, idName: string): string {
  return `IFERROR(MATCH(${idRef},${idName},0),0)`;
}

interface Option {
  code: string;
  label: string;
  label_en?: string | undefined;
}

/**
 * The code of the option a folded text means ("" when empty, "?" when none), options tried in norm
 * order as the tool does: label, English label or code, compared after folding.
 */
export function optionCode(text: string, options: readonly Option[]): string {
  let e = quote(UNKNOWN_CODE);
  for (const o of [...options].reverse()) {
    const keys = [...new Set([o.label, o.label_en ?? '', o.code].filter((k) => k !== '').map(fold))];
    e = `IF(OR(${keys.map((k) => `${text}=${quote(k)}`).join(',')}),${quote(o.code)},${e})`;
  }
  return `IF(${text}="","",${e})`;
}

/**
 * 1 when the field is empty and its rule makes it required, else 0. `found` is the condition that
 * the tool reads the field at all (the principle's row was found; the front sheet is there);
 * `code` gives the cell holding a field's option code.
 */
export function missingFlag(found: string, text: string, rule: Required, code: (fieldId: string) => string): string {
  const required = requiredWhen(rule, code);
  return `IF(AND(${found},${text}=""${required === 'TRUE' ? '' : `,${required}`}),1,0)`;
}

function requiredWhen(rule: Required, code: (fieldId: string) => string): string {
  if (rule === true) return 'TRUE';
  if (rule === false) return 'FALSE';
  const { veld, in: inList, niet_in: notIn } = rule.wanneer;
  const c = code(veld);
  if (inList) return `OR(${inList.map((v) => `${c}=${quote(v)}`).join(',')})`;
  if (notIn) return `AND(${c}<>"",${c}<>${quote(UNKNOWN_CODE)},${notIn.map((v) => `${c}<>${quote(v)}`).join(',')})`;
  return 'FALSE';
}

/** "1.3, 1.5": the ids whose flag cell holds 1, in order. */
export function flaggedIds(entries: ReadonlyArray<{ id: string; flag: string }>): string {
  return `SUBSTITUTE(TRIM(${entries.map((e) => `IF(${e.flag}=1,${quote(`${e.id} `)},"")`).join('&')})," ",", ")`;
}

/** Fields whose value a rule looks at: they get an option-code helper. */
export function ruleTargets(fields: ReadonlyArray<{ verplicht: Required }>): Set<string> {
  const out = new Set<string>();
  for (const f of fields) if (typeof f.verplicht === 'object') out.add(f.verplicht.wanneer.veld);
  return out;
}
