import type { Lang } from '../base/lang.js';
import { plural } from './plural.js';

/** The words of `weerbaar merge`, in Dutch and English. */
const nl = {
  command: 'voeg de delen van één inzending (kopieën van verschillende afdelingen) samen tot één implementatieoverzicht',
  argFiles: 'de delen: ingevulde kopieën van hetzelfde overzicht',
  optOutput: 'het samengevoegde overzicht (nieuw bestand)',
  optVoorkeur: 'bij verschillende antwoorden gaat dit deel voor; elke keuze wordt gemeld',
  optForce: 'overschrijf een bestaand uitvoerbestand',
  head: ['Deel', 'Voorblad', 'Uitgangspunten'],
  themes: (themes: string, n: number) => (n === 0 ? '-' : `thema ${themes} (${plural(n, 'uitgangspunt', 'uitgangspunten')})`),
  written: (file: string, n: number) => `Samengevoegd uit ${n} delen: ${file}.`,
  notWritten: 'De delen zijn niet samengevoegd; er is niets geschreven.',
  complete: 'Het samengevoegde overzicht is compleet en voldoet.',
  incomplete: (n: number) =>
    `Het samengevoegde overzicht heeft nog ${plural(n, 'fout', 'fouten')}; vul aan en controleer met weerbaar validate.`,
  needTwo: 'Geef minstens twee delen om samen te voegen.',
  voorkeurUnknown: (file: string) =>
    `--voorkeur ${file} is geen van de opgegeven delen. Kies een van de bestanden die u samenvoegt.`,
  outputIsInput: (file: string) => `${file} is een van de delen. Kies met -o een nieuw bestand; de delen worden nooit gewijzigd.`,
};

type MergeText = typeof nl;

const en: MergeText = {
  command: 'combine the parts of one return (copies filled in by different departments) into one implementation overview',
  argFiles: 'the parts: filled-in copies of the same overview',
  optOutput: 'the combined overview (a new file)',
  optVoorkeur: 'this part prevails where answers differ; every choice is listed',
  optForce: 'overwrite an existing output file',
  head: ['Part', 'Front page', 'Principles'],
  themes: (themes, n) => (n === 0 ? '-' : `theme ${themes} (${plural(n, 'principle', 'principles')})`),
  written: (file, n) => `Combined from ${n} parts: ${file}.`,
  notWritten: 'The parts were not combined; nothing was written.',
  complete: 'The combined overview is complete and passes.',
  incomplete: (n) =>
    `The combined overview still has ${plural(n, 'error', 'errors')}; complete it and check with weerbaar validate.`,
  needTwo: 'Give at least two parts to combine.',
  voorkeurUnknown: (file) => `--voorkeur ${file} is not one of the parts given. Choose one of the files you combine.`,
  outputIsInput: (file) => `${file} is one of the parts. Choose a new file with -o; the parts are never changed.`,
};

export const MERGE_TEXT: Record<Lang, MergeText> = { nl, en };
