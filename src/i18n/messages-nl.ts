import type { Catalogue } from './catalogue.js';
import { foreignAskNl } from './foreign-text.js';
import { decimalText } from '../base/decimal.js';

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
  return (
    (
      { string: 'tekst', number: 'getal', boolean: 'true of false', array: 'lijst', object: 'groep velden' } as Record<
        string,
        string
      >
    )[t] ?? t
  );
}

function formNl(f: string): string {
  return (
    (
      {
        datum: 'verwacht een datum als 2026-04-01',
        code: 'alleen kleine letters, cijfers en streepjes',
        veldnaam: 'alleen kleine letters, cijfers en _',
        kleur: 'verwacht een kleur als C6EFCE',
        'uitgangspunt-id': 'verwacht een id als 3.2',
        'thema-id': 'verwacht een themanummer als 3',
        versie: 'verwacht een versie als 1.0.0',
        organisatiecode: 'verwacht een CBS-code als GM0363 of PV27',
      } as Record<string, string>
    )[f] ?? f
  );
}

/** Dutch for the I/O error codes that users meet. */
export function ioReason(code: string): string {
  return (
    (
      {
        ENOENT: 'bestand niet gevonden',
        EACCES: 'geen toegang',
        EPERM: 'niet toegestaan',
        EISDIR: 'dit is een map',
        EEXIST: 'bestaat al',
      } as Record<string, string>
    )[code] ?? code
  );
}

const mb = (n: string | number | undefined): string => `${decimalText((Number(n ?? 0) / 1024 / 1024).toFixed(1), 'nl')} MB`;

/** 2026-12-31 → 31-12-2026. */
const nlDate = (iso: string | number | undefined): string => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(iso ?? ''));
  return m ? `${Number(m[3])}-${Number(m[2])}-${m[1]}` : String(iso ?? '');
};

const kindNl = (kind: string): string =>
  (
    ({
      pdf: 'een PDF-bestand',
      text: 'een tekst- of CSV-bestand',
      docx: 'een Word-document',
      pptx: 'een PowerPoint-bestand',
      zip: 'een ander zip-bestand',
    }) as Record<string, string>
  )[kind] ?? 'een onbekend bestandstype';

/** NORM_FIELD_ROLE for a front role: the date of filling in or the meetmoment. */
function nlFrontRole(a: { field: string; role: string; reason: string; type?: string | undefined }): string {
  const what = a.role === 'invuldatum' ? 'de datum van invullen' : 'het meetmoment';
  if (a.reason === 'missing')
    return `de norm heeft geen veld voor ${what} op het voorblad. Zet 'rol: ${a.role}' bij één veld onder 'voorblad' (of geef dat veld de id '${a.field}').`;
  if (a.reason === 'double')
    return `de norm heeft meer dan één veld met 'rol: ${a.role}' op het voorblad ('${a.field}'). Zet die rol bij precies één veld.`;
  return `het voorbladveld '${a.field}' voor ${what} moet van type ${(a.type ?? '')
    .split('|')
    .map((t) => `'${t}'`)
    .join(' of ')} zijn.`;
}

export const messagesNl: Catalogue = {
  NORM_READ_FAILED: (a) => `Het bestand kan niet worden gelezen (${ioReason(a.detail)}). Controleer het pad.`,
  NORM_YAML_SYNTAX: (a) => `Dit is geen geldige YAML: ${a.detail}. Controleer inspringing, dubbele punten en aanhalingstekens.`,
  NORM_SCHEMA: (a) => `${schemaProblem(a.problem, a.key)}.`,
  NORM_DUPLICATE_ID: (a) => `id '${a.id}' komt twee keer voor. Geef elk onderdeel een eigen id.`,
  NORM_THEME_EMPTY: (a) => `thema ${a.theme} heeft geen uitgangspunten. Voeg ze toe of verwijder het thema.`,
  NORM_PRINCIPLE_OUTSIDE_THEME: (a) =>
    `uitgangspunt ${a.id} hoort niet bij thema ${a.theme}. Een id begint met het nummer van het thema, zoals ${a.theme}.1.`,
  NORM_NO_SCORING_OPTION: () => `de schaal heeft geen optie met een score. Geef minstens één optie een score van 0 tot 1.`,
  NORM_OPTION_SCORE: (a) =>
    a.first
      ? `de eerste optie van de schaal ('${a.option}') moet de beste zijn: de hoogste score en niet 'nvt'. Zet de beste optie bovenaan.`
      : `optie '${a.option}' heeft een score of 'nvt: true' nodig, niet allebei en niet geen van beide.`,
  NORM_RULE_UNKNOWN_FIELD: (a) =>
    `de regel bij '${a.field}' verwijst naar het veld '${'ref' in a ? a.ref : ''}', dat niet bestaat. Gebruik een id uit dezelfde lijst.`,
  NORM_RULE_UNKNOWN_CODE: (a) =>
    `de regel bij '${a.field}' noemt '${a.value}', maar dat is geen optie van '${'ref' in a ? a.ref : ''}'. Gebruik een bestaande code.`,
  NORM_FIELD_REQUIRED: (a) =>
    a.type
      ? `het veld '${a.field}' moet van type '${a.type}' zijn.`
      : `het veld '${a.field}' ontbreekt. Het programma en het sjabloon hebben dit veld nodig.`,
  NORM_OPTIONS_MISSING: (a) => `het keuzeveld '${a.field}' heeft geen opties. Voeg 'opties' toe.`,
  NORM_FIELD_ID: (a) =>
    a.reason === 'reserved'
      ? `het veld-id '${a.id}' is al in gebruik (door een ander veld of door het sjabloon zelf). Kies een andere naam.`
      : `het veld-id '${a.id}' lijkt op een celadres of is in Excel niet toegestaan als naam. Kies een langere naam, zoals 'eigenaar'.`,
  NORM_FIELD_ROLE: (a) =>
    a.role === 'invuldatum' || a.role === 'meetmoment'
      ? nlFrontRole(a)
      : a.reason === 'missing'
        ? `de norm heeft geen statusveld. Geef één veld onder 'velden' het type 'schaal' (of 'rol: status').`
        : a.reason === 'double'
          ? `de norm heeft meer dan één statusveld ('${a.field}'). Zet 'rol: status' bij precies één veld van het type 'schaal'.`
          : a.reason === 'type'
            ? `het veld '${a.field}' met '${a.role === 'kopie_controle' ? 'kopie_controle' : `rol: ${a.role}`}' moet van type '${a.type ?? ''}' zijn.`
            : `het veld '${a.field}' met 'rol: planning' moet met 'vergelijk_met' een datumveld van het voorblad noemen${a.ref ? ` ('${a.ref}' is dat niet)` : ''}, zoals 'vergelijk_met: datum'.`,
  NORM_BANDS: () => `de niveaus moeten bij 'vanaf: 0' beginnen en oplopen. Zet ze van laag naar hoog.`,
  NORM_EXCHANGE_REF: (a) =>
    a.reason === 'missing'
      ? `uitwisseling: '${a.key}' noemt het veld '${a.ref}', maar dat staat niet onder '${a.list ?? ''}'. Gebruik een bestaand veld-id.`
      : a.reason === 'type'
        ? `uitwisseling: het veld '${a.ref}' (bij '${a.key}') moet van het type '${a.type ?? ''}' zijn.`
        : a.reason === 'code'
          ? `uitwisseling: '${a.key}' noemt '${a.ref}', maar dat is geen optie van het veld '${a.field ?? ''}'. Gebruik een bestaande code.`
          : `uitwisseling: 'zoekt_hulp' en 'biedt_hulp' noemen allebei '${a.ref}'. Kies twee verschillende opties.`,
  NORM_PREVIOUS_MISSING: (a) =>
    `de vorige versie ${a.previous} staat niet in de map 'archief' naast dit bestand${a.found ? ` (wel: ${a.found})` : ''}. Zet het normbestand van versie ${a.previous} in 'archief/', of corrigeer 'vorige_versie'.`,
  NORM_PREVIOUS_NOT_OLDER: (a) =>
    `'vorige_versie' (${a.previous}) moet lager zijn dan 'versie' (${a.version}). Verhoog 'versie' of corrigeer 'vorige_versie'.`,
  NORM_WAS_UNKNOWN: (a) =>
    a.id
      ? `uitgangspunt ${a.id} zet '${a.was}' voort, maar versie ${a.previous} kent geen uitgangspunt ${a.was}. Gebruik een id uit de vorige versie.`
      : `'vervallen' noemt ${a.was}, maar versie ${a.previous} kent geen uitgangspunt ${a.was}. Gebruik een id uit de vorige versie.`,
  NORM_OLD_UNACCOUNTED: (a) =>
    `uitgangspunt ${a.was} van versie ${a.previous} wordt door geen uitgangspunt voortgezet en staat niet onder 'vervallen'. Noem het in 'was' van het uitgangspunt dat het voortzet, of zet het onder 'vervallen' met een reden.`,
  NORM_REMOVED_CONTINUED: (a) =>
    `${a.was} staat onder 'vervallen', maar uitgangspunt ${a.by} zet het voort. Haal het uit 'vervallen' of uit 'was' (zonder 'was' geldt het eigen id).`,
  NORM_VERSION_LINK_WITHOUT_PREVIOUS: (a) =>
    `'${a.key}'${a.id ? ` bij uitgangspunt ${a.id}` : ''} verwijst naar een vorige versie, maar de norm noemt geen 'vorige_versie'. Vul 'vorige_versie' in of haal '${a.key}' weg.`,
  REGISTRY_NOT_GIVEN: (a) =>
    `de norm '${a.norm}' noemt geen register van organisaties en er is geen --registry opgegeven. Geef het register met --registry BESTAND, of zet 'register: organisaties.yaml' (naast het normbestand) in de norm.`,
  REGISTRY_DUPLICATE_CODE: (a) => `code '${a.id}' komt twee keer voor in het register. Elke organisatie heeft één regel.`,
  REGISTRY_UNKNOWN_SUCCESSOR: (a) =>
    `de opvolger '${a.ref}' van ${a.id} staat niet in het register. Voeg die organisatie toe of corrigeer de code.`,
  REGISTRY_SIZE_CLASSES: (a) =>
    `de grootteklassen moeten oplopen (${a.id}): elke klasse behalve de laatste heeft een hogere 'tot' dan de vorige, de laatste heeft geen 'tot', en elk id komt één keer voor. Zet de klassen van klein naar groot.`,
  REGISTRY_DATES: (a) => `${a.id} is geldig tot ${a.to}, maar pas vanaf ${a.from}. Corrigeer de datums.`,
  FILE_UNREADABLE: (a) => `Het bestand kan niet worden gelezen (${ioReason(a.detail)}). Controleer het pad en de rechten.`,
  FILE_EMPTY: () => `Het bestand is leeg (0 bytes). Sla het implementatieoverzicht opnieuw op en stuur het nog eens.`,
  FILE_NOT_XLSX: (a) =>
    `Dit is geen Excel-bestand (.xlsx) maar ${kindNl(a.kind)}. Stuur het ingevulde implementatieoverzicht als .xlsx.`,
  FILE_LEGACY_XLS: () =>
    `Dit is een oud Excel-bestand (.xls). Open het in Excel of LibreOffice en sla het op als Excel-werkmap (.xlsx).`,
  FILE_ENCRYPTED: () =>
    `Het bestand is met een wachtwoord beveiligd. Sla het op als .xlsx zonder wachtwoord en stuur het opnieuw.`,
  FILE_ODS: () => `Dit is een OpenDocument-bestand (.ods). Sla het in LibreOffice op als Excel 2007-365 (.xlsx).`,
  FILE_CORRUPT_ZIP: () =>
    `Het bestand is beschadigd of onvolledig (bijvoorbeeld afgebroken bij het kopiëren). Stuur het opnieuw of sla het opnieuw op.`,
  FILE_TOO_LARGE: (a) =>
    `Het bestand is te groot (${mb(a.size)}; de grens is ${mb(a.limit)}). Een ingevuld overzicht is veel kleiner: gebruik het officiële sjabloon zonder afbeeldingen of bijlagen.`,
  FILE_ZIP_BOMB: (a) =>
    a.reason === 'entries'
      ? `Het bestand bevat ${a.count} onderdelen (de grens is ${a.limit}). Het is niet gemaakt met het sjabloon en wordt niet verder gelezen.`
      : `Het bestand pakt uit tot ${a.reason === 'size' ? mb(a.size) : 'een onbekende grootte'} (de grens is ${'limit' in a ? mb(a.limit) : '100 MB'}). Het wordt uit voorzorg niet gelezen; gebruik het officiële sjabloon.`,
  FILE_HOSTILE_NAME: (a) =>
    `Het bestand bevat een blad of naam '${a.name}' die niet in het sjabloon voorkomt en onveilig is om te lezen. Gebruik het officiële sjabloon.`,
  FILE_PARSE_FAILED: (a) =>
    `Het bestand kan niet als Excel-werkmap worden gelezen (${a.detail}). Open het in Excel of LibreOffice, sla het opnieuw op als .xlsx en probeer het nog eens.`,
  FILE_TIMEOUT: (a) =>
    `Het lezen van dit bestand duurde langer dan ${a.seconds} seconden en is afgebroken. Sla het opnieuw op vanuit het officiële sjabloon.`,
  FILE_MEMORY: (a) =>
    `Het lezen van dit bestand vroeg meer dan ${a.limit} MB geheugen en is afgebroken. Sla het opnieuw op vanuit het officiële sjabloon.`,
  FILE_MACROS: () =>
    `Deze werkmap bevat macro's (VBA). weerbaar voert ze nooit uit en leest alleen de antwoorden. Sla het overzicht op als gewone Excel-werkmap (.xlsx) zonder macro's.`,
  FILE_EXTERNAL_LINKS: () =>
    `Deze werkmap bevat koppelingen naar andere werkmappen. weerbaar volgt ze niet en leest alleen de waarden die in dit bestand staan. Verbreek de koppelingen (in Excel: Gegevens > Koppelingen bewerken > Koppeling verbreken) en sla opnieuw op.`,
  FILE_SKIPPED: (a) =>
    `Overgeslagen: ${({ lock: 'tijdelijk vergrendelbestand van Office', hidden: 'verborgen bestand', temp: 'tijdelijk bestand', output: 'uitvoer van weerbaar zelf (een rapportage of een onveranderde terugkoppelkopie), geen inzending', symlink: 'een symbolische koppeling naar een map; geef die map zelf op als u hem wilt laten lezen' } as Record<string, string>)[a.reason] ?? a.reason}.`,
  FILE_NOT_SPREADSHEET: (a) =>
    `Geen spreadsheet (${a.ext || 'zonder extensie'}): dit bestand is niet gelezen. ${foreignAskNl(a.kind)}`,
  TEMPLATE_NOT_OURS: () =>
    `Dit is niet het implementatieoverzicht van de norm: de gegevens van het sjabloon ontbreken. Vul het officiële sjabloon in (weerbaar template) en stuur dat.`,
  TEMPLATE_OTHER_NORM: (a) =>
    `Dit overzicht hoort bij de norm '${a.id}', niet bij '${a.expectedId}'. Gebruik het sjabloon van de juiste norm.`,
  TEMPLATE_OLDER_VERSION: (a) =>
    `Dit overzicht is gemaakt voor versie ${a.version} van de norm; de huidige versie is ${a.expected}. Neem uw antwoorden over in het nieuwe sjabloon, of controleer met de normversie ${a.version} (--norm).`,
  TEMPLATE_NEWER_VERSION: (a) =>
    `Dit overzicht is gemaakt voor versie ${a.version} van de norm, nieuwer dan versie ${a.expected} waarmee nu wordt gecontroleerd. Controleer met de nieuwe norm (--norm) of werk weerbaar bij.`,
  TEMPLATE_FINGERPRINT: (a) =>
    `De inhoud van de norm in dit overzicht (vingerafdruk ${a.fingerprint}) wijkt af van versie ${a.expected} (vingerafdruk ${a.expectedFingerprint}), terwijl het versienummer gelijk is. Vraag het RIEC om het officiële sjabloon.`,
  TEMPLATE_ARCHIVED_VERSION: (a) =>
    `Dit overzicht hoort bij versie ${a.version} van de norm (uit het archief) en is met die versie gecontroleerd; de huidige versie is ${a.expected}. Zet de antwoorden over naar het nieuwe sjabloon met 'weerbaar template --from BESTAND'.`,
  TEMPLATE_FORMAT: (a) =>
    `Dit sjabloon heeft formaat ${a.format}; deze versie van weerbaar kent formaat ${a.supported}. Werk weerbaar bij.`,
  SHEET_MISSING: (a) => `Het blad '${a.sheet}' ontbreekt. Gebruik het officiële sjabloon en verwijder geen bladen.`,
  SHEET_RENAMED: (a) =>
    `Het blad '${a.sheet}' heet nu '${a.actual}'. De antwoorden zijn gevonden, maar geef het blad zijn oorspronkelijke naam terug.`,
  NAME_MISSING: (a) =>
    `De verborgen naam '${a.name}' die de antwoorden aanwijst, ontbreekt of is kapot. Er zijn kolommen of rijen verwijderd; neem de antwoorden over in een nieuw sjabloon.`,
  ROW_MISSING: (a) =>
    `Uitgangspunt ${a.id} ontbreekt: de rij is verwijderd of het nummer is veranderd. Zet de rij terug of neem de antwoorden over in een nieuw sjabloon.`,
  ROW_ID_BLANK: (a) =>
    a.id
      ? `Het nummer van uitgangspunt ${a.id} in cel ${a.cell ?? ''} is gewist; de antwoorden in deze rij tellen daardoor niet. Zet '${a.id}' terug in ${a.cell ?? 'kolom Nr.'}.`
      : `Deze rij heeft antwoorden maar geen nummer van een uitgangspunt. Zet het nummer terug.`,
  ROW_UNKNOWN: (a) =>
    `'${a.id}' is geen uitgangspunt van deze norm. Zet het oorspronkelijke nummer terug of verwijder de extra rij.`,
  ROW_DUPLICATE: (a) =>
    `Uitgangspunt ${a.id} komt twee keer voor${a.first ? ` (ook in ${a.first})` : ''}. Alleen het eerste telt; verwijder de dubbele rij of zet het juiste nummer terug.`,
  TEXT_CHANGED: (a) =>
    `De tekst van uitgangspunt ${a.id} is veranderd. Was: '${a.old}'. Nu: '${a.new}'. De normtekst mag niet worden aangepast; zet uw uitleg in de kolommen om in te vullen.`,
  PROTECTION_REMOVED: () =>
    `De beveiliging van dit blad is opgeheven. Dat mag, maar let erop dat teksten en nummers niet veranderen.`,
  INPUT_FORMULA: (a) =>
    `In '${a.label}' staat een formule (=${a.formula}). De berekende waarde is gebruikt; typ liever de waarde zelf in.`,
  INPUT_ERROR_VALUE: (a) => `In '${a.label}' staat de foutwaarde ${a.error}. Vervang die door een gewone waarde.`,
  ORG_MISSING: (a) => `'${a.label}' is niet ingevuld. Kies uw organisatie uit de lijst op het blad ${a.sheet ?? 'Organisatie'}.`,
  ORG_UNKNOWN: (a) =>
    `'${a.value}' staat niet in het register van organisaties.${a.suggestion ? ` Bedoelt u '${a.suggestion}'?` : ''} Kies uw organisatie uit de lijst.`,
  ORG_FORMER: (a) =>
    `'${a.value}' bestaat sinds ${nlDate(a.until)} niet meer als organisatie.${a.successor ? ` Vul '${a.successor}' in.` : ''}`,
  FRONT_MISSING: (a) => `'${a.label}' is niet ingevuld. Vul dit in op het blad ${a.sheet ?? 'Organisatie'}.`,
  EMAIL_INVALID: (a) => `'${a.value}' is geen geldig e-mailadres. Vul een adres in als naam@gemeente.nl.`,
  DATE_INVALID: (a) => `'${a.value}' in '${a.label}' is geen geldige datum. Vul een datum in als 31-12-2026.`,
  OPTION_UNKNOWN: (a) =>
    `'${a.value}' is geen keuze voor '${a.label}'.${a.suggestion ? ` Bedoelt u '${a.suggestion}'?` : ''} Kies een waarde uit de lijst${a.options ? `: ${a.options}` : ''}.`,
  VALUE_NORMALISED: (a) =>
    a.reason === 'invisible'
      ? `'${a.normalised}' in '${a.label}' bevatte onzichtbare tekens (zoals een harde spatie of een zero-width space, vaak meegekopieerd) en is gelezen als '${a.normalised}'. Kies de waarde opnieuw uit de lijst.`
      : a.reason === 'prefix'
        ? `'${a.value}' in '${a.label}' is gelezen als '${a.normalised}'. Kies de naam liever uit de lijst, zonder 'Gemeente'.`
        : `'${a.value}' in '${a.label}' is gelezen als '${a.normalised}'. Kies de waarde liever uit de lijst.`,
  STATUS_MISSING: (a) => {
    const s = a.label.toLowerCase();
    return `Uitgangspunt ${a.id} heeft geen ${s}. Kies een ${s} uit de lijst; zonder ${s} kan het RIEC het overzicht niet gebruiken.`;
  },
  REQUIRED_MISSING: (a) =>
    `Uitgangspunt ${a.id}: '${a.label}' is verplicht${a.whenLabel && a.valueLabel ? ` omdat ${a.whenLabel} '${a.valueLabel}' is` : ''}, maar is leeg. Vul het in.`,
  PLANNING_BEFORE_DATUM: (a) =>
    `Uitgangspunt ${a.id}: '${a.label}' (${nlDate(a.date)}) ligt vóór '${a.compareLabel}' (${nlDate(a.filledOn)}). Controleer de datum.`,
  UNIFORM_STATUS: (a) =>
    `Alle ${a.count} uitgangspunten hebben dezelfde status '${a.status}'. Controleer of elk uitgangspunt apart is beoordeeld.`,
  COPIED_TOELICHTING: (a) =>
    `Dezelfde tekst in '${a.label}' staat bij ${a.count} uitgangspunten (${a.ids}). Licht elk uitgangspunt apart toe waar dat kan.`,
  REGISTRY_MEMBERS: (a) =>
    (
      ({
        none: `werkorganisatie ${a.id} noemt geen gemeenten. Zet de codes van de gemeenten onder 'leden'.`,
        'not-werkorganisatie': `${a.id} heeft 'leden', maar alleen een werkorganisatie heeft leden. Zet 'soort: werkorganisatie' of verwijder 'leden'.`,
        'not-gemeente': `lid '${'ref' in a ? a.ref : ''}' van werkorganisatie ${a.id} is geen gemeente. Noem alleen gemeenten als lid.`,
      }) as Record<string, string>
    )[a.reason] ??
    `lid '${'ref' in a ? a.ref : ''}' van werkorganisatie ${a.id} staat niet in het register. Voeg die gemeente toe of corrigeer de code.`,
  ORG_NOT_YET_VALID: (a) =>
    `'${a.value}' bestaat pas vanaf ${nlDate(a.from)}, later dan de datum en het meetmoment van dit overzicht. Controleer de datum, het meetmoment en de organisatie.`,
  ORG_FILENAME_MISMATCH: (a) =>
    `De bestandsnaam noemt ${a.named}, maar in de werkmap staat organisatie '${a.organisation}'. Is dit een kopie van het bestand van een andere organisatie? Vul dan op het blad Organisatie uw eigen organisatie in; klopt de organisatie wel, geef het bestand dan een passende naam.`,
  ROW_NOTE_INSERTED: (a) =>
    `Deze rij is ingevoegd en hoort bij geen uitgangspunt: wat er staat (${a.cells}: '${a.value}') wordt niet gelezen. Zet het in een invulkolom van het juiste uitgangspunt en maak ${a.cells} leeg of verwijder de rij.`,
  ROW_HEADING_FILLED: (a) =>
    `Op de kopregel van thema ${a.theme} staat '${a.value}' (${a.cells}), waarschijnlijk doorgetrokken bij het invullen. Een kopregel heeft geen antwoord: maak ${a.cells} leeg en controleer de antwoorden eronder.`,
  RETURN_CONFLICT: (a) =>
    `Twee inzendingen van ${a.organisation} met dezelfde datum (${nlDate(a.datum)}) verschillen in ${a.differing} antwoord(en): dit bestand en '${a.other}'. Geen van beide telt. Verplaats de versie die niet geldt uit de map en maak de rapportage opnieuw.`,
  RETURN_DUPLICATE: (a) =>
    `Dit bestand heeft precies dezelfde antwoorden als '${a.other}' (${a.organisation}); ze tellen samen als één inzending.`,
  FEEDBACK_FAILED: (a) =>
    `Voor dit bestand is geen terugkoppelbestand gemaakt (${{ timeout: 'het duurde te lang', memory: 'het vroeg te veel geheugen', crash: 'het programma stopte', error: a.detail }[a.reason]}). De bevindingen hierboven gelden wel; stuur ze zo terug, of vraag om het bestand opnieuw op te slaan vanuit het officiële sjabloon.`,
  PARTIAL_RETURN: (a) =>
    `${a.count === 1 ? `Thema ${a.themes} is` : `Thema's ${a.themes} zijn`} niet ingevuld (alleen ${a.filled === '' ? 'geen' : `thema ${a.filled}`}). Is dit een deel van de inzending, ingevuld door één afdeling? Voeg de delen samen met 'weerbaar merge DEEL1.xlsx DEEL2.xlsx -o SAMEN.xlsx'. Anders: vul ${a.count === 1 ? 'dit thema' : "deze thema's"} alsnog in.`,
  MERGE_CONFLICT: (a) =>
    `${a.id ? `Uitgangspunt ${a.id}, '${a.label}'` : `'${a.label}'`}: '${a.value}' in ${a.file} maar '${a.otherValue}' in ${a.otherFile}. Maak de kopieën gelijk, of kies met --voorkeur welke kopie voorgaat.`,
  MERGE_CHOICE: (a) =>
    `${a.id ? `Uitgangspunt ${a.id}, '${a.label}'` : `'${a.label}'`}: '${a.value}' uit ${a.file} gekozen (--voorkeur) boven '${a.otherValue}' uit ${a.otherFile}.`,
  MERGE_MISMATCH: (a) =>
    `'${a.label}' is '${a.value}' in ${a.file} maar '${a.otherValue}' in ${a.otherFile}. Alleen delen van één inzending (zelfde organisatie en meetmoment) kunnen samen; controleer welke bestanden bij elkaar horen.`,
  PARTS_MERGED: (a) =>
    `Samengevoegd uit ${a.count} delen van één inzending (${a.files}), zoals 'weerbaar merge' dat doet; telt als één inzending.`,
  PARTS_FRONT_LATEST: (a) => `'${a.label}' verschilt tussen de delen; genomen uit ${a.file}, het deel met de nieuwste datum.`,
  MERGE_PART_INVALID: (a) =>
    `${a.file} heeft fouten die niet over ontbrekende antwoorden gaan (${a.codes}). Herstel dit deel eerst (zie 'weerbaar validate ${a.file}') en voeg daarna samen.`,
};
