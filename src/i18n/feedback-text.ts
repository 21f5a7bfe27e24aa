import type { FindingCode } from '../findings/codes.js';
import type { Severity } from '../findings/finding.js';
import type { Lang } from '../base/lang.js';
import { plural } from './plural.js';

/** The words of the feedback copy: its Bevindingen sheet, the legend and the grouped lines. */
export interface FeedbackText {
  sheet: string;
  title: (file: string) => string;
  summary: (c: Record<Severity, number>) => string;
  legend: Record<Severity, string>;
  legendNote: string;
  dropped: { macros: string; externalLinks: string };
  header: { severity: string; principle: string; field: string; cell: string; message: string; code: string };
  severity: Record<Severity, string>;
  /** "41 uitgangspunten zonder status: 1.1–6.6" and the like, for a group of one code. */
  group: (code: FindingCode, g: { count: number; ranges: string; field: string; example: string }) => string;
  cellCount: (first: string, count: number) => string;
}

const nl: FeedbackText = {
  sheet: 'Bevindingen',
  title: (file) => `Bevindingen bij ${file}`,
  summary: (c) =>
    `${plural(c.error, 'fout', 'fouten')}, ${plural(c.warning, 'waarschuwing', 'waarschuwingen')}, ${c.info} ter informatie. ` +
    'Verbeter de fouten in dit bestand en stuur het opnieuw naar het RIEC.',
  legend: {
    error: 'Fout: dit moet worden verbeterd voordat het RIEC het overzicht kan gebruiken.',
    warning: 'Waarschuwing: controleer dit en pas het aan waar nodig.',
    info: 'Ter informatie: er hoeft niets te gebeuren.',
  },
  legendNote:
    'De rand en de arcering zijn geen antwoord en geen status: ze wijzen alleen de cel aan. Klik in kolom Cel om naar de cel te gaan. ' +
    'De opmaak mag blijven staan wanneer u het bestand terugstuurt.',
  dropped: {
    macros: "Dit bestand bevatte macro's. Die zijn niet overgenomen in deze kopie; het overzicht heeft ze niet nodig.",
    externalLinks:
      'Dit bestand bevatte koppelingen naar andere bestanden. Die zijn niet overgenomen in deze kopie; formules daarmee tonen hun laatste waarde.',
  },
  header: {
    severity: 'Ernst',
    principle: 'Uitgangspunt',
    field: 'Veld',
    cell: 'Cel',
    message: 'Bevinding en wat te doen',
    code: 'Code',
  },
  severity: { error: 'Fout', warning: 'Waarschuwing', info: 'Info' },
  group: (code, g) => {
    switch (code) {
      case 'STATUS_MISSING':
        return `${g.count} uitgangspunten zonder ${g.field.toLowerCase()}: ${g.ranges}. Kies bij elk een ${g.field.toLowerCase()} uit de lijst.`;
      case 'REQUIRED_MISSING':
        return `${g.count} uitgangspunten zonder ${g.field ? `'${g.field}'` : 'een verplicht veld'}: ${g.ranges}. Bij hun status is dit veld verplicht; vul het in.`;
      default:
        return `${g.count} keer dezelfde bevinding, bij ${g.ranges}. Bijvoorbeeld: ${g.example}`;
    }
  },
  cellCount: (first, count) => `${first} (en ${count - 1} meer)`,
};

const en: FeedbackText = {
  sheet: 'Findings',
  title: (file) => `Findings for ${file}`,
  summary: (c) =>
    `${plural(c.error, 'error', 'errors')}, ${plural(c.warning, 'warning', 'warnings')}, ${c.info} for information. ` +
    'Correct the errors in this file and send it to the RIEC again.',
  legend: {
    error: 'Error: must be corrected before the RIEC can use the overview.',
    warning: 'Warning: check this and change it where needed.',
    info: 'For information: nothing needs to be done.',
  },
  legendNote:
    'The border and hatching are not an answer or a status: they only point at the cell. Click in column Cell to go to the cell. ' +
    'The marking may stay when you send the file back.',
  dropped: {
    macros: 'This file contained macros. They were not copied into this copy; the overview does not need them.',
    externalLinks:
      'This file contained links to other files. They were not copied into this copy; formulas using them show their last value.',
  },
  header: {
    severity: 'Severity',
    principle: 'Principle',
    field: 'Field',
    cell: 'Cell',
    message: 'Finding and what to do',
    code: 'Code',
  },
  severity: { error: 'Error', warning: 'Warning', info: 'Info' },
  group: (code, g) => {
    switch (code) {
      case 'STATUS_MISSING':
        return `${g.count} principles without a ${g.field.toLowerCase()}: ${g.ranges}. Choose a ${g.field.toLowerCase()} from the list for each.`;
      case 'REQUIRED_MISSING':
        return `${g.count} principles without ${g.field ? `'${g.field}'` : 'a required field'}: ${g.ranges}. Their status makes this field required; fill it in.`;
      default:
        return `${g.count} times the same finding, at ${g.ranges}. For example: ${g.example}`;
    }
  },
  cellCount: (first, count) => `${first} (and ${count - 1} more)`,
};

export const FEEDBACK_TEXT: Record<Lang, FeedbackText> = { nl, en };
