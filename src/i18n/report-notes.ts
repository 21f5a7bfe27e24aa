import type { Lang } from './catalogue.js';

/** Notes that the report builder adds for its reader. */
export const REPORT_NOTES: Record<Lang, {
  randomSalt: string;
  minGroup: (n: number) => string;
  excludedMeetmoment: (n: number, m: string) => string;
  excludedRiec: (n: number, riec: string) => string;
  redacted: string;
  aggregateOnly: string;
  mergedTrend: (name: string, previous: string) => string;
  suppressedRows: (n: number, minGroup: number) => string;
  previousSameMoment: (files: string, moment: string) => string;
}> = {
  nl: {
    randomSalt: 'Er is geen --salt opgegeven: de pseudoniemen gelden alleen binnen deze rapportage.',
    minGroup: (n) => `Cijfers over een groep van minder dan ${n} organisaties worden niet getoond.`,
    excludedMeetmoment: (n, m) => `${n} ${n === 1 ? 'bestand' : 'bestanden'} voor een ander meetmoment dan ${m} ${n === 1 ? 'is' : 'zijn'} niet meegeteld.`,
    excludedRiec: (n, riec) => `${n} ${n === 1 ? 'bestand' : 'bestanden'} van organisaties buiten ${riec} ${n === 1 ? 'is' : 'zijn'} niet meegeteld.`,
    redacted: 'De rapportage is geanonimiseerd: namen, codes en bestandsnamen zijn vervangen en vrije tekst (toelichting, eigenaar) is weggelaten.',
    aggregateOnly: 'De rapportage bevat alleen totalen: er staan geen gegevens per organisatie in.',
    previousSameMoment: (files, m) => `Niet als eerdere meting gebruikt, want ook voor ${m}: ${files}.`,
    suppressedRows: (n, m) => `${n} ${n === 1 ? 'organisatie staat' : 'organisaties staan'} niet afzonderlijk in deze rapportage: ${n === 1 ? 'haar' : 'hun'} RIEC telt minder dan ${m} organisaties.`,
    mergedTrend: (name, previous) => `${name} is ontstaan uit ${previous}; de vergelijking gebruikt het gemiddelde van de vorige scores en geen statuswijzigingen per uitgangspunt.`,
  },
  en: {
    randomSalt: 'No --salt was given: the pseudonyms hold within this report only.',
    minGroup: (n) => `Figures for a group of fewer than ${n} organisations are not shown.`,
    excludedMeetmoment: (n, m) => `${n} ${n === 1 ? 'file' : 'files'} for a measurement other than ${m} ${n === 1 ? 'was' : 'were'} not counted.`,
    excludedRiec: (n, riec) => `${n} ${n === 1 ? 'file' : 'files'} from organisations outside ${riec} ${n === 1 ? 'was' : 'were'} not counted.`,
    redacted: 'The report is anonymised: names, codes and file names are replaced and free text (explanation, owner) is left out.',
    aggregateOnly: 'The report holds totals only: there are no figures per organisation.',
    previousSameMoment: (files, m) => `Not used as an earlier measurement, being for ${m} too: ${files}.`,
    suppressedRows: (n, m) => `${n} ${n === 1 ? 'organisation is' : 'organisations are'} not shown individually in this report: ${n === 1 ? 'its' : 'their'} RIEC has fewer than ${m} organisations.`,
    mergedTrend: (name, previous) => `${name} was formed from ${previous}; the comparison uses the mean of the previous scores and no status changes per principle.`,
  },
};
