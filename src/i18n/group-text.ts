import type { FindingCode } from '../findings/codes.js';
import type { FindingOf } from '../findings/finding.js';
import type { Lang } from '../base/lang.js';

/** What a group sentence gets: the total count, the places as text, and the findings shown. */
type GroupLine<C extends FindingCode> = (n: number, places: string, findings: ReadonlyArray<FindingOf<C>>) => string;

export interface GroupText {
  /** Sentences for codes that typically repeat; other codes use `other`. */
  lines: { [C in FindingCode]?: GroupLine<C> };
  /** Any other code: the first message, then how often and where. */
  other: (n: number, places: string, firstMessage: string) => string;
  /** The end of a shortened list of places. */
  morePlaces: (n: number) => string;
}

const labels = (findings: ReadonlyArray<{ args: { label: string } }>) => [...new Set(findings.map((f) => f.args.label))];
const compareLabels = (findings: ReadonlyArray<{ args: { compareLabel: string } }>) => [
  ...new Set(findings.map((f) => f.args.compareLabel)),
];
const quoted = (items: readonly string[], and: string) =>
  items.length <= 1
    ? `'${items[0] ?? ''}'`
    : `${items
        .slice(0, -1)
        .map((i) => `'${i}'`)
        .join(', ')} ${and} '${items[items.length - 1]}'`;
/** The status field's label, in running text. */
const statusWord = (findings: ReadonlyArray<{ args: { label: string } }>) => (findings[0]?.args.label ?? '').toLowerCase();
const sheetOf = (findings: ReadonlyArray<{ location: { sheet?: string } }>, fallback: string) =>
  findings[0]?.location.sheet ?? fallback;

const dots = (n: number) => n.toLocaleString('nl-NL');

const nl: GroupText = {
  lines: {
    STATUS_MISSING: (n, places, f) => {
      const s = statusWord(f);
      return `${dots(n)} uitgangspunten zonder ${s}: ${places}. Kies per uitgangspunt een ${s} uit de lijst; zonder ${s} kan het RIEC het overzicht niet gebruiken.`;
    },
    REQUIRED_MISSING: (n, places, f) =>
      `${dots(n)} keer is ${quoted(labels(f), 'of')} leeg terwijl het verplicht is, bij ${places}. Vul ze in.`,
    FRONT_MISSING: (n, _places, f) =>
      `${dots(n)} velden zijn niet ingevuld: ${quoted(labels(f), 'en')}. Vul ze in op het blad ${sheetOf(f, 'Organisatie')}.`,
    OPTION_UNKNOWN: (n, places, f) =>
      `${dots(n)} waarden in ${quoted(labels(f), 'en')} zijn geen keuze uit de lijst, bij ${places}. Kies een waarde uit de lijst.`,
    VALUE_NORMALISED: (n, places, f) =>
      `${dots(n)} waarden in ${quoted(labels(f), 'en')} zijn gelezen als een keuze uit de lijst, bij ${places}. Kies de waarden liever uit de lijst.`,
    DATE_INVALID: (n, places, f) =>
      `${dots(n)} waarden in ${quoted(labels(f), 'en')} zijn geen geldige datum, bij ${places}. Vul een datum in als 31-12-2026.`,
    PLANNING_BEFORE_DATUM: (n, places, f) =>
      `${dots(n)} keer ligt ${quoted(labels(f), 'of')} vóór ${quoted(compareLabels(f), 'of')}, bij ${places}. Controleer de datums.`,
    INPUT_FORMULA: (n, places) =>
      `${dots(n)} invoercellen bevatten een formule, bij ${places}. De berekende waarden zijn gebruikt; typ liever de waarden zelf in.`,
    INPUT_ERROR_VALUE: (n, places) =>
      `${dots(n)} invoercellen bevatten een foutwaarde, bij ${places}. Vervang die door gewone waarden.`,
    TEXT_CHANGED: (n, places) =>
      `De tekst van ${dots(n)} uitgangspunten is veranderd: ${places}. De normtekst mag niet worden aangepast; zet uw uitleg in de kolommen om in te vullen.`,
    ROW_MISSING: (n, places) =>
      `${dots(n)} uitgangspunten ontbreken: ${places}. Zet de rijen terug of neem de antwoorden over in een nieuw sjabloon.`,
    ROW_UNKNOWN: (n, places) =>
      `${dots(n)} rijen hebben een nummer dat geen uitgangspunt van deze norm is: ${places}. Zet de oorspronkelijke nummers terug of verwijder de extra rijen.`,
  },
  other: (n, places, first) => `${first} Dit komt ${dots(n)} keer voor: ${places}.`,
  morePlaces: (n) => `en nog ${dots(n)}`,
};

const dotsEn = (n: number) => n.toLocaleString('en-GB');

const en: GroupText = {
  lines: {
    STATUS_MISSING: (n, places, f) => {
      const s = statusWord(f);
      return `${dotsEn(n)} principles without a ${s}: ${places}. Choose a ${s} from the list for each; without a ${s} the RIEC cannot use the overview.`;
    },
    REQUIRED_MISSING: (n, places, f) =>
      `${dotsEn(n)} times ${quoted(labels(f), 'or')} is empty although required, at ${places}. Fill them in.`,
    FRONT_MISSING: (n, _places, f) =>
      `${dotsEn(n)} fields are not filled in: ${quoted(labels(f), 'and')}. Fill them in on the ${sheetOf(f, 'Organisation')} sheet.`,
    OPTION_UNKNOWN: (n, places, f) =>
      `${dotsEn(n)} values in ${quoted(labels(f), 'and')} are not options of the list, at ${places}. Choose a value from the list.`,
    VALUE_NORMALISED: (n, places, f) =>
      `${dotsEn(n)} values in ${quoted(labels(f), 'and')} were read as an option of the list, at ${places}. Please choose the values from the list.`,
    DATE_INVALID: (n, places, f) =>
      `${dotsEn(n)} values in ${quoted(labels(f), 'and')} are not valid dates, at ${places}. Enter a date such as 31-12-2026.`,
    PLANNING_BEFORE_DATUM: (n, places, f) =>
      `${dotsEn(n)} times ${quoted(labels(f), 'or')} is before ${quoted(compareLabels(f), 'or')}, at ${places}. Check the dates.`,
    INPUT_FORMULA: (n, places) =>
      `${dotsEn(n)} input cells hold a formula, at ${places}. The computed values were used; please type the values themselves.`,
    INPUT_ERROR_VALUE: (n, places) =>
      `${dotsEn(n)} input cells hold an error value, at ${places}. Replace them with normal values.`,
    TEXT_CHANGED: (n, places) =>
      `The text of ${dotsEn(n)} principles was changed: ${places}. The standard's text must not be edited; put your explanation in the columns to fill in.`,
    ROW_MISSING: (n, places) =>
      `${dotsEn(n)} principles are missing: ${places}. Restore the rows or copy the answers into a new template.`,
    ROW_UNKNOWN: (n, places) =>
      `${dotsEn(n)} rows have a number that is not a principle of this standard: ${places}. Restore the original numbers or delete the extra rows.`,
  },
  other: (n, places, first) => `${first} This occurs ${dotsEn(n)} times: ${places}.`,
  morePlaces: (n) => `and ${dotsEn(n)} more`,
};

export const GROUP_TEXT: Record<Lang, GroupText> = { nl, en };
