import type { Lang } from '../base/lang.js';

/** The words of the page per organisation (organisaties/*.html, score --format html) and of the story parts of the regional report. */
export interface OrganisationText {
  pageTitle: (org: string, meetmoment: string | null) => string;
  forCouncil: string;
  aboutTitle: string;
  whatNot: string;
  groupLine: (riec: string | null, sizeClass: string | null, source: string | null, peildatum: string | null) => string;
  scoresTitle: string;
  scoresCaption: (minGroup: number) => string;
  own: string;
  riecMedian: string;
  sizeMedian: string;
  noComparison: string;
  trendTitle: string;
  trendNone: string;
  sinceMeasurement: (m: string) => string;
  openTitle: (n: number) => string;
  /** `best`: the label of the best option of the scale. */
  openNone: (best: string) => string;
  /** `best`: the label of the best option; `fields`: the labels of the columns after the status. */
  openCaption: (best: string, fields: string[]) => string;
  overdue: string;
  unanswered: string;
  columns: { id: string; principle: string; status: string };
  /** `scale`: the answer options with their scores, e.g. "Uitgevoerd 1, In ontwikkeling 0,5"; `nvt`: the not-applicable option(s). */
  howToRead: (minGroup: number, scale: string, nvt: string) => string;
  made: (when: string, tool: string) => string;
  // The regional report's story
  storyTitle: string;
  storyTookPart: (accepted: number, inScope: number, meetmoment: string | null) => string;
  storyScores: (scale: string, nvt: string) => string;
  storyNotSupervision: string;
  challengesTitle: string;
  developmentTitle: string;
  developmentCaption: (n: number) => string;
  perOrganisationTitle: string;
  appendixTitle: string;
  notReceived: string;
  rejectedBecause: string;
  historySheet: string;
  aboutSheet: string;
  aboutColumns: [string, string];
  measurement: string;
  trendColumn: string;
  regionMedian: string;
}

const nl: OrganisationText = {
  pageTitle: (org, m) => `${org}: weerbare overheid${m ? `, ${m}` : ''}`,
  forCouncil: 'Voor de raad, bij het P&C-document van het college',
  aboutTitle: 'Over de norm',
  whatNot: 'Wat de norm niet is',
  groupLine: (riec, size, source, date) =>
    [
      riec ? `Regio: ${riec}` : null,
      size ? `grootteklasse: ${size}${source ? ` (${source}${date ? `, ${date}` : ''})` : ''}` : null,
    ]
      .filter(Boolean)
      .join(' · '),
  scoresTitle: 'Score per thema',
  scoresCaption: (n) =>
    `De balk is de eigen score (0–100%). ◆ de mediaan van het RIEC, ▲ de mediaan van gemeenten van vergelijkbare omvang; alleen voor groepen van minstens ${n} organisaties (anders –).`,
  own: 'Eigen score',
  riecMedian: 'Mediaan RIEC',
  sizeMedian: 'Mediaan grootteklasse',
  noComparison: 'Geen vergelijking: de mediaan van een groep staat alleen in de regionale rapportage.',
  trendTitle: 'Ontwikkeling sinds eerdere metingen',
  trendNone: 'Dit is de eerste meting in deze rapportage; de ontwikkeling volgt bij de volgende.',
  sinceMeasurement: (m) => `Δ sinds ${m}`,
  openTitle: (n) => `Open punten (${n})`,
  openNone: (best) => `Alle uitgangspunten die van toepassing zijn, staan op ‘${best}’.`,
  openCaption: (best, fields) =>
    `Uitgangspunten die nog niet op ‘${best}’ staan${fields.length ? `, met ${listNl(fields.map((f) => f.toLowerCase()))} zoals de organisatie ze zelf opgaf` : ''}. Verstreken geplande datums (⚠) staan bovenaan.`,
  overdue: 'verstreken',
  unanswered: 'niet ingevuld',
  columns: { id: 'Nr.', principle: 'Uitgangspunt', status: 'Status' },
  howToRead: (n, scale, nvt) =>
    `Hoe de score ontstaat: elk uitgangspunt telt met de score van zijn antwoord (${scale})${nvt ? `; ${nvt} telt niet mee` : ''}. Een mediaan is de middelste score van een groep en wordt alleen getoond bij minstens ${n} organisaties. Andere organisaties worden alleen genoemd als zij zelf hebben aangeboden te helpen, met hun contactpersoon.`,
  made: (when, tool) => `Gemaakt op ${when} met ${tool}.`,
  storyTitle: 'Wat dit is',
  storyTookPart: (a, n, m) =>
    `Voor ${m ?? 'deze meting'} ${a === 1 ? 'is' : 'zijn'} ${a} van de ${n} organisaties meegeteld met een goedgekeurd implementatieoverzicht.`,
  storyScores: (scale, nvt) =>
    `Per uitgangspunt telt het antwoord mee (${scale})${nvt ? `; ${nvt} telt niet mee` : ''}. De themascore is het gewogen gemiddelde daarvan; het totaal volgt uit de thema's zoals de norm bepaalt. Cijfers over groepen kleiner dan het minimum worden niet getoond.`,
  storyNotSupervision:
    'De rapportage is voor het gesprek en voor onderlinge hulp in de regio, niet voor toezicht of een ranglijst.',
  challengesTitle: 'Gedeelde opgaven',
  developmentTitle: 'Ontwikkeling sinds eerdere metingen',
  developmentCaption: (n) => `Mediaan per thema en totaal over ${n} metingen (– : groep te klein of geen gegevens).`,
  perOrganisationTitle: 'Per organisatie',
  appendixTitle: 'Bijlage: ontvangst en controle van de bestanden',
  notReceived: 'niet ontvangen',
  rejectedBecause: 'afgekeurd',
  historySheet: 'Metingen',
  aboutSheet: 'Toelichting',
  aboutColumns: ['Onderwerp', 'Toelichting'],
  measurement: 'Meting',
  trendColumn: 'Verloop',
  regionMedian: 'Mediaan',
};

const en: OrganisationText = {
  pageTitle: (org, m) => `${org}: resilient government${m ? `, ${m}` : ''}`,
  forCouncil: "For the council, with the executive's planning and control document",
  aboutTitle: 'About the standard',
  whatNot: 'What the standard is not',
  groupLine: (riec, size, source, date) =>
    [
      riec ? `Region: ${riec}` : null,
      size ? `size class: ${size}${source ? ` (${source}${date ? `, ${date}` : ''})` : ''}` : null,
    ]
      .filter(Boolean)
      .join(' · '),
  scoresTitle: 'Score per theme',
  scoresCaption: (n) =>
    `The bar is the own score (0–100%). ◆ the median of the RIEC, ▲ the median of municipalities of similar size; only for groups of at least ${n} organisations (else –).`,
  own: 'Own score',
  riecMedian: 'RIEC median',
  sizeMedian: 'Size class median',
  noComparison: 'No comparison: the median of a group is only in the regional report.',
  trendTitle: 'Development since earlier measurements',
  trendNone: 'This is the first measurement in this report; the development follows with the next.',
  sinceMeasurement: (m) => `Δ since ${m}`,
  openTitle: (n) => `Open points (${n})`,
  openNone: (best) => `Every applicable principle is at ‘${best}’.`,
  openCaption: (best, fields) =>
    `Principles not yet at ‘${best}’${fields.length ? `, with ${listEn(fields.map((f) => f.toLowerCase()))} as the organisation gave them` : ''}. Planned dates that have passed (⚠) come first.`,
  overdue: 'passed',
  unanswered: 'not filled in',
  columns: { id: 'No.', principle: 'Principle', status: 'Status' },
  howToRead: (n, scale, nvt) =>
    `How the score is made: each principle counts with the score of its answer (${scale})${nvt ? `; ${nvt} does not count` : ''}. A median is the middle score of a group and is shown only for at least ${n} organisations. Other organisations are named only where they offered to help, with their contact.`,
  made: (when, tool) => `Made on ${when} with ${tool}.`,
  storyTitle: 'What this is',
  storyTookPart: (a, n, m) =>
    `For ${m ?? 'this measurement'} ${a} of the ${n} organisations ${a === 1 ? 'is' : 'are'} counted with an accepted implementation overview.`,
  storyScores: (scale, nvt) =>
    `Each principle counts with its answer (${scale})${nvt ? `; ${nvt} does not count` : ''}. The theme score is their weighted mean; the total follows from the themes as the standard sets. Figures for groups under the minimum are not shown.`,
  storyNotSupervision: 'The report serves the conversation and mutual help in the region, not supervision or a ranking.',
  challengesTitle: 'Shared challenges',
  developmentTitle: 'Development since earlier measurements',
  developmentCaption: (n) => `Median per theme and overall over ${n} measurements (– : group too small or no data).`,
  perOrganisationTitle: 'Per organisation',
  appendixTitle: 'Appendix: intake and checks of the files',
  notReceived: 'not received',
  rejectedBecause: 'rejected',
  historySheet: 'Measurements',
  aboutSheet: 'About',
  aboutColumns: ['Topic', 'Explanation'],
  measurement: 'Measurement',
  trendColumn: 'Course',
  regionMedian: 'Median',
};

export const ORGANISATION_TEXT: Record<Lang, OrganisationText> = { nl, en };

/** "a", "a en b", "a, b en c". */
function listNl(xs: string[]): string {
  return xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(', ')} en ${xs[xs.length - 1]}`;
}

/** "a", "a and b", "a, b and c". */
function listEn(xs: string[]): string {
  return xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`;
}
