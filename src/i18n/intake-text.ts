import type { Lang } from '../base/lang.js';
import { plural } from './plural.js';

/** The one word per outcome, shared by intake, validate and report (see docs/glossary.md). */
export type IntakeState =
  'accepted' | 'rejected' | 'not-received' | 'superseded' | 'merged' | 'not-a-spreadsheet' | 'skipped' | 'excluded';

export const INTAKE_STATES: readonly IntakeState[] = [
  'not-received',
  'rejected',
  'not-a-spreadsheet',
  'accepted',
  'superseded',
  'excluded',
  'skipped',
  'merged',
];

export interface IntakeText {
  state: Record<IntakeState, string>;
  header: {
    state: string;
    organisation: string;
    code: string;
    file: string;
    reasons: string;
    email: string;
    action: string;
    riec: string;
  };
  title: string;
  sheet: string;
  unknownOrganisation: string;
  more: (n: number) => string;
  thisMoment: string;
  mergedInto: (name: string, date: string) => string;
  supersededBy: (file: string) => string;
  otherMoment: (moment: string) => string;
  outsideRiec: string;
  alreadyAccepted: (file: string) => string;
  onlyOtherMoment: (files: string) => string;
  otherVersion: (version: string, current: string) => string;
  partOf: (files: string) => string;
  onlyOtherVersion: (files: string, current: string) => string;
  action: {
    accepted: (moment: string) => string;
    rejected: (file: string, reasons: string) => string;
    notReceived: (moment: string) => string;
    foreign: (file: string) => string;
    otherVersion: (file: string, version: string, current: string) => string;
    partsConflict: (files: string, reasons: string) => string;
  };
  summary: (counts: Record<IntakeState, number>, files: Record<IntakeState, number>, organisations: number) => string;
  written: (file: string) => string;
}

const nl: IntakeText = {
  state: {
    accepted: 'goedgekeurd',
    rejected: 'afgekeurd',
    'not-received': 'niet ontvangen',
    superseded: 'vervangen',
    merged: 'samengevoegd',
    'not-a-spreadsheet': 'geen spreadsheet',
    skipped: 'overgeslagen',
    excluded: 'buiten de selectie',
  },
  header: {
    state: 'Stand',
    organisation: 'Organisatie',
    code: 'Code',
    file: 'Bestand',
    reasons: 'Redenen',
    email: 'E-mailadres',
    action: 'Bericht',
    riec: 'RIEC',
  },
  title: 'Stand van de inzendingen',
  sheet: 'Inzendingen',
  unknownOrganisation: '(organisatie onbekend)',
  more: (n) => `en nog ${plural(n, 'punt', 'punten')}`,
  thisMoment: 'dit meetmoment',
  mergedInto: (name, date) => `opgegaan in ${name}${date ? ` op ${date}` : ''}; levert geen eigen overzicht meer in`,
  supersededBy: (file) => `vervangen door het nieuwere ${file}`,
  otherMoment: (moment) => `ingevuld voor ${moment}`,
  outsideRiec: 'organisatie buiten het gekozen RIEC',
  alreadyAccepted: (file) => `telt niet mee: ${file} is al goedgekeurd`,
  onlyOtherMoment: (files) => `alleen ontvangen voor een ander meetmoment: ${files}`,
  otherVersion: (version, current) =>
    `gemaakt met versie ${version} van de norm, niet met de huidige versie ${current}; telt niet mee`,
  partOf: (files) => `deel van één inzending, met de andere delen samengevoegd (${files})`,
  onlyOtherVersion: (files, current) =>
    `alleen ontvangen in een sjabloon van een eerdere versie van de norm dan ${current}: ${files}`,
  action: {
    accepted: (moment) => `Uw implementatieoverzicht voor ${moment} is ontvangen en goedgekeurd. Dank u wel.`,
    rejected: (file, reasons) =>
      `Uw implementatieoverzicht (${file}) is ontvangen, maar kan nog niet worden verwerkt: ${reasons} Wilt u dit verbeteren en het bestand opnieuw sturen?`,
    notReceived: (moment) =>
      `Wij hebben uw implementatieoverzicht voor ${moment} nog niet ontvangen. Wilt u het ingevulde sjabloon (.xlsx) sturen?`,
    foreign: (file) =>
      `Wij ontvingen ${file}, maar dat is geen spreadsheet en kan niet worden verwerkt. Wilt u het ingevulde implementatieoverzicht zelf sturen, als Excel-bestand (.xlsx)?`,
    partsConflict: (files, reasons) =>
      `Wij ontvingen de delen van uw implementatieoverzicht (${files}), maar ze geven op hetzelfde punt een ander antwoord: ${reasons} Wilt u laten weten welk antwoord geldt, of één bestand sturen waarin alles klopt?`,
    otherVersion: (file, version, current) =>
      `Wij ontvingen uw implementatieoverzicht (${file}), maar het is ingevuld in het sjabloon van versie ${version} van de norm; de huidige versie is ${current}. Wilt u uw antwoorden overnemen in het sjabloon van versie ${current} en dat sturen?`,
  },
  summary: (c, f, n) =>
    `${plural(n, 'organisatie', 'organisaties')}: ${c.accepted} goedgekeurd, ${c.rejected} afgekeurd, ${c['not-received']} niet ontvangen` +
    `${c.merged ? ` (en ${c.merged} samengevoegd, zonder eigen overzicht)` : ''}. Andere bestanden: ${f.rejected} afgekeurd, ${f['not-a-spreadsheet']} geen spreadsheet, ${f.superseded} vervangen, ${f.excluded} buiten de selectie, ${f.skipped} overgeslagen.`,
  written: (file) => `Lijst voor samenvoegen (mail merge) geschreven: ${file}.`,
};

const en: IntakeText = {
  state: {
    accepted: 'accepted',
    rejected: 'rejected',
    'not-received': 'not received',
    superseded: 'superseded',
    merged: 'merged',
    'not-a-spreadsheet': 'not a spreadsheet',
    skipped: 'skipped',
    excluded: 'outside the selection',
  },
  header: {
    state: 'State',
    organisation: 'Organisation',
    code: 'Code',
    file: 'File',
    reasons: 'Reasons',
    email: 'E-mail address',
    action: 'Message',
    riec: 'RIEC',
  },
  title: 'Intake status',
  sheet: 'Intake',
  unknownOrganisation: '(organisation unknown)',
  more: (n) => `and ${n} more ${n === 1 ? 'point' : 'points'}`,
  thisMoment: 'this measurement',
  mergedInto: (name, date) => `merged into ${name}${date ? ` on ${date}` : ''}; no longer returns its own overview`,
  supersededBy: (file) => `superseded by the newer ${file}`,
  otherMoment: (moment) => `filled in for ${moment}`,
  outsideRiec: 'organisation outside the selected RIEC',
  alreadyAccepted: (file) => `does not count: ${file} is already accepted`,
  onlyOtherMoment: (files) => `only received for another measurement: ${files}`,
  otherVersion: (version, current) =>
    `made with version ${version} of the standard, not with the current version ${current}; does not count`,
  partOf: (files) => `part of one return, combined with the other parts (${files})`,
  onlyOtherVersion: (files, current) =>
    `only received in a template of an earlier version of the standard than ${current}: ${files}`,
  action: {
    accepted: (moment) => `Your implementation overview for ${moment} has been received and accepted. Thank you.`,
    rejected: (file, reasons) =>
      `Your implementation overview (${file}) has been received but cannot be processed yet: ${reasons} Could you correct it and send the file again?`,
    notReceived: (moment) =>
      `We have not yet received your implementation overview for ${moment}. Could you send the filled-in template (.xlsx)?`,
    foreign: (file) =>
      `We received ${file}, but it is not a spreadsheet and cannot be processed. Could you send the filled-in implementation overview itself, as an Excel file (.xlsx)?`,
    partsConflict: (files, reasons) =>
      `We received the parts of your implementation overview (${files}), but they answer the same point differently: ${reasons} Could you tell us which answer holds, or send one file in which everything is right?`,
    otherVersion: (file, version, current) =>
      `We received your implementation overview (${file}), but it was filled in on the template of version ${version} of the standard; the current version is ${current}. Could you carry your answers over to the template of version ${current} and send that?`,
  },
  summary: (c, f, n) =>
    `${plural(n, 'organisation', 'organisations')}: ${c.accepted} accepted, ${c.rejected} rejected, ${c['not-received']} not received` +
    `${c.merged ? ` (and ${c.merged} merged, without an overview of their own)` : ''}. Other files: ${f.rejected} rejected, ${f['not-a-spreadsheet']} not a spreadsheet, ${f.superseded} superseded, ${f.excluded} outside the selection, ${f.skipped} skipped.`,
  written: (file) => `List for a mail merge written: ${file}.`,
};

export const INTAKE_TEXT: Record<Lang, IntakeText> = { nl, en };
