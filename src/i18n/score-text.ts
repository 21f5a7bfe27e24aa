import type { Lang } from '../base/lang.js';
import { decimalText } from '../base/decimal.js';
import { plural } from './plural.js';

export interface ScoreText {
  theme: string;
  score: string;
  level: string;
  unanswered: string;
  notApplicable: string;
  applicable: string;
  total: string;
  overall: string;
  na: string;
  notScorable: (errors: number) => string;
  forced: (errors: number) => string;
  unknownOrganisation: string;
  thresholdUnmet: (source: string, actual: string) => string;
  thresholdsMet: (n: number) => string;
  summary: (scored: number, notScorable: number, unmet: number, forced: number) => string;
  countsLeftOut: string;
  csvHeader: string[];
  csvTail: string[];
  /** Prefix of the count-per-option columns, so that an option code never clashes with another column. */
  csvCountPrefix: string;
  scorableValue: { yes: string; no: string; forced: string };
  mdTitle: string;
  file: string;
  organisation: string;
  meetmoment: string;
}

const nl: ScoreText = {
  countsLeftOut: 'Aantallen per antwoord: zie --format json of csv, of een breder venster.',
  theme: 'Thema',
  score: 'Score',
  level: 'Niveau',
  unanswered: 'Onbeantw.',
  notApplicable: 'N.v.t.',
  applicable: 'Toep.',
  total: 'Totaal',
  overall: 'Totaal',
  na: 'n.v.t.',
  notScorable: (n) =>
    `niet te scoren: ${plural(n, 'fout', 'fouten')} bij de controle (weerbaar validate toont ze; --force scoort toch)`,
  forced: (n) => `GESCOORD ONDANKS ${plural(n, 'FOUT', 'FOUTEN')} (--force): gebruik deze cijfers met voorzichtigheid`,
  unknownOrganisation: 'onbekende organisatie',
  thresholdUnmet: (source, actual) => `drempel niet gehaald: ${source} (score ${actual})`,
  thresholdsMet: (n) => `alle ${plural(n, 'drempel', 'drempels')} gehaald`,
  summary: (scored, notScorable, unmet, forced) =>
    `${scored} gescoord${forced ? ` (waarvan ${forced} geforceerd, ondanks fouten)` : ''}, ${notScorable} niet te scoren${unmet ? `, ${plural(unmet, 'drempel', 'drempels')} niet gehaald` : ''}.`,
  csvHeader: ['bestand', 'organisatiecode', 'organisatie', 'meetmoment', 'thema', 'themanaam', 'score', 'niveau'],
  csvTail: ['onbeantwoord', 'nvt', 'toepasselijk', 'totaal', 'scorebaar'],
  csvCountPrefix: 'aantal_',
  scorableValue: { yes: 'ja', no: 'nee', forced: 'geforceerd' },
  mdTitle: 'Score per thema',
  file: 'Bestand',
  organisation: 'Organisatie',
  meetmoment: 'Meetmoment',
};

const en: ScoreText = {
  countsLeftOut: 'Counts per answer: see --format json or csv, or a wider window.',
  theme: 'Theme',
  score: 'Score',
  level: 'Level',
  unanswered: 'Unansw.',
  notApplicable: 'N/a',
  applicable: 'Appl.',
  total: 'Total',
  overall: 'Overall',
  na: 'n/a',
  notScorable: (n) =>
    `not scorable: ${n} validation ${n === 1 ? 'error' : 'errors'} (weerbaar validate shows them; --force scores anyway)`,
  forced: (n) => `SCORED DESPITE ${plural(n, 'ERROR', 'ERRORS')} (--force): use these figures with care`,
  unknownOrganisation: 'unknown organisation',
  thresholdUnmet: (source, actual) => `threshold not met: ${source} (score ${actual})`,
  thresholdsMet: (n) => `all ${plural(n, 'threshold', 'thresholds')} met`,
  summary: (scored, notScorable, unmet, forced) =>
    `${scored} scored${forced ? ` (${forced} forced, despite errors)` : ''}, ${notScorable} not scorable${unmet ? `, ${plural(unmet, 'threshold', 'thresholds')} not met` : ''}.`,
  csvHeader: ['file', 'organisation_code', 'organisation', 'measurement', 'theme', 'theme_name', 'score', 'level'],
  csvTail: ['unanswered', 'not_applicable', 'applicable', 'total', 'scorable'],
  csvCountPrefix: 'count_',
  scorableValue: { yes: 'yes', no: 'no', forced: 'forced' },
  mdTitle: 'Score per theme',
  file: 'File',
  organisation: 'Organisation',
  meetmoment: 'Measurement',
};

export const SCORE_TEXT: Record<Lang, ScoreText> = { nl, en };

/** 62.5 → "62,5%" in Dutch, "62.5%" in English; null → n.v.t. */
export function formatPercent(score: number | null, lang: Lang): string {
  if (score === null) return SCORE_TEXT[lang].na;
  const s = score.toFixed(1);
  return `${decimalText(s, lang)}%`;
}
