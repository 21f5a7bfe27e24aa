import type { LinkKind } from '../norm/version-map.js';
import type { Lang } from '../base/lang.js';
import { plural } from './plural.js';

/** Texts of `weerbaar template --from`: the Vorige meting sheet, the note in a row, and the command's output. */
export interface CarryText {
  sheet: string;
  title: (from: string, to: string) => string;
  intro: (status: string) => string;
  source: (version: string, meetmoment: string | null, datum: string | null) => string;
  /** `status`: the label of the norm's status field, in running text. */
  reviewHeading: (status: string) => string;
  removedHeading: string;
  newHeading: string;
  none: string;
  columns: { id: string; principle: string; was: string; why: string; reden: string };
  /** The header of a column with an earlier answer, from the label of the norm's own field. */
  previous: (label: string) => string;
  /** The "vorige meting" note in the row of a principle that needs a new look. */
  rowNote: (lines: string[]) => string;
  earlierLine: (id: string, status: string | null, toelichting: string | null) => string;
  reasons: Record<'inhoudelijk' | 'samengevoegd' | 'schaal', string>;
  // Command line
  optFrom: string;
  optMeetmoment: string;
  outcome: Record<'overgenomen' | 'opnieuw-bekijken' | 'nieuw' | 'vervallen', string>;
  kinds: Record<LinkKind | 'vervallen', string>;
  header: string[];
  written: (file: string, carried: number, review: number, fresh: number, removed: number) => string;
  notFromReturn: (file: string, codes: string) => string;
  noChain: (file: string, version: string, current: string) => string;
  outputFolderNeeded: string;
  sameOrganisation: (org: string, files: string) => string;
  noOrganisation: (file: string) => string;
  sourceErrors: (file: string, n: number) => string;
  lostFields: (id: string, fields: string) => string;
  // weerbaar norm check
  chainHeader: (previous: string, file: string) => string;
  chainCounts: (counts: string) => string;
  chainList: Record<'splits' | 'merges' | 'renamed' | 'removed' | 'added', string>;
  archived: (versions: string) => string;
}

const nl: CarryText = {
  sheet: 'Vorige meting',
  title: (from, to) => `Overgenomen uit de vorige meting (normversie ${from} → ${to})`,
  intro: (status) =>
    `Dit overzicht is vooraf ingevuld met de antwoorden van de vorige meting. Uitgangspunten die niet of alleen redactioneel zijn gewijzigd, zijn overgenomen: controleer ze en werk ze bij. Bij de uitgangspunten hieronder is de ${status} leeg gelaten: kies een nieuwe ${status}; de vorige antwoorden staan in hun rij in de kolom met de toelichting van de norm, gemarkeerd als "Vorige meting". Vul ook datum en meetmoment op het blad Organisatie in.`,
  source: (version, meetmoment, datum) =>
    `Vorige meting: normversie ${version}${meetmoment ? `, meetmoment ${meetmoment}` : ''}${datum ? `, ingevuld op ${datum}` : ''}.`,
  reviewHeading: (status) => `Opnieuw bekijken: de ${status} is leeg gelaten`,
  removedHeading: 'Vervallen uitgangspunten: niet meer in de norm',
  newHeading: 'Nieuwe uitgangspunten: nog niet ingevuld',
  none: '(geen)',
  columns: { id: 'Nr.', principle: 'Uitgangspunt', was: 'Was', why: 'Waarom', reden: 'Reden' },
  previous: (label) => `${label} (vorige meting)`,
  rowNote: (lines) => `Vorige meting:\n${lines.join('\n')}`,
  earlierLine: (id, status, toelichting) => `${id}: ${status ?? '(leeg)'}${toelichting ? ` – ${toelichting}` : ''}`,
  reasons: {
    inhoudelijk: 'tekst inhoudelijk gewijzigd',
    samengevoegd: 'samengevoegd uit meerdere uitgangspunten',
    schaal: 'vorig antwoord bestaat niet meer op de schaal',
  },
  optFrom: 'vul het sjabloon vooraf in met de antwoorden uit eerdere overzichten (bestand of map)',
  optMeetmoment: 'meetmoment voor het vooraf ingevulde sjabloon (standaard leeg)',
  outcome: { overgenomen: 'overgenomen', 'opnieuw-bekijken': 'opnieuw bekijken', nieuw: 'nieuw, leeg', vervallen: 'vervallen' },
  kinds: {
    ongewijzigd: 'ongewijzigd',
    redactioneel: 'redactioneel',
    inhoudelijk: 'inhoudelijk',
    samengevoegd: 'samengevoegd',
    nieuw: 'nieuw',
    vervallen: 'vervallen',
  },
  header: ['Nr.', 'Was', 'Wijziging', 'Uitkomst'],
  written: (file, carried, review, fresh, removed) =>
    `Vooraf ingevuld sjabloon geschreven: ${file} (${carried} overgenomen, ${review} opnieuw bekijken, ${fresh} nieuw, ${removed} vervallen).`,
  notFromReturn: (file, codes) => `${file} kan niet worden overgenomen: het is geen leesbaar overzicht van deze norm (${codes}).`,
  noChain: (file, version, current) =>
    `${file} is gemaakt met versie ${version} van de norm; die staat niet in het archief (archief/ naast het normbestand), dus de weg naar versie ${current} is onbekend. Zet het normbestand van versie ${version} in archief/.`,
  outputFolderNeeded: 'Bij meer dan één overzicht is -o een map: daarin komt per organisatie één vooraf ingevuld sjabloon.',
  sameOrganisation: (org, files) => `Meer dan één overzicht van ${org} (${files}); het nieuwste (op datum) is gebruikt.`,
  noOrganisation: (file) => `${file} noemt geen bekende organisatie; de organisatie op het voorblad is leeg gelaten.`,
  sourceErrors: (file, n) =>
    `Let op: ${file} had ${plural(n, 'fout', 'fouten')} bij de controle; wat leesbaar was, is overgenomen.`,
  lostFields: (id, fields) => `${id}: niet over te nemen (veld of optie bestaat niet meer): ${fields}.`,
  chainHeader: (previous, file) => `Vorige versie: ${previous} (${file}).`,
  chainCounts: (counts) => `Ten opzichte van de vorige versie: ${counts}.`,
  chainList: { splits: 'Gesplitst', merges: 'Samengevoegd', renamed: 'Ander nummer', removed: 'Vervallen', added: 'Nieuw' },
  archived: (versions) => `Archief: ${versions}.`,
};

const en: CarryText = {
  sheet: 'Previous measurement',
  title: (from, to) => `Carried over from the previous measurement (standard version ${from} → ${to})`,
  intro: (status) =>
    `This overview is prefilled with the answers of the previous measurement. Principles that did not change, or changed only editorially, were carried over: check and update them. For the principles below the ${status} was left empty: choose a new ${status}; the earlier answers are in their row, in the column with the standard's explanation, marked "Previous measurement". Also fill in date and measurement on the Organisation sheet.`,
  source: (version, meetmoment, datum) =>
    `Previous measurement: standard version ${version}${meetmoment ? `, measurement ${meetmoment}` : ''}${datum ? `, filled in on ${datum}` : ''}.`,
  reviewHeading: (status) => `Look again: the ${status} was left empty`,
  removedHeading: 'Removed principles: no longer in the standard',
  newHeading: 'New principles: not yet filled in',
  none: '(none)',
  columns: { id: 'No.', principle: 'Principle', was: 'Was', why: 'Why', reden: 'Reason' },
  previous: (label) => `${label} (previous)`,
  rowNote: (lines) => `Previous measurement:\n${lines.join('\n')}`,
  earlierLine: (id, status, toelichting) => `${id}: ${status ?? '(empty)'}${toelichting ? ` – ${toelichting}` : ''}`,
  reasons: {
    inhoudelijk: 'text changed in substance',
    samengevoegd: 'merged from several principles',
    schaal: 'previous answer no longer on the scale',
  },
  optFrom: 'prefill the template with the answers of earlier overviews (file or folder)',
  optMeetmoment: 'measurement for the prefilled template (default: empty)',
  outcome: { overgenomen: 'carried', 'opnieuw-bekijken': 'look again', nieuw: 'new, empty', vervallen: 'removed' },
  kinds: {
    ongewijzigd: 'unchanged',
    redactioneel: 'editorial',
    inhoudelijk: 'in substance',
    samengevoegd: 'merged',
    nieuw: 'new',
    vervallen: 'removed',
  },
  header: ['No.', 'Was', 'Change', 'Outcome'],
  written: (file, carried, review, fresh, removed) =>
    `Prefilled template written: ${file} (${carried} carried, ${review} to look at again, ${fresh} new, ${removed} removed).`,
  notFromReturn: (file, codes) => `${file} cannot be carried over: it is not a readable overview of this standard (${codes}).`,
  noChain: (file, version, current) =>
    `${file} was made with version ${version} of the standard; it is not in the archive (archief/ next to the norm file), so the way to version ${current} is unknown. Put the norm file of version ${version} in archief/.`,
  outputFolderNeeded: 'With more than one overview, -o is a folder: it receives one prefilled template per organisation.',
  sameOrganisation: (org, files) => `More than one overview of ${org} (${files}); the newest (by date) was used.`,
  noOrganisation: (file) => `${file} names no known organisation; the organisation on the front page was left empty.`,
  sourceErrors: (file, n) =>
    `Note: ${file} had ${plural(n, 'error', 'errors')} when checked; what could be read was carried over.`,
  lostFields: (id, fields) => `${id}: could not be carried (field or option no longer exists): ${fields}.`,
  chainHeader: (previous, file) => `Previous version: ${previous} (${file}).`,
  chainCounts: (counts) => `Compared with the previous version: ${counts}.`,
  chainList: { splits: 'Split', merges: 'Merged', renamed: 'Renumbered', removed: 'Removed', added: 'New' },
  archived: (versions) => `Archive: ${versions}.`,
};

export const CARRY_TEXT: Record<Lang, CarryText> = { nl, en };
