import type { Lang } from '../base/lang.js';

/** The interface texts of the generated workbook (the norm's own texts come from the YAML). */
export interface TemplateText {
  sheets: { intro: string; front: string; overview: string; summary: string; check: string; lists: string; meta: string };
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
    sendTitle: string;
    /** Only with the norm's `uitwisseling` block: what the exchange column is for. */
    exchangeTitle: string;
    exchange: (field: string, seek: string, offer: string, best: string) => string[];
    /** `fields`: the exchange's own contact fields; `fallback`: the fields used when they are empty. */
    exchangeContact: (fields: string, fallback: string) => string;
    deadline: (date: string) => string;
    sendTo: (to: string) => string;
    versionTitle: string;
    normVersion: string;
  };
  front: { title: string; header: [string, string, string] };
  overview: {
    version: string;
    nr: string;
    theme: string;
    principle: string;
    evidence: string;
    weight: string;
    themeHeading: (id: string, name: string) => string;
  };
  summary: {
    title: string;
    theme: string;
    unanswered: string;
    score: string;
    overall: string;
    notApplicableScore: string;
    /** Shown instead of a score while a theme has no answer yet. */
    noAnswers: string;
    note: string;
  };
  /** The Controle sheet: what is still missing, counted by formulas while the official fills in. */
  check: {
    title: string;
    intro: string;
    remainingLabel: string;
    ready: string;
    remainingOne: string;
    /** "Nog " and " punten" around the number, joined by the formula. */
    remainingBefore: string;
    remainingAfter: string;
    broken: string;
    sendTo: (to: string, deadline: string | undefined) => string;
    header: [string, string, string, string];
    frontSection: string;
    goToCell: (sheet: string, cell: string) => string;
    goToRows: (from: string, to: string) => string;
    themeLine: (id: string, name: string) => string;
    helperHeading: string;
  };
  /** The 'verplicht' rules of the norm in words; values come quoted and joined. */
  rules: {
    or: string;
    quote: (value: string) => string;
    /** Per principle: the field is always required. `list`: chosen from a dropdown. */
    rowAlways: (field: string, list: boolean) => string;
    rowWhen: (field: string, list: boolean, condition: string, values: string, negated: boolean) => string;
    /** On the front sheet. */
    frontAlways: (field: string, list: boolean) => string;
    frontWhen: (field: string, list: boolean, condition: string, values: string, negated: boolean) => string;
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
  sheets: {
    intro: 'Toelichting',
    front: 'Organisatie',
    overview: 'Implementatieoverzicht',
    summary: 'Samenvatting',
    check: 'Controle',
    lists: 'Lijsten',
    meta: 'Metadata',
  },
  intro: {
    workingVersion: 'WERKVERSIE',
    aboutTitle: 'Over de norm',
    howTitle: 'Zo vult u dit overzicht in',
    howSteps: [
      "1. Vul op het blad 'Organisatie' in voor welke organisatie en welk meetmoment u invult, en wie het invult.",
      "2. Kies op het blad 'Implementatieoverzicht' per uitgangspunt een status uit de lijst, en vul de andere velden in volgens de regels hieronder. Selecteert u een invoercel, dan ziet u een korte uitleg.",
      "3. Het blad 'Samenvatting' laat per thema zien hoe ver u bent. Het rekent vanzelf mee.",
      "4. Het blad 'Controle' telt wat nog ontbreekt en zegt waar. Staat daar 'Klaar om in te sturen', dan is alles ingevuld wat de norm vraagt.",
      '5. Verander geen teksten, rijen of bladen: alleen de witte invoervelden zijn bedoeld om in te vullen.',
      "6. Stuur het bestand als .xlsx (zonder wachtwoord) in, zoals beschreven onder 'Insturen'. Met vragen kunt u daar ook terecht.",
    ],
    scaleTitle: 'De antwoordopties voor de status',
    scaleHeader: ['Status', 'Betekenis', 'Score'],
    notApplicable: 'telt niet mee',
    fieldsTitle: 'Wat u per uitgangspunt invult',
    fieldsHeader: ['Veld', 'Uitleg', 'Verplicht'],
    always: 'Altijd',
    optional: 'Nee',
    sendTitle: 'Insturen',
    exchangeTitle: 'Leren van elkaar',
    exchange: (field, seek, offer, best) => [
      `De kolom ‘${field}’ is voor onderlinge hulp. De norm is er ook om elkaar te versterken: een organisatie die een uitgangspunt op orde heeft, helpt een organisatie die er nog mee bezig is, zodat niet iedereen zelf het wiel hoeft uit te vinden.`,
      `Kies ‘${seek}’ bij een uitgangspunt waar u graag hulp of voorbeelden bij krijgt. Kies ‘${offer}’ bij een uitgangspunt dat u op orde hebt en waarover u andere organisaties wilt vertellen. Beide zijn vrijwillig; laat de cel leeg als geen van beide past.`,
      `Het RIEC zet de vragen en het aanbod naast elkaar en brengt organisaties met elkaar in contact, eerst in de eigen regio. Wie ‘${offer}’ kiest en op dat uitgangspunt ‘${best}’ heeft, wordt met naam en contactpersoon genoemd aan organisaties die daar hulp zoeken. Dit is geen toezicht: het gaat om leren van elkaar, niet om beoordelen.`,
    ],
    exchangeContact: (fields, fallback) =>
      `De contactpersoon daarvoor vult u in op het blad Organisatie (${fields}). Laat u die leeg, dan geldt ${fallback}.`,
    deadline: (date) => `Uiterlijk op ${date}.`,
    sendTo: (to) => `Aan: ${to}.`,
    versionTitle: 'Versie',
    normVersion: 'Versie van de norm',
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
    noAnswers: '–',
    note: 'Deze cijfers rekenen mee terwijl u invult. De officiële score berekent het RIEC met weerbaar uit uw antwoorden.',
  },
  check: {
    title: 'Controle: is uw overzicht compleet?',
    intro:
      'Dit blad telt vanzelf mee terwijl u invult: per regel hoeveel verplichte antwoorden nog ontbreken, en waar. Klik op een verwijzing in de laatste kolom om er meteen heen te gaan.',
    remainingLabel: 'Nog in te vullen',
    ready: 'Klaar om in te sturen',
    remainingOne: 'Nog 1 punt',
    remainingBefore: 'Nog ',
    remainingAfter: ' punten',
    broken: 'De controle werkt niet: is er een blad of rij verwijderd?',
    sendTo: (to, deadline) => `Daarna stuurt u het bestand als .xlsx naar ${to}${deadline ? `, uiterlijk op ${deadline}` : ''}.`,
    header: ['Wat nog moet', 'Aantal', 'Bij uitgangspunt', 'Ga naar'],
    frontSection: "Blad 'Organisatie'",
    goToCell: (sheet, cell) => `${sheet}, cel ${cell}`,
    goToRows: (from, to) => `${from} t/m ${to}`,
    themeLine: (id, name) => `Thema ${id}: ${name}`,
    helperHeading: 'Hulpkolommen van de controle (niet wijzigen)',
  },
  rules: {
    or: 'of',
    quote: (v) => `‘${v}’`,
    rowAlways: (field, list) => (list ? `Kies bij elk uitgangspunt een ${field}.` : `Vul bij elk uitgangspunt een ${field} in.`),
    rowWhen: (field, list, condition, values, negated) =>
      `${list ? 'Kies' : 'Vul'} een ${field}${list ? '' : ' in'} als de ${condition} ${negated ? 'niet ' : ''}${values} is.`,
    frontAlways: (field, list) => (list ? `Kies ‘${field}’ uit de lijst.` : `Vul ‘${field}’ in.`),
    frontWhen: (field, list, condition, values, negated) =>
      `${list ? 'Kies' : 'Vul'} ‘${field}’${list ? '' : ' in'} als ‘${condition}’ ${negated ? 'niet ' : ''}${values} is.`,
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

/** "an explanation", "a planned date". */
function article(word: string): string {
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}

const en: TemplateText = {
  sheets: {
    intro: 'Instructions',
    front: 'Organisation',
    overview: 'Implementation overview',
    summary: 'Summary',
    check: 'Check',
    lists: 'Lists',
    meta: 'Metadata',
  },
  intro: {
    workingVersion: 'WORKING VERSION',
    aboutTitle: 'About the standard',
    howTitle: 'How to fill in this overview',
    howSteps: [
      "1. On the 'Organisation' sheet, fill in the organisation, the measurement round and who fills it in.",
      "2. On the 'Implementation overview' sheet, choose a status from the list for every principle and fill in the other fields according to the rules below. When you select an input cell, a short explanation appears.",
      "3. The 'Summary' sheet shows your progress per theme. It updates as you go.",
      "4. The 'Check' sheet counts what is still missing and says where. When it says 'Ready to send', everything the standard asks for is filled in.",
      '5. Do not change texts, rows or sheets: only the white input cells are meant to be filled in.',
      "6. Send the file as .xlsx (without a password) as described under 'Sending in'. Questions can go there too.",
    ],
    scaleTitle: 'The status options',
    scaleHeader: ['Status', 'Meaning', 'Score'],
    notApplicable: 'not counted',
    fieldsTitle: 'What to fill in per principle',
    fieldsHeader: ['Field', 'Explanation', 'Required'],
    always: 'Always',
    optional: 'No',
    sendTitle: 'Sending in',
    exchangeTitle: 'Learning from each other',
    exchange: (field, seek, offer, best) => [
      `The column ‘${field}’ is for mutual help. The standard is also there for organisations to strengthen each other: one that has a principle in place helps one still working on it, so that nobody has to reinvent the wheel.`,
      `Choose ‘${seek}’ for a principle where you would welcome help or examples. Choose ‘${offer}’ for a principle you have in place and would like to tell other organisations about. Both are voluntary; leave the cell empty if neither fits.`,
      `The RIEC puts requests and offers side by side and puts organisations in touch, within the own region first. Whoever chooses ‘${offer}’ and has ‘${best}’ on that principle is named, with the contact, to organisations seeking help with it. This is not supervision: it is about learning from each other, not about judging.`,
    ],
    exchangeContact: (fields, fallback) =>
      `Fill in the contact for this on the Organisation sheet (${fields}). Left empty, ${fallback} is used.`,
    deadline: (date) => `By ${date} at the latest.`,
    sendTo: (to) => `To: ${to}.`,
    versionTitle: 'Version',
    normVersion: 'Version of the standard',
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
    noAnswers: '–',
    note: 'These figures update while you fill in. The official score is computed by the RIEC with weerbaar from your answers.',
  },
  check: {
    title: 'Check: is your overview complete?',
    intro:
      'This sheet counts while you fill in: per rule, how many required answers are still missing, and where. Click a reference in the last column to go there.',
    remainingLabel: 'Still to fill in',
    ready: 'Ready to send',
    remainingOne: '1 item left',
    remainingBefore: '',
    remainingAfter: ' items left',
    broken: 'The check does not work: was a sheet or row deleted?',
    sendTo: (to, deadline) => `Then send the file as .xlsx to ${to}${deadline ? `, by ${deadline} at the latest` : ''}.`,
    header: ['What is left', 'Count', 'At principle', 'Go to'],
    frontSection: "Sheet 'Organisation'",
    goToCell: (sheet, cell) => `${sheet}, cell ${cell}`,
    goToRows: (from, to) => `${from} to ${to}`,
    themeLine: (id, name) => `Theme ${id}: ${name}`,
    helperHeading: 'Helper columns of the check (do not change)',
  },
  rules: {
    or: 'or',
    quote: (v) => `‘${v}’`,
    rowAlways: (field, list) =>
      list ? `Choose ${article(field)} ${field} for every principle.` : `Fill in ${article(field)} ${field} for every principle.`,
    rowWhen: (field, list, condition, values, negated) =>
      `${list ? 'Choose' : 'Fill in'} ${article(field)} ${field} when the ${condition} is ${negated ? 'not ' : ''}${values}.`,
    frontAlways: (field, list) => (list ? `Choose ‘${field}’ from the list.` : `Fill in ‘${field}’.`),
    frontWhen: (field, list, condition, values, negated) =>
      `${list ? 'Choose' : 'Fill in'} ‘${field}’ when ‘${condition}’ is ${negated ? 'not ' : ''}${values}.`,
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
