import { s, type Catalogue } from './catalogue.js';

/** Words a zod problem description (see parse-yaml-document.ts) in Dutch. */
function schemaProblem(problem: string, key: string): string {
  const [kind, detail = ''] = problem.split(/:(.*)/s);
  switch (kind) {
    case 'ontbreekt':
      return `'${key}' ontbreekt; vul dit veld in`;
    case 'type':
      return `'${key}' heeft het verkeerde type; verwacht: ${typeNl(detail)}`;
    case 'onbekend':
      return `onbekend veld '${detail}'; controleer de spelling of verwijder het`;
    case 'te-klein':
      return `'${key}' is te kort of te klein (minimaal ${detail})`;
    case 'te-groot':
      return `'${key}' is te lang of te groot (maximaal ${detail})`;
    case 'waarde':
      return `'${key}' moet een van deze waarden hebben: ${detail.split('|').join(', ')}`;
    default:
      return `'${key}' heeft niet de juiste vorm (${formNl(detail)})`;
  }
}

function typeNl(t: string): string {
  return ({ string: 'tekst', number: 'getal', boolean: 'true of false', array: 'lijst', object: 'groep velden' } as Record<string, string>)[t] ?? t;
}

function formNl(f: string): string {
  return (
    ({
      datum: 'verwacht een datum als 2026-04-01',
      code: 'alleen kleine letters, cijfers en streepjes',
      veldnaam: 'alleen kleine letters, cijfers en _',
      kleur: 'verwacht een kleur als C6EFCE',
      'uitgangspunt-id': 'verwacht een id als 3.2',
      'thema-id': 'verwacht een themanummer als 3',
      versie: 'verwacht een versie als 1.0.0',
      organisatiecode: 'verwacht een CBS-code als GM0363 of PV27',
    } as Record<string, string>)[f] ?? f
  );
}

/** Dutch for the I/O error codes that users meet. */
export function ioReason(code: string): string {
  return (
    ({ ENOENT: 'bestand niet gevonden', EACCES: 'geen toegang', EISDIR: 'dit is een map', EEXIST: 'bestaat al' } as Record<string, string>)[code] ?? code
  );
}

export const messagesNl: Catalogue = {
  NORM_READ_FAILED: (a) => `Het bestand kan niet worden gelezen (${ioReason(s(a.detail))}). Controleer het pad.`,
  NORM_YAML_SYNTAX: (a) => `Dit is geen geldige YAML: ${s(a.detail)}. Controleer inspringing, dubbele punten en aanhalingstekens.`,
  NORM_SCHEMA: (a) => `${schemaProblem(s(a.problem), s(a.key))}.`,
  NORM_DUPLICATE_ID: (a) => `id '${s(a.id)}' komt twee keer voor. Geef elk onderdeel een eigen id.`,
  NORM_THEME_EMPTY: (a) => `thema ${s(a.theme)} heeft geen uitgangspunten. Voeg ze toe of verwijder het thema.`,
  NORM_PRINCIPLE_OUTSIDE_THEME: (a) => `uitgangspunt ${s(a.id)} hoort niet bij thema ${s(a.theme)}. Een id begint met het nummer van het thema, zoals ${s(a.theme)}.1.`,
  NORM_NO_SCORING_OPTION: () => `de schaal heeft geen optie met een score. Geef minstens één optie een score van 0 tot 1.`,
  NORM_OPTION_SCORE: (a) =>
    a.first
      ? `de eerste optie van de schaal ('${s(a.option)}') moet de beste zijn: de hoogste score en niet 'nvt'. Zet de beste optie bovenaan.`
      : `optie '${s(a.option)}' heeft een score of 'nvt: true' nodig, niet allebei en niet geen van beide.`,
  NORM_RULE_UNKNOWN_FIELD: (a) => `de regel bij '${s(a.field)}' verwijst naar het veld '${s(a.ref)}', dat niet bestaat. Gebruik een id uit dezelfde lijst.`,
  NORM_RULE_UNKNOWN_CODE: (a) => `de regel bij '${s(a.field)}' noemt '${s(a.value)}', maar dat is geen optie van '${s(a.ref)}'. Gebruik een bestaande code.`,
  NORM_FIELD_REQUIRED: (a) =>
    a.type
      ? `het veld '${s(a.field)}' moet van type '${s(a.type)}' zijn.`
      : `het veld '${s(a.field)}' ontbreekt. Het programma en het sjabloon hebben dit veld nodig.`,
  NORM_OPTIONS_MISSING: (a) => `het keuzeveld '${s(a.field)}' heeft geen opties. Voeg 'opties' toe.`,
  NORM_BANDS: () => `de niveaus moeten bij 'vanaf: 0' beginnen en oplopen. Zet ze van laag naar hoog.`,
  REGISTRY_DUPLICATE_CODE: (a) => `code '${s(a.id)}' komt twee keer voor in het register. Elke organisatie heeft één regel.`,
  REGISTRY_UNKNOWN_SUCCESSOR: (a) => `de opvolger '${s(a.ref)}' van ${s(a.id)} staat niet in het register. Voeg die organisatie toe of corrigeer de code.`,
  REGISTRY_DATES: (a) => `${s(a.id)} is geldig tot ${s(a.to)}, maar pas vanaf ${s(a.from)}. Corrigeer de datums.`,
};
