import type { Finding, FindingLocation } from '../findings/finding.js';
import { makeFinding } from '../findings/make-finding.js';
import type { Lang } from '../base/lang.js';
import type { Registry } from '../norm/registry-schema.js';
import type { RawField } from '../submission/raw-submission.js';
import { isErrorValue } from '../workbook/raw-workbook.js';
import { DATE_MAX, DATE_MIN } from '../workbook/template-contract.js';
import { fold, stripInvisible, suggest } from '../base/closest.js';
import { dateCellToIso, parseDutchDate, serialToIso } from './parse-date.js';

/** A field of the norm with its label as the workbook shows it. */
export interface NamedField {
  id: string;
  label: string;
}

/** `{ key: value }`, or nothing when there is no value: absent arguments stay absent in the JSON. */
const optional = <K extends string>(key: K, value: string | undefined): { [P in K]?: string } =>
  (value ? { [key]: value } : {}) as { [P in K]?: string };

interface Option {
  code: string;
  label: string;
  label_en?: string | undefined;
  synoniemen?: string[] | undefined;
}

/** How a field's cell is read: its type plus what it may hold. */
export type ValueKind =
  | { type: 'tekst' | 'email' | 'datum' }
  | { type: 'keuze'; options: Option[]; optional?: boolean }
  | { type: 'organisatie'; registry: Registry };

/** The value as the tool uses it: a code, a text, an ISO date, an organisation code; null if empty; undefined if unusable. */
export interface Interpreted {
  value: string | null | undefined;
  findings: Finding[];
}

/**
 * Turns one cell into a value, accepting what real clients write: rich text, formulas with a
 * cached result (with a warning), dates as date cells or Dutch text, and dropdown values that
 * differ only in spaces, case, invisible characters or language (with a warning naming the
 * normalised value), or that the norm declares as a synonym. An organisation is returned as its
 * registry code whatever its validity; checkFront weighs that against the return's date.
 */
export function interpretValue(
  raw: RawField | undefined,
  kind: ValueKind,
  named: NamedField,
  lang: Lang,
  where: FindingLocation,
): Interpreted {
  if (!raw) return { value: null, findings: NO_FINDINGS };
  // Most values have no finding: the list, where and what for a finding are made only for one.
  let findings: Finding[] | undefined;
  if (raw.formula !== undefined) {
    findings = [makeFinding('INPUT_FORMULA', { ...fieldArgs(named), formula: raw.formula }, locate(raw, where))];
  }
  if (isErrorValue(raw.value)) {
    const error = makeFinding('INPUT_ERROR_VALUE', { ...fieldArgs(named), error: raw.value.error }, locate(raw, where));
    return { value: undefined, findings: findings ? [...findings, error] : [error] };
  }
  const v = raw.value;
  if (v === null || (typeof v === 'string' && v.trim() === '')) return { value: null, findings: findings ?? NO_FINDINGS };
  // Only list values, dates and addresses are cleaned: in free text an invisible character does no harm.
  const cleaned = typeof v === 'string' && kind.type !== 'tekst' ? stripInvisible(v) : { text: String(v), changed: false };
  if (cleaned.text.trim() === '') return { value: null, findings: findings ?? NO_FINDINGS };
  switch (kind.type) {
    case 'tekst':
      return result(v instanceof Date ? (dateCellToIso(v) ?? '') : String(v).trim(), findings);
    case 'email': {
      const text = cleaned.text.trim().replace(/^mailto:/i, '');
      return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text)
        ? result(text, findings)
        : result(
            undefined,
            findings,
            makeFinding('EMAIL_INVALID', { ...fieldArgs(named), value: display(v) }, locate(raw, where)),
          );
    }
    case 'datum': {
      const iso = v instanceof Date ? dateCellToIso(v) : typeof v === 'number' ? serialToIso(v) : parseDutchDate(cleaned.text);
      // The template accepts dates from 2000 to 2100; anything else is a typing error (2026 typed in a date cell is 1905).
      return iso && iso >= DATE_MIN && iso <= DATE_MAX
        ? result(iso, findings)
        : result(
            undefined,
            findings,
            makeFinding('DATE_INVALID', { ...fieldArgs(named), value: display(v) }, locate(raw, where)),
          );
    }
    case 'keuze': {
      const text = cleaned.text;
      const label = (o: Option) => (lang === 'en' ? (o.label_en ?? o.label) : o.label);
      const exact = kind.options.find((o) => label(o) === text);
      // Folded only when the value is not exactly a label, as most are.
      const f = exact ? '' : fold(text);
      // A declared synonym wins over a code that happens to read the same ("nvt"): it is meant as typed.
      const synonym = exact ? undefined : kind.options.find((o) => (o.synoniemen ?? []).some((x) => fold(x) === f));
      const loose =
        exact ??
        (synonym
          ? undefined
          : kind.options.find((o) => [o.label, o.label_en ?? '', o.code].some((x) => x !== '' && fold(x) === f)));
      const found = loose ?? synonym;
      if (found) {
        // A declared synonym means the same by definition ("n.v.t."): accepted without a word, unless invisible characters were removed.
        if (cleaned.changed) return result(found.code, findings, normalisedFinding(raw, named, where, label(found), 'invisible'));
        if (loose && !exact) return result(found.code, findings, normalisedFinding(raw, named, where, label(found), undefined));
        return result(found.code, findings);
      }
      const suggestion = suggest(text, kind.options.map(label));
      const unknown = makeFinding(
        'OPTION_UNKNOWN',
        {
          ...fieldArgs(named),
          value: display(v),
          ...optional('suggestion', suggestion),
          ...optional('options', suggestion ? undefined : kind.options.map(label).join(', ')),
        },
        locate(raw, where),
      );
      // An optional field does not decide the score: an unknown value there is left out with a warning.
      return result(undefined, findings, kind.optional ? { ...unknown, severity: 'warning' } : unknown);
    }
    case 'organisatie': {
      const orgs = kind.registry.organisaties;
      const match = (t: string) => {
        const exact = orgs.find((o) => o.naam === t);
        if (exact) return exact;
        const tf = fold(t);
        return orgs.find((o) => fold(o.naam) === tf || fold(o.code) === tf);
      };
      const text = cleaned.text.trim();
      const direct = match(text);
      const prefixed = direct ? undefined : /^gemeente\s+(.+)$/i.exec(text);
      const found = direct ?? (prefixed ? match(prefixed[1] ?? '') : undefined);
      if (found) {
        if (cleaned.changed) return result(found.code, findings, normalisedFinding(raw, named, where, found.naam, 'invisible'));
        if (prefixed) return result(found.code, findings, normalisedFinding(raw, named, where, found.naam, 'prefix'));
        if (found.naam !== text) return result(found.code, findings, normalisedFinding(raw, named, where, found.naam, undefined));
        return result(found.code, findings);
      }
      return result(
        undefined,
        findings,
        makeFinding(
          'ORG_UNKNOWN',
          {
            ...fieldArgs(named),
            value: display(v),
            ...optional(
              'suggestion',
              suggest(
                prefixed?.[1] ?? text,
                orgs.map((o) => o.naam),
              ),
            ),
          },
          locate(raw, where),
        ),
      );
    }
  }
}

/** The findings of a value that has none: one shared list, frozen so that nobody adds to it. */
const NO_FINDINGS = Object.freeze([]) as unknown as Finding[];

/** The value with the findings so far and one more, if any. */
function result(value: string | null | undefined, before: Finding[] | undefined, finding?: Finding): Interpreted {
  if (finding === undefined) return { value, findings: before ?? NO_FINDINGS };
  return { value, findings: before ? [...before, finding] : [finding] };
}

/** VALUE_NORMALISED: the value as typed, the label or name it was read as, and why when not by spelling. */
function normalisedFinding(
  raw: RawField,
  named: NamedField,
  where: FindingLocation,
  to: string,
  reason: 'invisible' | 'prefix' | undefined,
): Finding {
  return makeFinding(
    'VALUE_NORMALISED',
    { ...fieldArgs(named), value: display(raw.value), normalised: to, ...(reason ? { reason } : {}) },
    locate(raw, where),
  );
}

/** A finding's place: the caller's (the principle) and the cell's. */
function locate(raw: RawField, where: FindingLocation): FindingLocation {
  return { ...where, sheet: raw.at.sheet, cell: raw.at.cell };
}

function fieldArgs(named: NamedField): { field: string; label: string } {
  return { field: named.id, label: named.label };
}

function display(v: unknown): string {
  if (v instanceof Date) return dateCellToIso(v) ?? String(v);
  return String(v);
}
