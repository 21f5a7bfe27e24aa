import type { Severity } from '../findings/finding.js';
import type { Lang } from '../base/lang.js';
import { formatPercent } from './score-text.js';
import { decimalText } from '../base/decimal.js';
import { plural } from './plural.js';

/** The statuses of an input file of the report (the same union as `InputFile.status` in the report model). */
type InputStatus = 'accepted' | 'rejected' | 'superseded' | 'conflict' | 'skipped' | 'excluded';
/** What the scope line reads of the report's scope. */
interface ScopeLine {
  riec: string | null;
  meetmoment: string | null;
  anonymised: boolean;
  aggregateOnly: boolean;
  minGroup: number;
}
type StatName = 'n' | 'median' | 'mean' | 'min' | 'max';

/** The labels and headings of the regional report (rapportage.xlsx, .html and .md). */
export interface ReportText {
  title: string;
  normLine: (title: string, version: string) => string;
  generated: (when: string, tool: string) => string;
  scopeTitle: string;
  scope: (scope: ScopeLine) => string;
  notesTitle: string;
  /** Shown for a figure left out because the group is smaller than minGroup. */
  hidden: string;
  hiddenNote: (minGroup: number) => string;
  na: string;
  sheets: {
    overview: string;
    principles: string;
    missing: string;
    validation: string;
    data: string;
    trend: string;
    statusChanges: string;
  };
  riec: string;
  region: string;
  code: string;
  organisation: string;
  theme: string;
  overall: string;
  level: string;
  group: string;
  statistic: string;
  wholeRegion: string;
  noRiec: string;
  stats: Record<StatName, string>;
  rank: string;
  principleId: string;
  principle: string;
  unanswered: string;
  applicable: string;
  meetsPct: string;
  meanPct: string;
  missingCount: string;
  noneMissing: string;
  file: string;
  meetmoment: string;
  datum: string;
  status: string;
  reason: string;
  errors: string;
  warnings: string;
  findings: string;
  supersededBy: string;
  files: string;
  statusWord: Record<InputStatus, string>;
  /** Why a file was skipped or excluded (InputFile.reason); an unknown reason is shown as it is. */
  reasons: Record<
    'meetmoment' | 'riec' | 'version' | 'newer' | 'duplicate' | 'lock' | 'hidden' | 'temp' | 'output' | 'symlink' | 'foreign',
    string
  >;
  severity: Record<Severity, string>;
  data: {
    organisation: string;
    code: string;
    riec: string;
    region: string;
    meetmoment: string;
    theme: string;
    principle: string;
  };
  summaryTitle: string;
  accepted: string;
  rejected: string;
  superseded: string;
  missing: string;
  overallMedian: string;
  spreadTitle: string;
  spreadCaption: string;
  spreadCaptionAggregate: string;
  legendOrganisation: string;
  legendMedian: string;
  legendMean: string;
  legendRange: string;
  scoreAxis: string;
  heatmapTitle: string;
  heatmapCaption: string;
  part: (i: number, n: number) => string;
  weakestTitle: (n: number) => string;
  weakestCaption: string;
  meetsAxis: string;
  applicableOf: (n: number) => string;
  themeStatsTitle: string;
  riecStatsTitle: string;
  riecStatsCaption: string;
  missingTitle: string;
  missingSummary: (n: number) => string;
  validationTitle: string;
  validationAggregate: string;
  rejectedTitle: string;
  noRejected: string;
  trendTitle: string;
  trendPrevious: (generatedAt: string, meetmoment: string | null, file: string) => string;
  trendThemes: string;
  trendOrganisations: string;
  trendSummary: (up: number, down: number, same: number) => string;
  before: string;
  now: string;
  delta: string;
  previousCodes: string;
  /** Column head for the change of one theme, e.g. "Δ 3". */
  deltaTheme: (themeId: string) => string;
  /** The size of a group, e.g. "n=4". */
  nIs: (n: number) => string;
  statusChanges: string;
  statusChangeCount: (n: number) => string;
  principleChanges: string;
  improved: string;
  worsened: string;
  otherChange: string;
  fullChangeList: string;
  errorsWarnings: (errors: number, warnings: number) => string;
  countsLine: (c: { accepted: number; rejected: number; superseded: number; conflict: number; missing: number }) => string;
}

const nl: ReportText = {
  title: 'Regionale rapportage',
  normLine: (title, version) => `${title}, versie ${version}`,
  generated: (when, tool) => `Gemaakt op ${when} met ${tool}`,
  scopeTitle: 'Selectie',
  scope: (s) =>
    [
      s.riec ? riecName(s.riec) : "alle RIEC's",
      s.meetmoment ? `meetmoment ${s.meetmoment}` : 'alle meetmomenten',
      ...(s.anonymised ? ['namen en codes vervangen door pseudoniemen'] : []),
      ...(s.aggregateOnly ? ['alleen totalen, geen gegevens per organisatie'] : []),
      `cijfers alleen voor groepen van minstens ${s.minGroup} organisaties`,
    ].join('; '),
  notesTitle: 'Opmerkingen',
  hidden: '–',
  hiddenNote: (n) => `– : geen cijfer, omdat de groep kleiner is dan ${n} organisaties.`,
  na: 'n.v.t.',
  sheets: {
    overview: 'Overzicht',
    principles: 'Uitgangspunten',
    missing: 'Ontbrekend',
    validation: 'Validatie',
    data: 'Gegevens',
    trend: 'Ontwikkeling',
    statusChanges: 'Statuswijzigingen',
  },
  riec: 'RIEC',
  region: 'Veiligheidsregio',
  code: 'Code',
  organisation: 'Organisatie',
  theme: 'Thema',
  overall: 'Totaal',
  level: 'Niveau',
  group: 'Groep',
  statistic: 'Cijfer',
  wholeRegion: 'Alle organisaties',
  noRiec: 'Zonder RIEC',
  stats: { n: 'Aantal (n)', median: 'Mediaan', mean: 'Gemiddelde', min: 'Laagste', max: 'Hoogste' },
  rank: 'Rang',
  principleId: 'Nr.',
  principle: 'Uitgangspunt',
  unanswered: 'Onbeantwoord',
  applicable: 'Van toepassing',
  meetsPct: 'Voldoet (%)',
  meanPct: 'Gemiddelde score',
  missingCount: 'Aantal organisaties zonder geldige inzending',
  noneMissing: 'Alle organisaties hebben een geldige inzending.',
  file: 'Bestand',
  meetmoment: 'Meetmoment',
  datum: 'Datum',
  status: 'Status',
  reason: 'Reden',
  errors: 'Fouten',
  warnings: 'Waarschuwingen',
  findings: 'Eerste bevindingen',
  supersededBy: 'Vervangen door / conflict met',
  files: 'Bestanden',
  statusWord: {
    accepted: 'goedgekeurd',
    rejected: 'afgekeurd',
    superseded: 'vervangen',
    conflict: 'conflict: telt niet',
    skipped: 'overgeslagen',
    excluded: 'buiten de selectie',
  },
  reasons: {
    meetmoment: 'ander meetmoment',
    riec: 'organisatie buiten het gekozen RIEC',
    version: 'eerdere versie van de norm',
    newer: 'er is een versie met een latere datum',
    duplicate: 'dezelfde antwoorden als een ander bestand',
    lock: 'vergrendelbestand van Office of LibreOffice',
    hidden: 'verborgen bestand',
    temp: 'tijdelijk bestand',
    output: 'uitvoer van weerbaar zelf, geen inzending',
    symlink: 'symbolische koppeling naar een map',
    foreign: 'geen spreadsheet',
  },
  severity: { error: 'fout', warning: 'waarschuwing', info: 'info' },
  data: {
    organisation: 'Organisatie',
    code: 'Code',
    riec: 'RIEC',
    region: 'Veiligheidsregio',
    meetmoment: 'Meetmoment',
    theme: 'Thema',
    principle: 'Uitgangspunt',
  },
  summaryTitle: 'Samenvatting',
  accepted: 'Goedgekeurd',
  rejected: 'Afgekeurd',
  superseded: 'Vervangen',
  missing: 'Ontbrekend',
  overallMedian: 'Mediaan totaalscore',
  spreadTitle: 'Spreiding van de scores per thema',
  spreadCaption: 'Elke stip is één organisatie; het streepje met het getal is de mediaan.',
  spreadCaptionAggregate:
    'De balk loopt van de laagste tot de hoogste score; het streepje met het getal is de mediaan, het ruitje het gemiddelde.',
  legendOrganisation: 'organisatie',
  legendMedian: 'mediaan',
  legendMean: 'gemiddelde',
  legendRange: 'laagste tot hoogste',
  scoreAxis: 'Score (0–100)',
  heatmapTitle: 'Scores per organisatie en thema',
  heatmapCaption: 'Score per organisatie en thema; rood is laag, geel midden, groen hoog. Het getal staat in elk vak.',
  part: (i, n) => `deel ${i} van ${n}`,
  weakestTitle: (n) => `De ${n} zwakste uitgangspunten`,
  weakestCaption:
    'De gemiddelde score (0–100) van de organisaties waarvoor het uitgangspunt geldt, met elke stap van de schaal: de gezamenlijke opgaven.',
  meetsAxis: 'Gemiddelde score',
  applicableOf: (n) => `van ${n}`,
  themeStatsTitle: 'Cijfers per thema',
  riecStatsTitle: 'Mediaan per RIEC',
  riecStatsCaption: 'Mediaan van de scores per thema, met het aantal organisaties (n).',
  missingTitle: 'Organisaties zonder geldige inzending',
  missingSummary: (n) => `${plural(n, 'organisatie', 'organisaties')} zonder geldige inzending.`,
  validationTitle: 'Controle per bestand',
  validationAggregate: 'Alleen aantallen: bestandsnamen en bevindingen kunnen organisaties noemen.',
  rejectedTitle: 'Afgekeurde bestanden',
  noRejected: 'Geen bestanden afgekeurd.',
  trendTitle: 'Ontwikkeling sinds de vorige rapportage',
  trendPrevious: (when, m, file) => `Vergeleken met de rapportage van ${when}${m ? ` (meetmoment ${m})` : ''}, bestand ${file}.`,
  trendThemes: 'Gemiddelde score per thema',
  trendOrganisations: 'Totaalscore per organisatie',
  trendSummary: (up, down, same) =>
    `${plural(up, 'organisatie', 'organisaties')} hoger, ${down} lager, ${same} gelijk (totaalscore).`,
  before: 'Vorige',
  now: 'Nu',
  delta: 'Verschil (procentpunten)',
  previousCodes: 'Vorige code',
  deltaTheme: (id) => `\u0394 ${id}`,
  nIs: (n) => `n=${n}`,
  statusChanges: 'Gewijzigde statussen',
  statusChangeCount: (n) => `${plural(n, 'status', 'statussen')} gewijzigd.`,
  principleChanges: 'Statuswijzigingen per uitgangspunt',
  improved: 'Beter',
  worsened: 'Slechter',
  otherChange: 'Anders (n.v.t. of leeg)',
  fullChangeList: 'De wijzigingen per organisatie staan in rapportage.xlsx (blad Statuswijzigingen) en in rapportage.json.',
  errorsWarnings: (e, w) => `${plural(e, 'fout', 'fouten')}, ${plural(w, 'waarschuwing', 'waarschuwingen')}`,
  countsLine: (c) =>
    `${c.accepted} goedgekeurd, ${c.rejected} afgekeurd, ${c.superseded} vervangen, ${c.conflict > 0 ? `${c.conflict} in conflict (tellen niet), ` : ''}${c.missing} zonder goedgekeurde inzending.`,
};

const en: ReportText = {
  title: 'Regional report',
  normLine: (title, version) => `${title}, version ${version}`,
  generated: (when, tool) => `Generated on ${when} by ${tool}`,
  scopeTitle: 'Scope',
  scope: (s) =>
    [
      s.riec ? riecName(s.riec) : 'all RIECs',
      s.meetmoment ? `measurement ${s.meetmoment}` : 'all measurements',
      ...(s.anonymised ? ['names and codes replaced by pseudonyms'] : []),
      ...(s.aggregateOnly ? ['totals only, no figures per organisation'] : []),
      `figures only for groups of at least ${s.minGroup} organisations`,
    ].join('; '),
  notesTitle: 'Notes',
  hidden: '–',
  hiddenNote: (n) => `– : no figure, because the group has fewer than ${n} organisations.`,
  na: 'n/a',
  sheets: {
    overview: 'Overview',
    principles: 'Principles',
    missing: 'Missing',
    validation: 'Validation',
    data: 'Data',
    trend: 'Trend',
    statusChanges: 'Status changes',
  },
  riec: 'RIEC',
  region: 'Safety region',
  code: 'Code',
  organisation: 'Organisation',
  theme: 'Theme',
  overall: 'Overall',
  level: 'Level',
  group: 'Group',
  statistic: 'Figure',
  wholeRegion: 'All organisations',
  noRiec: 'No RIEC',
  stats: { n: 'Count (n)', median: 'Median', mean: 'Mean', min: 'Lowest', max: 'Highest' },
  rank: 'Rank',
  principleId: 'No.',
  principle: 'Principle',
  unanswered: 'Unanswered',
  applicable: 'Applicable',
  meetsPct: 'Meets (%)',
  meanPct: 'Mean score',
  missingCount: 'Organisations without a valid return',
  noneMissing: 'Every organisation has a valid return.',
  file: 'File',
  meetmoment: 'Measurement',
  datum: 'Date',
  status: 'Status',
  reason: 'Reason',
  errors: 'Errors',
  warnings: 'Warnings',
  findings: 'First findings',
  supersededBy: 'Superseded by / conflicts with',
  files: 'Files',
  statusWord: {
    accepted: 'accepted',
    rejected: 'rejected',
    superseded: 'superseded',
    conflict: 'conflict: not counted',
    skipped: 'skipped',
    excluded: 'outside the selection',
  },
  reasons: {
    meetmoment: 'another measurement',
    riec: 'organisation outside the selected RIEC',
    version: 'earlier version of the standard',
    newer: 'a version with a later date exists',
    duplicate: 'the same answers as another file',
    lock: 'Office or LibreOffice lock file',
    hidden: 'hidden file',
    temp: 'temporary file',
    output: 'output of weerbaar itself, not a return',
    symlink: 'symbolic link to a folder',
    foreign: 'not a spreadsheet',
  },
  severity: { error: 'error', warning: 'warning', info: 'info' },
  data: {
    organisation: 'Organisation',
    code: 'Code',
    riec: 'RIEC',
    region: 'Safety region',
    meetmoment: 'Measurement',
    theme: 'Theme',
    principle: 'Principle',
  },
  summaryTitle: 'Summary',
  accepted: 'Accepted',
  rejected: 'Rejected',
  superseded: 'Superseded',
  missing: 'Missing',
  overallMedian: 'Median overall score',
  spreadTitle: 'Spread of the scores per theme',
  spreadCaption: 'Each dot is one organisation; the bar with the number is the median.',
  spreadCaptionAggregate:
    'The band runs from the lowest to the highest score; the bar with the number is the median, the diamond the mean.',
  legendOrganisation: 'organisation',
  legendMedian: 'median',
  legendMean: 'mean',
  legendRange: 'lowest to highest',
  scoreAxis: 'Score (0–100)',
  heatmapTitle: 'Scores per organisation and theme',
  heatmapCaption: 'Score per organisation and theme; red is low, yellow middle, green high. Every cell shows its number.',
  part: (i, n) => `part ${i} of ${n}`,
  weakestTitle: (n) => `The ${n} weakest principles`,
  weakestCaption:
    'The mean score (0–100) of the organisations to which the principle applies, counting every step of the scale: the shared challenges.',
  meetsAxis: 'Mean score',
  applicableOf: (n) => `of ${n}`,
  themeStatsTitle: 'Figures per theme',
  riecStatsTitle: 'Median per RIEC',
  riecStatsCaption: 'Median of the scores per theme, with the number of organisations (n).',
  missingTitle: 'Organisations without a valid return',
  missingSummary: (n) => `${plural(n, 'organisation', 'organisations')} without a valid return.`,
  validationTitle: 'Validation per file',
  validationAggregate: 'Counts only: file names and findings can name organisations.',
  rejectedTitle: 'Rejected files',
  noRejected: 'No files rejected.',
  trendTitle: 'Change since the previous report',
  trendPrevious: (when, m, file) => `Compared with the report of ${when}${m ? ` (measurement ${m})` : ''}, file ${file}.`,
  trendThemes: 'Mean score per theme',
  trendOrganisations: 'Overall score per organisation',
  trendSummary: (up, down, same) =>
    `${plural(up, 'organisation', 'organisations')} higher, ${down} lower, ${same} unchanged (overall score).`,
  before: 'Previous',
  now: 'Now',
  delta: 'Change (percentage points)',
  previousCodes: 'Previous code',
  deltaTheme: (id) => `\u0394 ${id}`,
  nIs: (n) => `n=${n}`,
  statusChanges: 'Changed statuses',
  statusChangeCount: (n) => `${plural(n, 'status', 'statuses')} changed.`,
  principleChanges: 'Status changes per principle',
  improved: 'Better',
  worsened: 'Worse',
  otherChange: 'Other (n/a or empty)',
  fullChangeList: 'The changes per organisation are in rapportage.xlsx (sheet Status changes) and in rapportage.json.',
  errorsWarnings: (e, w) => `${plural(e, 'error', 'errors')}, ${plural(w, 'warning', 'warnings')}`,
  countsLine: (c) =>
    `${c.accepted} accepted, ${c.rejected} rejected, ${c.superseded} superseded, ${c.conflict > 0 ? `${c.conflict} in conflict (not counted), ` : ''}${c.missing} without an accepted return.`,
};

export const REPORT_TEXT: Record<Lang, ReportText> = { nl, en };

/** InputFile.reason worded; null stays null. */
export function formatReason(reason: string | null, lang: Lang): string | null {
  if (reason === null) return null;
  const reasons: Record<string, string> = REPORT_TEXT[lang].reasons;
  return Object.hasOwn(reasons, reason) ? (reasons[reason] ?? reason) : reason;
}

/** A statistic: "62,5%" or "–" when it is hidden under minGroup. */
export function formatFigure(value: number | null, lang: Lang): string {
  return value === null ? REPORT_TEXT[lang].hidden : formatPercent(value, lang);
}

/** A number with one decimal and no unit: 62.5 → "62,5" in Dutch; null → "–". */
export function formatDecimal(value: number | null, lang: Lang): string {
  if (value === null) return REPORT_TEXT[lang].hidden;
  const s = value.toFixed(1);
  return decimalText(s, lang);
}

/** A change in percentage points with its sign: "+3,5", "−2,0" (a true minus), "0,0"; null → "–". */
export function formatDelta(value: number | null, lang: Lang): string {
  if (value === null) return REPORT_TEXT[lang].hidden;
  const abs = formatDecimal(Math.abs(value), lang);
  const rounded = Math.round(value * 10);
  return rounded > 0 ? `+${abs}` : rounded < 0 ? `\u2212${abs}` : abs;
}

/** "2026-04-15T10:32:07.123Z" → "2026-04-15 10:32 UTC"; anything unparsable as it is. */
export function formatTimestamp(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())} UTC`;
}

/** "RIEC Limburg" as the registry names it; "Limburg" becomes "RIEC Limburg", never "RIEC RIEC Limburg". */
function riecName(name: string): string {
  return /^riec\b/i.test(name.trim()) ? name : `RIEC ${name}`;
}
