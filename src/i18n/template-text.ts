import type { Lang } from './catalogue.js';

/** The interface texts of the generated workbook (the norm's own texts come from the YAML). */
export interface TemplateText {
  sheets: { intro: string; front: string; overview: string; summary: string; lists: string; meta: string };
  intro: {
    workingVersion: string;
    aboutTitle: string;
    howTitle: string;
    howSteps: string[];
    scaleTitle: string;
    scaleHeader: [string, string, string];
    notApplicable: string;
    fieldsTitle: string;
    fieldsHeader: [string, string, string];
    always: string;
    optional: string;
    whenIn: (field: string, values: string) => string;
    whenNotIn: (field: string, values: string) => string;
    sendTitle: string;
    deadline: (date: string) => string;
    sendTo: (to: string) => string;
    versionTitle: string;
    normId: string;
    normVersion: string;
    fingerprint: string;
    generator: string;
  };
  front: { title: string; header: [string, string, string] };
  overview: { version: string; nr: string; theme: string; principle: string; evidence: string; weight: string; themeHeading: (id: string, name: string) => string };
  summary: {
    title: string;
    theme: string;
    unanswered: string;
    score: string;
    overall: string;
    notApplicableScore: string;
    note: string;
  };
  validation: {
    listTitle: string;
    listError: string;
    dateTitle: string;
    dateError: string;
    textTitle: string;
    textError: string;
    emailTitle: string;
    emailError: string;
  };
}

const nl: TemplateText = {
  sheets: { intro: 'Toelichting', front: 'Organisatie', overview: 'Implementatieoverzicht', summary: 'Samenvatting', lists: 'Lijsten', meta: 'Metadata' },
  intro: {
    workingVersion: 'WERKVERSIE',
    aboutTitle: 'Over de norm',
    howTitle: 'Zo vult u dit overzicht in',
    howSteps: [
      "1. Vul op het blad 'Organisatie' in voor welke organisatie en welk meetmoment u invult, en wie het invult.",
      "2. Kies op het blad 'Implementatieoverzicht' per uitgangspunt een status uit de lijst.",
      '3. Vul de toelichting, eigenaar, planning en prioriteit in volgens de regels hieronder.',
      "4. Het blad 'Samenvatting' laat per thema zien hoe ver u bent. Het rekent vanzelf mee.",
      '5. Verander geen teksten, rijen of bladen: alleen de witte invoervelden zijn bedoeld om in te vullen.',
      '6. Stuur het bestand als .xlsx (zonder wachtwoord) in. U kunt het eerst zelf laten controleren met: weerbaar validate <bestand>.',
    ],
    scaleTitle: 'De antwoordopties voor de status',
    scaleHeader: ['Status', 'Betekenis', 'Score'],
    notApplicable: 'telt niet mee',
    fieldsTitle: 'Wat u per uitgangspunt invult',
    fieldsHeader: ['Veld', 'Uitleg', 'Verplicht'],
    always: 'Altijd',
    optional: 'Nee',
    whenIn: (field, values) => `Als ${field} is: ${values}`,
    whenNotIn: (field, values) => `Als ${field} niet is: ${values}`,
    sendTitle: 'Insturen',
    deadline: (date) => `Uiterlijk op ${date}.`,
    sendTo: (to) => `Aan: ${to}.`,
    versionTitle: 'Versie',
    normId: 'Norm',
    normVersion: 'Versie van de norm',
    fingerprint: 'Vingerafdruk van de norm',
    generator: 'Gemaakt met',
  },
  front: { title: 'Gegevens van de organisatie', header: ['Gegeven', 'Invullen', 'Uitleg'] },
  overview: {
    version: 'versie',
    nr: 'Nr.',
    theme: 'Thema',
    principle: 'Uitgangspunt',
    evidence: 'Wanneer voldoet u?',
    weight: 'Gewicht',
    themeHeading: (id, name) => `Thema ${id}: ${name}`,
  },
  summary: {
    title: 'Samenvatting per thema',
    theme: 'Thema',
    unanswered: 'Nog niet ingevuld',
    score: 'Score',
    overall: 'Totaal',
    notApplicableScore: 'n.v.t.',
    note: 'Deze cijfers rekenen mee terwijl u invult. De officiële score berekent het RIEC met weerbaar uit uw antwoorden.',
  },
  validation: {
    listTitle: 'Kies uit de lijst',
    listError: 'Deze waarde staat niet in de lijst. Kies een waarde uit de keuzelijst.',
    dateTitle: 'Ongeldige datum',
    dateError: 'Vul een datum in, bijvoorbeeld 31-12-2026.',
    textTitle: 'Tekst te lang',
    textError: 'Deze tekst is te lang. Houd het bij maximaal 2000 tekens.',
    emailTitle: 'Ongeldig e-mailadres',
    emailError: 'Vul een geldig e-mailadres in, bijvoorbeeld naam@gemeente.nl.',
  },
};

const en: TemplateText = {
  sheets: { intro: 'Instructions', front: 'Organisation', overview: 'Implementation overview', summary: 'Summary', lists: 'Lists', meta: 'Metadata' },
  intro: {
    workingVersion: 'WORKING VERSION',
    aboutTitle: 'About the standard',
    howTitle: 'How to fill in this overview',
    howSteps: [
      "1. On the 'Organisation' sheet, fill in the organisation, the measurement round and who fills it in.",
      "2. On the 'Implementation overview' sheet, choose a status from the list for every principle.",
      '3. Fill in the explanation, owner, planned date and priority according to the rules below.',
      "4. The 'Summary' sheet shows your progress per theme. It updates as you go.",
      '5. Do not change texts, rows or sheets: only the white input cells are meant to be filled in.',
      '6. Send the file as .xlsx (without a password). You can check it first with: weerbaar validate <file>.',
    ],
    scaleTitle: 'The status options',
    scaleHeader: ['Status', 'Meaning', 'Score'],
    notApplicable: 'not counted',
    fieldsTitle: 'What to fill in per principle',
    fieldsHeader: ['Field', 'Explanation', 'Required'],
    always: 'Always',
    optional: 'No',
    whenIn: (field, values) => `When ${field} is: ${values}`,
    whenNotIn: (field, values) => `When ${field} is not: ${values}`,
    sendTitle: 'Sending in',
    deadline: (date) => `By ${date} at the latest.`,
    sendTo: (to) => `To: ${to}.`,
    versionTitle: 'Version',
    normId: 'Standard',
    normVersion: 'Version of the standard',
    fingerprint: 'Fingerprint of the standard',
    generator: 'Made with',
  },
  front: { title: 'Organisation details', header: ['Item', 'Your answer', 'Explanation'] },
  overview: {
    version: 'version',
    nr: 'No.',
    theme: 'Theme',
    principle: 'Principle',
    evidence: 'When do you comply?',
    weight: 'Weight',
    themeHeading: (id, name) => `Theme ${id}: ${name}`,
  },
  summary: {
    title: 'Summary per theme',
    theme: 'Theme',
    unanswered: 'Not yet answered',
    score: 'Score',
    overall: 'Overall',
    notApplicableScore: 'n/a',
    note: 'These figures update while you fill in. The official score is computed by the RIEC with weerbaar from your answers.',
  },
  validation: {
    listTitle: 'Choose from the list',
    listError: 'This value is not in the list. Choose a value from the dropdown.',
    dateTitle: 'Invalid date',
    dateError: 'Enter a date, for example 31-12-2026.',
    textTitle: 'Text too long',
    textError: 'This text is too long. Keep it to 2000 characters at most.',
    emailTitle: 'Invalid e-mail address',
    emailError: 'Enter a valid e-mail address, for example name@municipality.nl.',
  },
};

export const TEMPLATE_TEXT: Record<Lang, TemplateText> = { nl, en };
