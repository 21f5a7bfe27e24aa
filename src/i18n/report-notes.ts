import type { Lang } from '../base/lang.js';
import { plural } from './plural.js';

/** Notes that the report builder adds for its reader. */
export const REPORT_NOTES: Record<
  Lang,
  {
    randomSalt: string;
    minGroup: (n: number) => string;
    excludedMeetmoment: (n: number, m: string) => string;
    excludedRiec: (n: number, riec: string) => string;
    redacted: string;
    aggregateOnly: string;
    mergedTrend: (name: string, previous: string) => string;
    versionUnmapped: (before: string, now: string) => string;
    excludedVersion: (n: number, version: string) => string;
    versionMapped: (before: string, now: string, renamed: string, leftOut: string) => string;
    newPrinciple: (id: string) => string;
    mergedPrinciple: (id: string, from: string) => string;
    removedPrinciple: (id: string) => string;
    werkorganisatie: (name: string, file: string, members: string) => string;
    duplicates: (n: number) => string;
    conflicts: (names: string) => string;
    partsConflict: (names: string) => string;
    partsMerged: (names: string) => string;
    fileNameMismatch: (files: string) => string;
    suppressedRows: (n: number, minGroup: number) => string;
    previousSameMoment: (files: string, moment: string) => string;
  }
> = {
  nl: {
    randomSalt: 'Er is geen --salt opgegeven: de pseudoniemen gelden alleen binnen deze rapportage.',
    minGroup: (n) => `Cijfers over een groep van minder dan ${n} organisaties worden niet getoond.`,
    excludedMeetmoment: (n, m) =>
      `${plural(n, 'bestand', 'bestanden')} voor een ander meetmoment dan ${m} ${n === 1 ? 'is' : 'zijn'} niet meegeteld.`,
    excludedRiec: (n, riec) =>
      `${plural(n, 'bestand', 'bestanden')} van organisaties buiten ${riec} ${n === 1 ? 'is' : 'zijn'} niet meegeteld.`,
    redacted:
      'De rapportage is geanonimiseerd: namen, codes en bestandsnamen zijn vervangen en vrije tekst (elk tekstveld van de norm) is weggelaten.',
    aggregateOnly: 'De rapportage bevat alleen totalen: er staan geen gegevens per organisatie in.',
    previousSameMoment: (files, m) => `Niet als eerdere meting gebruikt, want ook voor ${m}: ${files}.`,
    suppressedRows: (n, m) =>
      `${plural(n, 'organisatie staat', 'organisaties staan')} niet afzonderlijk in deze rapportage: ${n === 1 ? 'haar' : 'hun'} RIEC telt minder dan ${m} organisaties.`,
    mergedTrend: (name, previous) =>
      `${name} is ontstaan uit ${previous}; de vergelijking gebruikt het gemiddelde van de vorige scores en geen statuswijzigingen per uitgangspunt.`,
    excludedVersion: (n, version) =>
      `${plural(n, 'bestand is', 'bestanden zijn')} gemaakt met een eerdere versie van de norm dan ${version} en niet meegeteld. Zet ze over met 'weerbaar template --from' of maak een rapportage met die versie (--norm).`,
    versionUnmapped: (before, now) =>
      `De vorige rapportage gebruikte versie ${before} van de norm, deze versie ${now}, en die vorige versie staat niet in het archief: statuswijzigingen per uitgangspunt zijn daarom weggelaten. De themascores gaan over andere uitgangspunten dan vorig jaar.`,
    versionMapped: (before, now, renamed, leftOut) =>
      `De vorige rapportage gebruikte versie ${before} van de norm, deze versie ${now}. Uitgangspunten zijn vergeleken met het uitgangspunt dat ze voortzetten${renamed ? ` (${renamed})` : ''}.${leftOut ? ` Niet te vergelijken en weggelaten: ${leftOut}.` : ''} De themascores gaan over andere uitgangspunten dan vorig jaar.`,
    newPrinciple: (id) => `${id} (nieuw)`,
    mergedPrinciple: (id, from) => `${id} (samengevoegd uit ${from})`,
    removedPrinciple: (id) => `${id} van de vorige versie (vervallen)`,
    werkorganisatie: (name, file, members) =>
      `${name} heeft één overzicht ingevuld (${file}); het telt voor elk van de gemeenten ${members}, met dezelfde antwoorden.`,
    duplicates: (n) =>
      `${plural(n, 'bestand had', 'bestanden hadden')} precies dezelfde antwoorden als een ander bestand van dezelfde organisatie en ${n === 1 ? 'telt' : 'tellen'} als één inzending (RETURN_DUPLICATE).`,
    conflicts: (names) =>
      `Van ${names} zijn inzendingen met dezelfde datum maar verschillende antwoorden ontvangen (RETURN_CONFLICT). Geen ervan telt. Verplaats de versie die niet geldt uit de map en maak de rapportage opnieuw.`,
    partsConflict: (names) =>
      `Van ${names} zijn delen van één inzending ontvangen (van verschillende afdelingen) die op hetzelfde veld een ander antwoord geven (MERGE_CONFLICT). Ze zijn niet samengevoegd en tellen niet mee tot het verschil is opgelost: maak de kopieën gelijk, of voeg ze zelf samen met 'weerbaar merge --voorkeur'.`,
    partsMerged: (names) =>
      `Van ${names} zijn de delen van één inzending (van verschillende afdelingen) samengevoegd zoals 'weerbaar merge' dat doet, en geteld als één inzending (PARTS_MERGED).`,
    fileNameMismatch: (files) =>
      `De bestandsnaam van ${files} noemt een andere organisatie dan de werkmap (ORG_FILENAME_MISMATCH): controleer of het geen kopie van het bestand van een andere organisatie is.`,
  },
  en: {
    randomSalt: 'No --salt was given: the pseudonyms hold within this report only.',
    minGroup: (n) => `Figures for a group of fewer than ${n} organisations are not shown.`,
    excludedMeetmoment: (n, m) =>
      `${plural(n, 'file', 'files')} for a measurement other than ${m} ${n === 1 ? 'was' : 'were'} not counted.`,
    excludedRiec: (n, riec) =>
      `${plural(n, 'file', 'files')} from organisations outside ${riec} ${n === 1 ? 'was' : 'were'} not counted.`,
    redacted:
      'The report is anonymised: names, codes and file names are replaced and free text (every text field of the standard) is left out.',
    aggregateOnly: 'The report holds totals only: there are no figures per organisation.',
    previousSameMoment: (files, m) => `Not used as an earlier measurement, being for ${m} too: ${files}.`,
    suppressedRows: (n, m) =>
      `${plural(n, 'organisation is', 'organisations are')} not shown individually in this report: ${n === 1 ? 'its' : 'their'} RIEC has fewer than ${m} organisations.`,
    mergedTrend: (name, previous) =>
      `${name} was formed from ${previous}; the comparison uses the mean of the previous scores and no status changes per principle.`,
    excludedVersion: (n, version) =>
      `${plural(n, 'file was', 'files were')} made with an earlier version of the standard than ${version} and not counted. Carry them forward with 'weerbaar template --from' or report with that version (--norm).`,
    versionUnmapped: (before, now) =>
      `The previous report used version ${before} of the standard, this one version ${now}, and that previous version is not in the archive: status changes per principle are therefore left out. Theme scores cover other principles than last year.`,
    versionMapped: (before, now, renamed, leftOut) =>
      `The previous report used version ${before} of the standard, this one version ${now}. Principles are compared with the principle they continue${renamed ? ` (${renamed})` : ''}.${leftOut ? ` Not comparable and left out: ${leftOut}.` : ''} Theme scores cover other principles than last year.`,
    newPrinciple: (id) => `${id} (new)`,
    mergedPrinciple: (id, from) => `${id} (merged from ${from})`,
    removedPrinciple: (id) => `${id} of the previous version (removed)`,
    werkorganisatie: (name, file, members) =>
      `${name} filled in one overview (${file}); it counts for each of the municipalities ${members}, with the same answers.`,
    duplicates: (n) =>
      `${plural(n, 'file had', 'files had')} exactly the same answers as another file of the same organisation and ${n === 1 ? 'counts' : 'count'} as one return (RETURN_DUPLICATE).`,
    conflicts: (names) =>
      `Returns with the same date but different answers came in from ${names} (RETURN_CONFLICT). None of them counts. Move the version that does not apply out of the folder and run the report again.`,
    partsConflict: (names) =>
      `Parts of one return (from different departments) came in from ${names} that answer the same field differently (MERGE_CONFLICT). They were not combined and do not count until the difference is resolved: make the copies agree, or combine them yourself with 'weerbaar merge --voorkeur'.`,
    partsMerged: (names) =>
      `The parts of one return (from different departments) of ${names} were combined as 'weerbaar merge' does, and counted as one return (PARTS_MERGED).`,
    fileNameMismatch: (files) =>
      `The file name of ${files} names another organisation than the workbook (ORG_FILENAME_MISMATCH): check that it is not a copy of another organisation's file.`,
  },
};
