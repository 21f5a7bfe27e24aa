import type { Severity } from '../findings/finding.js';
import type { Lang } from '../base/lang.js';
import { plural } from './plural.js';

export interface ValidateText {
  severity: Record<Severity, string>;
  header: [string, string, string];
  passed: string;
  failed: string;
  skipped: string;
  noFindings: string;
  summary: (s: {
    files: number;
    passed: number;
    failed: number;
    skipped: number;
    error: number;
    warning: number;
    info: number;
  }) => string;
  mdTitle: string;
  mdHeader: [string, string, string, string, string];
  file: string;
  organisation: string;
  result: string;
  unknownOrganisation: string;
  principle: string;
  /** The line for findings of one code left out by the cap. */
  omitted: (count: number, code: string) => string;
}

const nl: ValidateText = {
  severity: { error: 'fout', warning: 'waarschuwing', info: 'info' },
  header: ['Ernst', 'Plaats', 'Melding'],
  passed: 'goedgekeurd',
  failed: 'afgekeurd',
  skipped: 'overgeslagen',
  noFindings: 'Geen bevindingen.',
  summary: (s) =>
    `${plural(s.files, 'bestand', 'bestanden')}: ${s.passed} goedgekeurd, ${s.failed} afgekeurd${s.skipped ? `, ${s.skipped} overgeslagen` : ''}. ` +
    `${plural(s.error, 'fout', 'fouten')}, ${plural(s.warning, 'waarschuwing', 'waarschuwingen')}, ${s.info} info.`,
  mdTitle: 'Controle van implementatieoverzichten',
  mdHeader: ['Bestand', 'Organisatie', 'Resultaat', 'Fouten', 'Waarschuwingen'],
  file: 'Bestand',
  organisation: 'Organisatie',
  result: 'Resultaat',
  unknownOrganisation: 'onbekend',
  principle: 'uitgangspunt',
  omitted: (n, code) =>
    `Nog ${n.toLocaleString('nl-NL')} bevindingen ${code} in dit bestand zijn niet afzonderlijk getoond; de aantallen tellen ze wel mee.`,
};

const en: ValidateText = {
  severity: { error: 'error', warning: 'warning', info: 'info' },
  header: ['Severity', 'Location', 'Message'],
  passed: 'accepted',
  failed: 'rejected',
  skipped: 'skipped',
  noFindings: 'No findings.',
  summary: (s) =>
    `${plural(s.files, 'file', 'files')}: ${s.passed} accepted, ${s.failed} rejected${s.skipped ? `, ${s.skipped} skipped` : ''}. ` +
    `${plural(s.error, 'error', 'errors')}, ${plural(s.warning, 'warning', 'warnings')}, ${s.info} info.`,
  mdTitle: 'Check of implementation overviews',
  mdHeader: ['File', 'Organisation', 'Result', 'Errors', 'Warnings'],
  file: 'File',
  organisation: 'Organisation',
  result: 'Result',
  unknownOrganisation: 'unknown',
  principle: 'principle',
  omitted: (n, code) =>
    `${n.toLocaleString('en-GB')} more findings ${code} in this file are not shown one by one; the counts include them.`,
};

export const VALIDATE_TEXT: Record<Lang, ValidateText> = { nl, en };
