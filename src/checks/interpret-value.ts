import type { Finding, FindingLocation } from '../findings/finding.js';
import { makeFinding } from '../findings/make-finding.js';
import type { Lang } from '../i18n/catalogue.js';
import type { Registry } from '../norm/registry-schema.js';
import type { RawField } from '../submission/raw-submission.js';
import { isErrorValue } from '../workbook/raw-workbook.js';
import { DATE_MAX, DATE_MIN } from '../template/template-contract.js';
import { closest, fold } from './closest.js';
import { dateCellToIso, parseDutchDate, serialToIso } from './parse-date.js';

/** A field of the norm with its label as the workbook shows it. */
export interface NamedField {
  id: string;
  label: string;
}

/** `{ key: value }`, or nothing when there is no value: absent arguments stay absent in the JSON. */
const optional = <K extends string>(key: K, value: string | undefined): { [P in K]?: string } =>
  (value ? { [key]: value } : {}) as { [P in K]?: string };

export interface Option {
  code: string;
  label: string;
  label_en?: string | undefined;
}

/** How a field's cell is read: its type plus what it may hold. */
export type ValueKind =
  | { type: 'tekst' | 'email' | 'datum' }
  | { type: 'keuze'; options: Option[] }
  | { type: 'organisatie'; registry: Registry };

/** The value as the tool uses it: a code, a text, an ISO date, an organisation code; null if empty; undefined if unusable. */
export interface Interpreted {
  value: string | null | undefined;
  findings: Finding[];
}

/**
 * Turns one cell into a value, accepting what real clients write: rich text, formulas with a
 * cached result (with a warning), dates as date cells or Dutch text, and dropdown values that
 * differ only in spaces, case or language (with a warning naming the normalised value).
 */
export function interpretValue(raw: RawField | undefined, kind: ValueKind, named: NamedField, lang: Lang, where: FindingLocation): Interpreted {
  const findings: Finding[] = [];
  if (!raw) return { value: null, findings };
  const at = { ...where, sheet: raw.at.sheet, cell: raw.at.cell };
  const field = { field: named.id, label: named.label };
  if (raw.formula !== undefined) {
    findings.push(makeFinding('INPUT_FORMULA', { ...field, formula: raw.formula }, at));
  }
  if (isErrorValue(raw.value)) {
    findings.push(makeFinding('INPUT_ERROR_VALUE', { ...field, error: raw.value.error }, at));
    return { value: undefined, findings };
  }
  const v = raw.value;
  if (v === null || (typeof v === 'string' && v.trim() === '')) return { value: null, findings };

  const value = display(v);
  const fail = (finding: Finding) => {
    findings.push(finding);
    return { value: undefined, findings };
  };
  switch (kind.type) {
    case 'tekst':
      return { value: v instanceof Date ? (dateCellToIso(v) ?? '') : String(v).trim(), findings };
    case 'email': {
      const text = String(v).trim().replace(/^mailto:/i, '');
      return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text) ? { value: text, findings } : fail(makeFinding('EMAIL_INVALID', { ...field, value }, at));
    }
    case 'datum': {
      const iso = v instanceof Date ? dateCellToIso(v) : typeof v === 'number' ? serialToIso(v) : parseDutchDate(String(v));
      // The template accepts dates from 2000 to 2100; anything else is a typing error (2026 typed in a date cell is 1905).
      return iso && iso >= DATE_MIN && iso <= DATE_MAX ? { value: iso, findings } : fail(makeFinding('DATE_INVALID', { ...field, value }, at));
    }
    case 'keuze': {
      const text = String(v);
      const exact = kind.options.find((o) => (lang === 'en' ? (o.label_en ?? o.label) : o.label) === text);
      if (exact) return { value: exact.code, findings };
      const f = fold(text);
      const loose = kind.options.find((o) => [o.label, o.label_en ?? '', o.code].some((s) => s !== '' && fold(s) === f));
      const label = (o: Option) => (lang === 'en' ? (o.label_en ?? o.label) : o.label);
      if (loose) {
        findings.push(makeFinding('VALUE_NORMALISED', { ...field, value: text, normalised: label(loose) }, at));
        return { value: loose.code, findings };
      }
      return fail(makeFinding('OPTION_UNKNOWN', { ...field, value, ...optional('suggestion', closest(text, kind.options.map(label))) }, at));
    }
    case 'organisatie': {
      const text = String(v);
      const orgs = kind.registry.organisaties;
      const exact = orgs.find((o) => o.naam === text && o.geldig_tot === null);
      if (exact) return { value: exact.code, findings };
      const f = fold(text);
      const loose = orgs.find((o) => fold(o.naam) === f || fold(o.code) === f);
      if (loose && loose.geldig_tot === null) {
        findings.push(makeFinding('VALUE_NORMALISED', { ...field, value: text, normalised: loose.naam }, at));
        return { value: loose.code, findings };
      }
      if (loose) {
        const successor = orgs.find((o) => o.code === loose.opvolger);
        return fail(makeFinding('ORG_FORMER', { ...field, value, until: loose.geldig_tot ?? '', ...optional('successor', successor?.naam) }, at));
      }
      const current = orgs.filter((o) => o.geldig_tot === null).map((o) => o.naam);
      return fail(makeFinding('ORG_UNKNOWN', { ...field, value, ...optional('suggestion', closest(text, current)) }, at));
    }
  }
}

function display(v: unknown): string {
  if (v instanceof Date) return dateCellToIso(v) ?? String(v);
  return String(v);
}
