import type { Catalogue } from './catalogue.js';
import { foreignAskEn } from './foreign-text.js';

function schemaProblem(problem: string, key: string): string {
  const [kind, detail = ''] = problem.split(/:(.*)/s);
  switch (kind) {
    case 'ontbreekt':
      return `'${key}' is missing; fill it in`;
    case 'type':
      return `'${key}' has the wrong type; expected: ${detail}`;
    case 'onbekend':
      return `unknown field '${detail}'; check the spelling or remove it`;
    case 'te-klein':
      return `'${key}' is too short or too small (at least ${detail})`;
    case 'te-groot':
      return `'${key}' is too long or too large (at most ${detail})`;
    case 'waarde':
      return `'${key}' must be one of: ${detail.split('|').join(', ')}`;
    default:
      return `'${key}' does not have the right form (${formEn(detail)})`;
  }
}

function formEn(f: string): string {
  return (
    (
      {
        datum: 'expected a date such as 2026-04-01',
        code: 'lower-case letters, digits and hyphens only',
        veldnaam: 'lower-case letters, digits and _ only',
        kleur: 'expected a colour such as C6EFCE',
        'uitgangspunt-id': 'expected an id such as 3.2',
        'thema-id': 'expected a theme number such as 3',
        versie: 'expected a version such as 1.0.0',
        organisatiecode: 'expected a CBS code such as GM0363 or PV27',
      } as Record<string, string>
    )[f] ?? f
  );
}

const mb = (n: string | number | undefined): string => `${(Number(n ?? 0) / 1024 / 1024).toFixed(1)} MB`;

const kindEn = (kind: string): string =>
  (
    ({
      pdf: 'a PDF file',
      text: 'a text or CSV file',
      docx: 'a Word document',
      pptx: 'a PowerPoint file',
      zip: 'another zip file',
    }) as Record<string, string>
  )[kind] ?? 'an unknown file type';

/** English for the I/O error codes that users meet. */
export function ioReasonEn(code: string): string {
  return (
    (
      {
        ENOENT: 'file not found',
        EACCES: 'permission denied',
        EPERM: 'not permitted',
        EISDIR: 'this is a folder',
        EEXIST: 'already exists',
      } as Record<string, string>
    )[code] ?? code
  );
}

/** NORM_FIELD_ROLE for a front role: the date of filling in or the meetmoment. */
function enFrontRole(a: { field: string; role: string; reason: string; type?: string | undefined }): string {
  const what = a.role === 'invuldatum' ? 'date of filling in' : 'measurement round (meetmoment)';
  if (a.reason === 'missing')
    return `the norm has no field for the ${what} on the front sheet. Put 'rol: ${a.role}' on one field under 'voorblad' (or give that field the id '${a.field}').`;
  if (a.reason === 'double')
    return `the norm has more than one field with 'rol: ${a.role}' on the front sheet ('${a.field}'). Put that role on exactly one field.`;
  return `front field '${a.field}' for the ${what} must be of type ${(a.type ?? '')
    .split('|')
    .map((t) => `'${t}'`)
    .join(' or ')}.`;
}

export const messagesEn: Catalogue = {
  NORM_READ_FAILED: (a) => `The file cannot be read (${ioReasonEn(a.detail)}). Check the path.`,
  NORM_YAML_SYNTAX: (a) => `This is not valid YAML: ${a.detail}. Check indentation, colons and quotes.`,
  NORM_SCHEMA: (a) => `${schemaProblem(a.problem, a.key)}.`,
  NORM_DUPLICATE_ID: (a) => `id '${a.id}' occurs twice. Give every item its own id.`,
  NORM_THEME_EMPTY: (a) => `theme ${a.theme} has no principles. Add them or remove the theme.`,
  NORM_PRINCIPLE_OUTSIDE_THEME: (a) =>
    `principle ${a.id} does not belong to theme ${a.theme}. An id starts with its theme number, such as ${a.theme}.1.`,
  NORM_NO_SCORING_OPTION: () => `the scale has no option with a score. Give at least one option a score from 0 to 1.`,
  NORM_OPTION_SCORE: (a) =>
    a.first
      ? `the first option of the scale ('${a.option}') must be the best one: the highest score and not 'nvt'. Put the best option first.`
      : `option '${a.option}' needs either a score or 'nvt: true', not both and not neither.`,
  NORM_RULE_UNKNOWN_FIELD: (a) =>
    `the rule of '${a.field}' refers to field '${'ref' in a ? a.ref : ''}', which does not exist. Use an id from the same list.`,
  NORM_RULE_UNKNOWN_CODE: (a) =>
    `the rule of '${a.field}' names '${a.value}', which is not an option of '${'ref' in a ? a.ref : ''}'. Use an existing code.`,
  NORM_FIELD_REQUIRED: (a) =>
    a.type
      ? `field '${a.field}' must be of type '${a.type}'.`
      : `field '${a.field}' is missing. The tool and the template need it.`,
  NORM_OPTIONS_MISSING: (a) => `choice field '${a.field}' has no options. Add 'opties'.`,
  NORM_FIELD_ID: (a) =>
    a.reason === 'reserved'
      ? `field id '${a.id}' is already in use (by another field or by the template itself). Choose another name.`
      : `field id '${a.id}' looks like a cell address or is not allowed as a name in Excel. Choose a longer name, such as 'eigenaar'.`,
  NORM_FIELD_ROLE: (a) =>
    a.role === 'invuldatum' || a.role === 'meetmoment'
      ? enFrontRole(a)
      : a.reason === 'missing'
        ? `the norm has no status field. Give one field under 'velden' the type 'schaal' (or 'rol: status').`
        : a.reason === 'double'
          ? `the norm has more than one status field ('${a.field}'). Put 'rol: status' on exactly one field of type 'schaal'.`
          : a.reason === 'type'
            ? `field '${a.field}' with '${a.role === 'kopie_controle' ? 'kopie_controle' : `rol: ${a.role}`}' must be of type '${a.type ?? ''}'.`
            : `field '${a.field}' with 'rol: planning' must name a date field of the front sheet in 'vergelijk_met'${a.ref ? ` ('${a.ref}' is not one)` : ''}, such as 'vergelijk_met: datum'.`,
  NORM_BANDS: () => `the levels must start at 'vanaf: 0' and ascend. Order them from low to high.`,
  NORM_EXCHANGE_REF: (a) =>
    a.reason === 'missing'
      ? `uitwisseling: '${a.key}' names the field '${a.ref}', which is not under '${a.list ?? ''}'. Use an existing field id.`
      : a.reason === 'type'
        ? `uitwisseling: the field '${a.ref}' (in '${a.key}') must be of type '${a.type ?? ''}'.`
        : a.reason === 'code'
          ? `uitwisseling: '${a.key}' names '${a.ref}', which is not an option of the field '${a.field ?? ''}'. Use an existing code.`
          : `uitwisseling: 'zoekt_hulp' and 'biedt_hulp' both name '${a.ref}'. Choose two different options.`,
  NORM_PREVIOUS_MISSING: (a) =>
    `the previous version ${a.previous} is not in the folder 'archief' next to this file${a.found ? ` (found: ${a.found})` : ''}. Put the norm file of version ${a.previous} in 'archief/', or correct 'vorige_versie'.`,
  NORM_PREVIOUS_NOT_OLDER: (a) =>
    `'vorige_versie' (${a.previous}) must be lower than 'versie' (${a.version}). Raise 'versie' or correct 'vorige_versie'.`,
  NORM_WAS_UNKNOWN: (a) =>
    a.id
      ? `principle ${a.id} continues '${a.was}', but version ${a.previous} has no principle ${a.was}. Use an id of the previous version.`
      : `'vervallen' lists ${a.was}, but version ${a.previous} has no principle ${a.was}. Use an id of the previous version.`,
  NORM_OLD_UNACCOUNTED: (a) =>
    `principle ${a.was} of version ${a.previous} is continued by no principle and is not listed under 'vervallen'. Name it in 'was' of the principle that continues it, or list it under 'vervallen' with a reason.`,
  NORM_REMOVED_CONTINUED: (a) =>
    `${a.was} is listed under 'vervallen', but principle ${a.by} continues it. Remove it from 'vervallen' or from 'was' (without 'was' a principle continues its own id).`,
  NORM_VERSION_LINK_WITHOUT_PREVIOUS: (a) =>
    `'${a.key}'${a.id ? ` of principle ${a.id}` : ''} refers to a previous version, but the norm names no 'vorige_versie'. Fill in 'vorige_versie' or remove '${a.key}'.`,
  REGISTRY_NOT_GIVEN: (a) =>
    `the norm '${a.norm}' names no registry of organisations and no --registry was given. Give the registry with --registry FILE, or put 'register: organisaties.yaml' (next to the norm file) in the norm.`,
  REGISTRY_DUPLICATE_CODE: (a) => `code '${a.id}' occurs twice in the registry. Each organisation has one entry.`,
  REGISTRY_UNKNOWN_SUCCESSOR: (a) => `successor '${a.ref}' of ${a.id} is not in the registry. Add it or correct the code.`,
  REGISTRY_SIZE_CLASSES: (a) =>
    `the size classes must ascend (${a.id}): every class but the last has a higher 'tot' than the one before, the last has no 'tot', and every id occurs once. Order the classes from small to large.`,
  REGISTRY_DATES: (a) => `${a.id} is valid until ${a.to} but only from ${a.from}. Correct the dates.`,
  FILE_UNREADABLE: (a) => `The file cannot be read (${ioReasonEn(a.detail)}). Check the path and the permissions.`,
  FILE_EMPTY: () => `The file is empty (0 bytes). Save the implementation overview again and resend it.`,
  FILE_NOT_XLSX: (a) => `This is not an Excel file (.xlsx) but ${kindEn(a.kind)}. Send the filled-in overview as .xlsx.`,
  FILE_LEGACY_XLS: () =>
    `This is an old Excel file (.xls). Open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx).`,
  FILE_ENCRYPTED: () => `The file is protected with a password. Save it as .xlsx without a password and send it again.`,
  FILE_ODS: () => `This is an OpenDocument file (.ods). Save it in LibreOffice as Excel 2007-365 (.xlsx).`,
  FILE_CORRUPT_ZIP: () =>
    `The file is damaged or incomplete (for example cut off while copying). Send it again or save it again.`,
  FILE_TOO_LARGE: (a) =>
    `The file is too large (${mb(a.size)}; the limit is ${mb(a.limit)}). A filled-in overview is much smaller: use the official template without images or attachments.`,
  FILE_ZIP_BOMB: (a) =>
    a.reason === 'entries'
      ? `The file has ${a.count} parts (the limit is ${a.limit}). It was not made from the template and is not read further.`
      : `The file unpacks to ${a.reason === 'size' ? mb(a.size) : 'an unknown size'} (the limit is ${'limit' in a ? mb(a.limit) : '100 MB'}). As a precaution it is not read; use the official template.`,
  FILE_HOSTILE_NAME: (a) =>
    `The file contains a sheet or name '${a.name}' that the template does not have and that is unsafe to read. Use the official template.`,
  FILE_PARSE_FAILED: (a) =>
    `The file cannot be read as an Excel workbook (${a.detail}). Open it in Excel or LibreOffice, save it again as .xlsx and retry.`,
  FILE_TIMEOUT: (a) =>
    `Reading this file took longer than ${a.seconds} seconds and was stopped. Save it again from the official template.`,
  FILE_MEMORY: (a) =>
    `Reading this file needed more than ${a.limit} MB of memory and was stopped. Save it again from the official template.`,
  FILE_MACROS: () =>
    `This workbook contains macros (VBA). weerbaar never runs them and reads only the answers. Save the overview as a plain Excel workbook (.xlsx) without macros.`,
  FILE_EXTERNAL_LINKS: () =>
    `This workbook links to other workbooks. weerbaar does not follow the links and reads only the values stored in this file. Break the links (in Excel: Data > Edit Links > Break Link) and save again.`,
  FILE_SKIPPED: (a) =>
    `Skipped: ${({ lock: 'Office lock file', hidden: 'hidden file', temp: 'temporary file', output: 'output of weerbaar itself (a report or an unchanged feedback copy), not a return', symlink: 'a symbolic link to a folder; give that folder itself to have it read' } as Record<string, string>)[a.reason] ?? a.reason}.`,
  FILE_NOT_SPREADSHEET: (a) => `Not a spreadsheet (${a.ext || 'no extension'}): this file was not read. ${foreignAskEn(a.kind)}`,
  TEMPLATE_NOT_OURS: () =>
    `This is not the implementation overview of the standard: the template's metadata is missing. Fill in the official template (weerbaar template) and send that.`,
  TEMPLATE_OTHER_NORM: (a) =>
    `This overview belongs to standard '${a.id}', not '${a.expectedId}'. Use the template of the right standard.`,
  TEMPLATE_OLDER_VERSION: (a) =>
    `This overview was made for version ${a.version} of the standard; the current version is ${a.expected}. Copy your answers into the new template, or check against version ${a.version} (--norm).`,
  TEMPLATE_NEWER_VERSION: (a) =>
    `This overview was made for version ${a.version} of the standard, newer than version ${a.expected} used for checking. Check with the new standard (--norm) or update weerbaar.`,
  TEMPLATE_FINGERPRINT: (a) =>
    `The content of the standard in this overview (fingerprint ${a.fingerprint}) differs from version ${a.expected} (fingerprint ${a.expectedFingerprint}) although the version number is the same. Ask the RIEC for the official template.`,
  TEMPLATE_ARCHIVED_VERSION: (a) =>
    `This overview belongs to version ${a.version} of the standard (from the archive) and was checked against that version; the current version is ${a.expected}. Carry the answers into the new template with 'weerbaar template --from FILE'.`,
  TEMPLATE_FORMAT: (a) =>
    `This template has format ${a.format}; this version of weerbaar knows format ${a.supported}. Update weerbaar.`,
  SHEET_MISSING: (a) => `Sheet '${a.sheet}' is missing. Use the official template and do not delete sheets.`,
  SHEET_RENAMED: (a) =>
    `Sheet '${a.sheet}' is now called '${a.actual}'. The answers were found, but please restore the original name.`,
  NAME_MISSING: (a) =>
    `The hidden name '${a.name}' that points to the answers is missing or broken. Columns or rows were deleted; copy the answers into a new template.`,
  ROW_MISSING: (a) =>
    `Principle ${a.id} is missing: its row was deleted or its number changed. Restore the row or copy the answers into a new template.`,
  ROW_ID_BLANK: (a) =>
    a.id
      ? `The number of principle ${a.id} in cell ${a.cell ?? ''} was erased, so the answers in this row do not count. Put '${a.id}' back in ${a.cell ?? 'the No. column'}.`
      : `This row has answers but no principle number. Restore the number.`,
  ROW_UNKNOWN: (a) => `'${a.id}' is not a principle of this standard. Restore the original number or delete the extra row.`,
  ROW_DUPLICATE: (a) =>
    `Principle ${a.id} occurs twice${a.first ? ` (also in ${a.first})` : ''}. Only the first counts; delete the duplicate or restore the right number.`,
  TEXT_CHANGED: (a) =>
    `The text of principle ${a.id} was changed. Was: '${a.old}'. Now: '${a.new}'. The standard's text must not be edited; put your explanation in the columns to fill in.`,
  PROTECTION_REMOVED: () =>
    `The protection of this sheet was removed. That is allowed, but make sure texts and numbers stay unchanged.`,
  INPUT_FORMULA: (a) =>
    `'${a.label}' holds a formula (=${a.formula}). Its computed value was used; please type the value itself.`,
  INPUT_ERROR_VALUE: (a) => `'${a.label}' holds the error value ${a.error}. Replace it with a normal value.`,
  ORG_MISSING: (a) =>
    `'${a.label}' is not filled in. Choose your organisation from the list on the ${a.sheet ?? 'Organisation'} sheet.`,
  ORG_UNKNOWN: (a) =>
    `'${a.value}' is not in the registry of organisations.${a.suggestion ? ` Did you mean '${a.suggestion}'?` : ''} Choose your organisation from the list.`,
  ORG_FORMER: (a) =>
    `'${a.value}' no longer exists as an organisation since ${a.until}.${a.successor ? ` Fill in '${a.successor}'.` : ''}`,
  FRONT_MISSING: (a) => `'${a.label}' is not filled in. Fill it in on the ${a.sheet ?? 'Organisation'} sheet.`,
  EMAIL_INVALID: (a) => `'${a.value}' is not a valid e-mail address. Enter an address such as name@municipality.nl.`,
  DATE_INVALID: (a) => `'${a.value}' in '${a.label}' is not a valid date. Enter a date such as 31-12-2026.`,
  OPTION_UNKNOWN: (a) =>
    `'${a.value}' is not an option for '${a.label}'.${a.suggestion ? ` Did you mean '${a.suggestion}'?` : ''} Choose a value from the list${a.options ? `: ${a.options}` : ''}.`,
  VALUE_NORMALISED: (a) =>
    a.reason === 'invisible'
      ? `'${a.normalised}' in '${a.label}' contained invisible characters (such as a no-break or zero-width space, often copied along) and was read as '${a.normalised}'. Choose the value from the list again.`
      : a.reason === 'prefix'
        ? `'${a.value}' in '${a.label}' was read as '${a.normalised}'. Please choose the name from the list, without 'Gemeente'.`
        : `'${a.value}' in '${a.label}' was read as '${a.normalised}'. Please choose the value from the list.`,
  STATUS_MISSING: (a) => {
    const s = a.label.toLowerCase();
    return `Principle ${a.id} has no ${s}. Choose one from the list; without a ${s} the RIEC cannot use the overview.`;
  },
  REQUIRED_MISSING: (a) =>
    `Principle ${a.id}: '${a.label}' is required${a.whenLabel && a.valueLabel ? ` because ${a.whenLabel} is '${a.valueLabel}'` : ''} but empty. Fill it in.`,
  PLANNING_BEFORE_DATUM: (a) =>
    `Principle ${a.id}: '${a.label}' (${a.date}) is before '${a.compareLabel}' (${a.filledOn}). Check the date.`,
  UNIFORM_STATUS: (a) =>
    `All ${a.count} principles have the same status '${a.status}'. Check that each principle was assessed separately.`,
  COPIED_TOELICHTING: (a) =>
    `The same text in '${a.label}' appears at ${a.count} principles (${a.ids}). Explain each principle separately where you can.`,
  REGISTRY_MEMBERS: (a) =>
    (
      ({
        none: `werkorganisatie ${a.id} names no municipalities. List their codes under 'leden'.`,
        'not-werkorganisatie': `${a.id} has 'leden', but only a werkorganisatie has members. Set 'soort: werkorganisatie' or remove 'leden'.`,
        'not-gemeente': `member '${'ref' in a ? a.ref : ''}' of werkorganisatie ${a.id} is not a municipality. Name only municipalities as members.`,
      }) as Record<string, string>
    )[a.reason] ??
    `member '${'ref' in a ? a.ref : ''}' of werkorganisatie ${a.id} is not in the registry. Add that municipality or correct the code.`,
  ORG_NOT_YET_VALID: (a) =>
    `'${a.value}' exists only from ${a.from}, later than this overview's date and measurement round. Check the date, the round and the organisation.`,
  ORG_FILENAME_MISMATCH: (a) =>
    `The file name names ${a.named}, but the workbook says organisation '${a.organisation}'. Is this a copy of another organisation's file? Then enter your own organisation on the Organisation sheet; if the organisation is right, give the file a fitting name.`,
  ROW_NOTE_INSERTED: (a) =>
    `This row was inserted and belongs to no principle: what it holds (${a.cells}: '${a.value}') is not read. Put it in a column to fill in of the right principle and clear ${a.cells} or delete the row.`,
  ROW_HEADING_FILLED: (a) =>
    `The heading row of theme ${a.theme} holds '${a.value}' (${a.cells}), probably dragged down while filling in. A heading row has no answer: clear ${a.cells} and check the answers below it.`,
  RETURN_CONFLICT: (a) =>
    `Two returns of ${a.organisation} with the same date (${a.datum}) differ in ${a.differing} answer(s): this file and '${a.other}'. Neither counts. Move the version that does not apply out of the folder and run the report again.`,
  RETURN_DUPLICATE: (a) =>
    `This file has exactly the same answers as '${a.other}' (${a.organisation}); they count as one return.`,
  FEEDBACK_FAILED: (a) =>
    `No feedback file was made for this file (${{ timeout: 'it took too long', memory: 'it needed too much memory', crash: 'the program stopped', error: a.detail }[a.reason]}). The findings above still hold; send them back as they are, or ask for the file to be saved again from the official template.`,
  PARTIAL_RETURN: (a) =>
    `${a.count === 1 ? `Theme ${a.themes} is` : `Themes ${a.themes} are`} not filled in (only ${a.filled === '' ? 'none' : `theme ${a.filled}`}). Is this one part of the return, filled in by one department? Combine the parts with 'weerbaar merge PART1.xlsx PART2.xlsx -o COMBINED.xlsx'. Otherwise fill in ${a.count === 1 ? 'this theme' : 'these themes'}.`,
  MERGE_CONFLICT: (a) =>
    `${a.id ? `Principle ${a.id}, '${a.label}'` : `'${a.label}'`}: '${a.value}' in ${a.file} but '${a.otherValue}' in ${a.otherFile}. Make the copies agree, or choose with --voorkeur which copy prevails.`,
  MERGE_CHOICE: (a) =>
    `${a.id ? `Principle ${a.id}, '${a.label}'` : `'${a.label}'`}: '${a.value}' from ${a.file} chosen (--voorkeur) over '${a.otherValue}' from ${a.otherFile}.`,
  MERGE_MISMATCH: (a) =>
    `'${a.label}' is '${a.value}' in ${a.file} but '${a.otherValue}' in ${a.otherFile}. Only parts of one return (same organisation and measurement round) can be combined; check which files belong together.`,
  PARTS_MERGED: (a) =>
    `Combined from ${a.count} parts of one return (${a.files}), as 'weerbaar merge' does; counts as one return.`,
  PARTS_FRONT_LATEST: (a) => `'${a.label}' differs between the parts; taken from ${a.file}, the part with the latest date.`,
  MERGE_PART_INVALID: (a) =>
    `${a.file} has errors other than missing answers (${a.codes}). Fix this part first (see 'weerbaar validate ${a.file}'), then combine.`,
};
