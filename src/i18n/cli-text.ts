import { ioReason } from './messages-nl.js';
import { ioReasonEn } from './messages-en.js';
import type { Lang } from '../base/lang.js';
import { plural } from './plural.js';

/** The first few files of a list, then how many more (a stderr line stays readable in a CI log). */
function listFiles(files: string[]): string {
  return files.length <= 5 ? files.join(', ') : `${files.slice(0, 5).join(', ')} (+${files.length - 5})`;
}

/** Help and output texts of the command line, in Dutch and English. */
const nl = {
  program:
    'Werk met een norm voor een weerbare overheid (de ingebouwde norm of een eigen normbestand met --norm): maak het sjabloon, controleer en scoor ingevulde implementatieoverzichten en bundel ze tot een regionale rapportage.',
  helpTitles: {
    'Usage:': 'Gebruik:',
    'Options:': 'Opties:',
    'Commands:': 'Opdrachten:',
    'Arguments:': 'Argumenten:',
    'Global Options:': 'Algemene opties:',
  } as Record<string, string>,
  helpWords: { default: 'standaard', choices: 'keuzes', options: 'opties', command: 'opdracht' },
  valueNames: {
    shell: 'shell',
    command: 'opdracht',
    file: 'bestand',
    folder: 'map',
    paths: 'pad...',
    lang: 'taal',
    format: 'vorm',
    seconds: 'seconden',
    name: 'naam',
    thresholds: 'drempels',
    secret: 'geheim',
    dialect: 'conventie',
  },
  help: 'toon deze hulp',
  version: 'toon het versienummer',
  optLang: 'taal van meldingen en uitvoer',
  optNorm: 'normbestand (YAML); standaard de ingebouwde norm',
  optRegistry:
    'register van organisaties (YAML); standaard het register dat de norm noemt (register:), bij de ingebouwde norm het ingebouwde register',
  optForce: 'overschrijf een bestaand bestand',
  normCmd: 'werk met het normbestand',
  normCheck: 'controleer een normbestand en toon een overzicht',
  normCheckArg: 'normbestand; standaard de ingebouwde norm',
  template: 'maak het implementatieoverzicht (Excel) uit de norm',
  templateOut: 'uitvoerbestand; standaard implementatieoverzicht-<norm>-<versie>.xlsx',
  validate: 'controleer ingevulde implementatieoverzichten',
  score: 'bereken de score per thema',
  report: 'bundel ingevulde overzichten tot een regionale rapportage',
  sample: 'maak voorbeeldbestanden met verzonnen antwoorden',
  argPaths: 'bestanden, mappen (doorzocht met submappen) of patronen zoals returns/*.xlsx',
  optFormat: 'uitvoervorm',
  optStrict: 'behandel waarschuwingen als fouten',
  optFeedback: 'schrijf per bestand een kopie met gemarkeerde cellen en een blad Bevindingen naar deze map',
  optJobs: 'hoogstens zoveel bestanden tegelijk (standaard: één minder dan het aantal processorkernen; 0 = alles in één thread)',
  optTimeout: 'tijdslimiet per bestand in seconden',
  pathMissing: (p: string) => `${p} bestaat niet. Controleer het pad.`,
  pathUnreadable: (p: string, code: string) => `${p} kan niet worden gelezen (${ioReason(code)}). Controleer de rechten.`,
  noFiles: (p: string) => `Geen spreadsheets gevonden in ${p}. Controleer de map of het patroon.`,
  otherFilesFound: (n: number) =>
    `Wel ${n === 1 ? 'dit bestand, dat' : `deze ${n} bestanden, die`} niet ${n === 1 ? 'wordt' : 'worden'} gelezen:`,
  filesRejected: (files: string[]) => `${plural(files.length, 'bestand', 'bestanden')} afgekeurd: ${listFiles(files)}.`,
  notScorable: (files: string[], forced: boolean) =>
    `${plural(files.length, 'bestand is', 'bestanden zijn')} niet gescoord wegens fouten: ${listFiles(files)}. Controleer ze met weerbaar validate${forced ? '' : ', of scoor toch met --force'}.`,
  thresholdsUnmet: (files: string[], thresholds: string[]) =>
    `Drempel niet gehaald (${thresholds.join(', ')}) in ${plural(files.length, 'bestand', 'bestanden')}: ${listFiles(files)}.`,
  intakeIncomplete: (open: number, total: number) =>
    `Nog niet compleet: ${open} van de ${total} organisaties ${open === 1 ? 'heeft' : 'hebben'} geen goedgekeurd overzicht. Zie intake.csv voor wie wat moet sturen.`,
  globNoMatch: (p: string) => `Het patroon ${p} past op geen enkel bestand. Controleer het patroon en de map.`,
  feedbackWritten: (n: number, dir: string) =>
    `${plural(n, 'terugkoppelbestand', 'terugkoppelbestanden')} geschreven naar ${dir}.`,
  feedbackSkipped: (file: string) => `Geen terugkoppelbestand voor ${file}: het is geen leesbare werkmap.`,
  feedbackSuffix: '-bevindingen',
  feedbackDirUnusable: (p: string, code: string) =>
    `In ${p} kunnen geen terugkoppelbestanden worden geschreven (${ioReason(code)}). Kies een andere map met --feedback.`,
  feedbackNotWritten: (file: string) => `Geen terugkoppelbestand voor ${file}: zie de bevinding FEEDBACK_FAILED.`,
  progressLabel: 'Lezen',
  optThreshold: "drempels, zoals 'overall>=60,thema.3>=50'; exit 1 als er één niet wordt gehaald",
  optThresholds: 'drempels uit een YAML-bestand',
  optScoreForce: 'scoor ook bestanden met fouten (duidelijk gemarkeerd)',
  badThreshold: (t: string) => `'${t}' is geen geldige drempel. Schrijf bijvoorbeeld overall>=60 of thema.3>=50.`,
  unknownThemeThreshold: (id: string) => `Thema ${id} bestaat niet in deze norm.`,
  thresholdsBoth: 'Gebruik --threshold of --thresholds, niet allebei.',
  optSampleOut: 'map voor de voorbeeldbestanden',
  optReportOut: 'map voor de rapportage (rapportage.xlsx, .json, .md, .html en .csv)',
  optRiec: 'alleen organisaties van dit RIEC, met de naam zoals in het register',
  optPrevious: 'eerdere rapportage.json (of een map met zulke bestanden); mag vaker: de ontwikkeling loopt over alle metingen',
  optOrganisatie: 'schrijf in organisaties/ alleen de pagina van deze organisatie (naam of code uit het register)',
  unknownOrganisatie: (o: string) =>
    `'${o}' is geen organisatie met een geldige inzending in deze rapportage. Controleer de naam of code, en of haar inzending is goedgekeurd.`,
  noPreviousInFolder: (dir: string) =>
    `${dir} bevat geen rapportage.json. Geef een eerdere rapportage.json of een map waarin die staat.`,
  previousTwice: (m: string, files: string[]) =>
    `Er zijn meer eerdere rapportages voor ${m}: ${files.join(', ')}. Geef per meetmoment één rapportage.json.`,
  pagesSkipped:
    "Geen pagina's per organisatie: die noemen de organisatie, en deze rapportage is geanonimiseerd of bevat alleen totalen.",
  scoreHtmlOne: (n: number) =>
    `--format html maakt de pagina voor één inzending; er ${n === 1 ? 'is' : 'zijn'} er ${n} te scoren. Geef één bestand.`,
  optAnonymise: 'vervang namen en codes van organisaties door vaste pseudoniemen',
  optSalt: 'geheim voor de pseudoniemen; met hetzelfde geheim krijgt een organisatie elk jaar hetzelfde pseudoniem',
  optAggregateOnly: 'geen regels per organisatie, alleen totalen',
  optMinGroup: 'toon geen cijfers over een groep kleiner dan dit aantal organisaties',
  optCsvDialect: 'CSV-conventie: nl (; en decimale komma) of en (, en punt); standaard volgens --lang',
  optFailOnRejected: 'exit 1 als een bestand is afgekeurd',
  intake: 'toon per organisatie de stand van de inzendingen en schrijf intake.csv voor een mail merge',
  optIntakeOut: 'map voor intake.csv; standaard de huidige map',
  optOutputFile: 'schrijf de uitvoer (json, csv, …) naar dit bestand in plaats van naar het scherm',
  optQuiet: 'toon alleen fouten (geen voortgang, geen samenvatting)',
  optConfig: 'instellingenbestand (YAML); standaard weerbaar.config.yaml in de huidige map, als dat er is',
  helpCommand: 'toon de hulp bij een opdracht',
  configUnreadable: (f: string, code: string) => `Het instellingenbestand ${f} kan niet worden gelezen (${ioReason(code)}).`,
  configInvalid: (f: string) => `Het instellingenbestand ${f} klopt niet:`,
  configLiteralSalt: (where: string) =>
    `${where}: zet het geheim (salt) niet in het instellingenbestand. Zet het in een omgevingsvariabele en noem die met salt-env, bijvoorbeeld 'salt-env: WEERBAAR_SALT'.`,
  configSaltEnvEmpty: (where: string, name: string) =>
    `${where}: de omgevingsvariabele ${name} (salt-env) is niet gezet of leeg. Zet het geheim in ${name}, of haal salt-env weg.`,
  completion: 'schrijf een script voor het aanvullen van opdrachten en opties in de shell (bash of zsh)',
  unknownRiec: (r: string, options: string[]) => `'${r}' is geen RIEC in het register. Kies uit: ${options.join(', ')}.`,
  badPrevious: (f: string) =>
    `${f} is geen rapportage.json van weerbaar. Geef het rapportage.json-bestand van een eerdere rapportage.`,
  reportWritten: (dir: string, files: string[]) => `Rapportage geschreven naar ${dir}: ${files.join(', ')}.`,
  reportSummary: (c: {
    accepted: number;
    rejected: number;
    superseded: number;
    conflict: number;
    excluded: number;
    skipped: number;
    missing: number;
  }) =>
    `${c.accepted} goedgekeurd, ${c.rejected} afgekeurd, ${c.superseded} vervangen, ${c.conflict > 0 ? `${c.conflict} in conflict (tellen niet; zie RETURN_CONFLICT), ` : ''}${c.excluded} buiten de selectie, ${c.skipped} overgeslagen; ${c.missing} organisaties zonder goedgekeurde inzending.`,
  optCount: 'aantal bestanden',
  optSeed: 'startgetal van de toevalsgenerator (zelfde getal, zelfde bestanden)',
  optMeetmoment: 'meetmoment: een code of label uit de norm',
  unknownMeetmoment: (m: string, options: string[]) =>
    `'${m}' is geen meetmoment van deze norm. Kies uit: ${options.join(', ')}.`,
  samplesWritten: (n: number, dir: string, mistakes: number) =>
    `${n} voorbeeldbestanden geschreven naar ${dir} (${mistakes} met een typische fout).`,
  notANumber: (o: string, v: string) => `${o} verwacht een getal, niet '${v}'.`,
  // output
  normSummary: (id: string, version: string, status: string) => `Norm ${id}, versie ${version} (${status})`,
  themesHeader: ['Thema', 'Naam', 'Uitgangspunten', 'Gewicht'],
  scaleHeader: ['Code', 'Label', 'Score'],
  notApplicable: 'n.v.t.',
  totals: (themes: number, principles: number) => `${themes} thema's, ${principles} uitgangspunten.`,
  normOk: (file: string) => `${file}: in orde.`,
  normErrors: (file: string, n: number) =>
    `${file}: ${plural(n, 'fout', 'fouten')}. Verbeter ${n === 1 ? 'deze' : 'deze'} en controleer opnieuw.`,
  registryErrors: (file: string, n: number) => `${file}: ${plural(n, 'fout', 'fouten')} in het register.`,
  templateWritten: (file: string, principles: number) => `Sjabloon geschreven: ${file} (${principles} uitgangspunten).`,
  fileExists: (file: string) => `${file} bestaat al. Kies een ander bestand met -o, of overschrijf het met --force.`,
  cannotWrite: (file: string, reason: string) => `Kan ${file} niet schrijven (${reason}). Controleer de map en de rechten.`,
  outputNotFolder: (p: string) => `${p} is een bestand, geen map. Geef een map op voor de uitvoer.`,
  outputReadOnly: (p: string, code: string) =>
    `In de map ${p} kan niet worden geschreven (${ioReason(code)}). Kies een andere map of pas de rechten aan.`,
  outputOverlapsInput: (p: string, input: string) =>
    `De uitvoermap ${p} valt samen met de invoer ${input} (of ligt erin, of bevat hem). Kies een map buiten de inzendingen, zodat uitvoer nooit als inzending wordt gelezen en nooit een inzending vervangt.`,
  reportFolderForeign: (p: string, files: string[]) =>
    `De map ${p} bevat andere bestanden dan een rapportage (${files.slice(0, 5).join(', ')}${files.length > 5 ? ', …' : ''}). Kies een lege of nieuwe map, of schrijf er toch in met --force (de andere bestanden blijven staan).`,
  optReportForce: 'schrijf ook in een map met andere bestanden dan een eerdere rapportage (die blijven staan)',
  feedbackRenamed: (name: string, dir: string) =>
    `${name} stond al in ${dir} en is geen terugkoppelbestand van weerbaar; het blijft staan en de kopie krijgt een andere naam.`,
  internal: (message: string) =>
    `Interne fout: ${message}\nDit is een fout in weerbaar, niet in uw bestand. Meld het bij de beheerder van weerbaar, met de opdracht die u gaf.`,
  usage: (message: string, command = 'weerbaar') => `${message}\nZie '${command} --help'.`,
  commander: {
    unknownOption: (o: string) => `Onbekende optie ${o}.`,
    unknownCommand: (c: string) => `Onbekende opdracht ${c}.`,
    missingArgument: (a: string) => `Het argument ${a} ontbreekt.`,
    optionMissingArgument: (o: string) => `De optie ${o} heeft een waarde nodig.`,
    invalidArgument: (m: string) => `Ongeldige waarde: ${m}`,
    invalidChoice: (option: string, value: string, choices: string) =>
      `'${value}' is geen geldige waarde voor ${option}.${choices ? ` Kies uit: ${choices}.` : ''}`,
    requiredOption: (option: string) => `De optie ${option} is verplicht.`,
    excessArguments: () => `Te veel argumenten.`,
    conflictingOption: (m: string) => `Deze opties gaan niet samen: ${m}`,
  },
};

export type CliText = typeof nl;

const en: CliText = {
  program:
    'Work with a standard for a resilient government (the built-in one or your own norm file with --norm): generate the template, check and score returned implementation overviews, and merge them into a regional report.',
  helpTitles: {},
  helpWords: { default: 'default', choices: 'choices', options: 'options', command: 'command' },
  valueNames: {
    shell: 'shell',
    command: 'command',
    file: 'file',
    folder: 'folder',
    paths: 'path...',
    lang: 'lang',
    format: 'format',
    seconds: 'seconds',
    name: 'name',
    thresholds: 'thresholds',
    secret: 'secret',
    dialect: 'dialect',
  },
  help: 'display help for command',
  version: 'output the version number',
  optLang: 'language of messages and output',
  optNorm: 'norm file (YAML); default: the built-in norm',
  optRegistry:
    'registry of organisations (YAML); default: the registry the norm names (register:), for the built-in norm the built-in registry',
  optForce: 'overwrite an existing file',
  normCmd: 'work with the norm file',
  normCheck: 'check a norm file and print a summary',
  normCheckArg: 'norm file; default: the built-in norm',
  template: 'write the implementation overview (Excel) from the norm',
  templateOut: 'output file; default implementatieoverzicht-<norm>-<version>.xlsx',
  validate: 'check returned implementation overviews',
  score: 'compute the score per theme',
  report: 'merge returned overviews into a regional report',
  sample: 'write sample files with made-up answers',
  argPaths: 'files, folders (searched recursively) or patterns such as returns/*.xlsx',
  optFormat: 'output format',
  optStrict: 'treat warnings as errors',
  optFeedback: 'write a copy of each file with marked cells and a Findings sheet into this folder',
  optJobs: 'at most this many files at once (default: one less than the number of cores; 0 = all in one thread)',
  optTimeout: 'time limit per file in seconds',
  pathMissing: (p) => `${p} does not exist. Check the path.`,
  pathUnreadable: (p, code) => `${p} cannot be read (${ioReasonEn(code)}). Check the permissions.`,
  otherFilesFound: (n: number) => `Found ${n === 1 ? 'this file, which is' : `these ${n} files, which are`} not read:`,
  filesRejected: (files: string[]) => `${plural(files.length, 'file', 'files')} rejected: ${listFiles(files)}.`,
  notScorable: (files: string[], forced: boolean) =>
    `${plural(files.length, 'file was', 'files were')} not scored because of errors: ${listFiles(files)}. Check them with weerbaar validate${forced ? '' : ', or score anyway with --force'}.`,
  thresholdsUnmet: (files: string[], thresholds: string[]) =>
    `Threshold not met (${thresholds.join(', ')}) in ${plural(files.length, 'file', 'files')}: ${listFiles(files)}.`,
  intakeIncomplete: (open: number, total: number) =>
    `Not complete yet: ${open} of the ${total} organisations ${open === 1 ? 'has' : 'have'} no accepted overview. See intake.csv for who should send what.`,
  globNoMatch: (p: string) => `The pattern ${p} matches no file. Check the pattern and the folder.`,
  noFiles: (p) => `No spreadsheets found in ${p}. Check the folder or the pattern.`,
  feedbackWritten: (n, dir) => `${n} feedback ${n === 1 ? 'file' : 'files'} written to ${dir}.`,
  feedbackSkipped: (file) => `No feedback file for ${file}: it is not a readable workbook.`,
  feedbackSuffix: '-findings',
  feedbackDirUnusable: (p, code) =>
    `Feedback files cannot be written to ${p} (${ioReasonEn(code)}). Choose another folder with --feedback.`,
  feedbackNotWritten: (file) => `No feedback file for ${file}: see the finding FEEDBACK_FAILED.`,
  progressLabel: 'Reading',
  optThreshold: "thresholds such as 'overall>=60,thema.3>=50'; exit 1 when one is not met",
  optThresholds: 'thresholds from a YAML file',
  optScoreForce: 'also score files with errors (clearly marked)',
  badThreshold: (t) => `'${t}' is not a valid threshold. Write for example overall>=60 or thema.3>=50.`,
  unknownThemeThreshold: (id) => `Theme ${id} does not exist in this standard.`,
  thresholdsBoth: 'Use --threshold or --thresholds, not both.',
  optSampleOut: 'folder for the sample files',
  optReportOut: 'folder for the report (rapportage.xlsx, .json, .md, .html and .csv)',
  optRiec: 'only organisations of this RIEC, named as in the registry',
  optPrevious: 'an earlier rapportage.json (or a folder holding such files); may be repeated: the trend covers every measurement',
  optOrganisatie: 'write only the page of this organisation (name or registry code) in organisaties/',
  unknownOrganisatie: (o) =>
    `'${o}' is not an organisation with an accepted return in this report. Check the name or code, and whether its return was accepted.`,
  noPreviousInFolder: (dir) => `${dir} holds no rapportage.json. Give an earlier rapportage.json or a folder that holds one.`,
  previousTwice: (m, files) =>
    `There is more than one earlier report for ${m}: ${files.join(', ')}. Give one rapportage.json per measurement.`,
  pagesSkipped: 'No pages per organisation: they name the organisation, and this report is anonymised or holds totals only.',
  scoreHtmlOne: (n) =>
    `--format html makes the page for one return; there ${n === 1 ? 'is' : 'are'} ${n} to score. Give one file.`,
  optAnonymise: 'replace names and codes of organisations by stable pseudonyms',
  optSalt: 'secret for the pseudonyms; with the same secret an organisation gets the same pseudonym every year',
  optAggregateOnly: 'no rows per organisation, totals only',
  optMinGroup: 'show no figure for a group smaller than this number of organisations',
  optCsvDialect: 'CSV convention: nl (; and decimal comma) or en (, and point); default follows --lang',
  optFailOnRejected: 'exit 1 when a file was rejected',
  intake: 'show the intake state per organisation and write intake.csv for a mail merge',
  optIntakeOut: 'folder for intake.csv; default: the current folder',
  optOutputFile: 'write the output (json, csv, …) to this file instead of the screen',
  optQuiet: 'show errors only (no progress, no summary)',
  optConfig: 'settings file (YAML); default: weerbaar.config.yaml in the current folder, if present',
  helpCommand: 'display help for a command',
  configUnreadable: (f: string, code: string) => `The settings file ${f} cannot be read (${ioReasonEn(code)}).`,
  configInvalid: (f: string) => `The settings file ${f} is not right:`,
  configLiteralSalt: (where: string) =>
    `${where}: do not put the secret (salt) in the settings file. Put it in an environment variable and name that with salt-env, e.g. 'salt-env: WEERBAAR_SALT'.`,
  configSaltEnvEmpty: (where: string, name: string) =>
    `${where}: the environment variable ${name} (salt-env) is not set or empty. Put the secret in ${name}, or remove salt-env.`,
  completion: 'print a script that completes commands and options in the shell (bash or zsh)',
  unknownRiec: (r, options) => `'${r}' is not a RIEC in the registry. Choose from: ${options.join(', ')}.`,
  badPrevious: (f) => `${f} is not a weerbaar rapportage.json. Give the rapportage.json file of an earlier report.`,
  reportWritten: (dir, files) => `Report written to ${dir}: ${files.join(', ')}.`,
  reportSummary: (c) =>
    `${c.accepted} accepted, ${c.rejected} rejected, ${c.superseded} superseded, ${c.conflict > 0 ? `${c.conflict} in conflict (not counted; see RETURN_CONFLICT), ` : ''}${c.excluded} outside the selection, ${c.skipped} skipped; ${c.missing} organisations without an accepted return.`,
  optCount: 'number of files',
  optSeed: 'seed of the random generator (same seed, same files)',
  optMeetmoment: 'measurement: a code or label from the norm',
  unknownMeetmoment: (m, options) => `'${m}' is not a measurement of this standard. Choose from: ${options.join(', ')}.`,
  samplesWritten: (n, dir, mistakes) => `${n} sample files written to ${dir} (${mistakes} with a typical mistake).`,
  notANumber: (o, v) => `${o} expects a number, not '${v}'.`,
  normSummary: (id, version, status) => `Standard ${id}, version ${version} (${status})`,
  themesHeader: ['Theme', 'Name', 'Principles', 'Weight'],
  scaleHeader: ['Code', 'Label', 'Score'],
  notApplicable: 'n/a',
  totals: (themes, principles) => `${themes} themes, ${principles} principles.`,
  normOk: (file) => `${file}: OK.`,
  normErrors: (file, n) => `${file}: ${plural(n, 'error', 'errors')}. Correct ${n === 1 ? 'it' : 'them'} and check again.`,
  registryErrors: (file, n) => `${file}: ${plural(n, 'error', 'errors')} in the registry.`,
  templateWritten: (file, principles) => `Template written: ${file} (${principles} principles).`,
  fileExists: (file) => `${file} already exists. Choose another file with -o, or overwrite it with --force.`,
  cannotWrite: (file, reason) => `Cannot write ${file} (${reason}). Check the folder and the permissions.`,
  outputNotFolder: (p) => `${p} is a file, not a folder. Give a folder for the output.`,
  outputReadOnly: (p, code) =>
    `The folder ${p} cannot be written to (${ioReasonEn(code)}). Choose another folder or change the permissions.`,
  outputOverlapsInput: (p, input) =>
    `The output folder ${p} coincides with the input ${input} (or lies inside it, or holds it). Choose a folder outside the returns, so that output is never read as a return and never replaces one.`,
  reportFolderForeign: (p, files) =>
    `The folder ${p} holds files other than a report (${files.slice(0, 5).join(', ')}${files.length > 5 ? ', …' : ''}). Choose an empty or new folder, or write into it anyway with --force (the other files stay).`,
  optReportForce: 'also write into a folder holding files other than a previous report (they stay)',
  feedbackRenamed: (name, dir) =>
    `${name} already existed in ${dir} and is not a feedback copy of weerbaar; it stays, and the copy gets another name.`,
  internal: (message) =>
    `Internal error: ${message}\nThis is a bug in weerbaar, not in your file. Please report it to the maintainers of weerbaar, with the command you gave.`,
  usage: (message, command = 'weerbaar') => `${message}\nSee '${command} --help'.`,
  commander: {
    unknownOption: (o) => `Unknown option ${o}.`,
    unknownCommand: (c) => `Unknown command ${c}.`,
    missingArgument: (a) => `Missing argument ${a}.`,
    optionMissingArgument: (o) => `Option ${o} needs a value.`,
    invalidArgument: (m) => `Invalid value: ${m}`,
    invalidChoice: (option, value, choices) =>
      `'${value}' is not a valid value for ${option}.${choices ? ` Choose from: ${choices}.` : ''}`,
    requiredOption: (option) => `Option ${option} is required.`,
    excessArguments: () => `Too many arguments.`,
    conflictingOption: (m) => `These options do not go together: ${m}`,
  },
};

export const CLI_TEXT: Record<Lang, CliText> = { nl, en };
