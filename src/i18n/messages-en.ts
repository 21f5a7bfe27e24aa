import { s, type Catalogue } from './catalogue.js';
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
    ({
      datum: 'expected a date such as 2026-04-01',
      code: 'lower-case letters, digits and hyphens only',
      veldnaam: 'lower-case letters, digits and _ only',
      kleur: 'expected a colour such as C6EFCE',
      'uitgangspunt-id': 'expected an id such as 3.2',
      'thema-id': 'expected a theme number such as 3',
      versie: 'expected a version such as 1.0.0',
      organisatiecode: 'expected a CBS code such as GM0363 or PV27',
    } as Record<string, string>)[f] ?? f
  );
}

const mb = (n: string | number | undefined): string => `${(Number(n ?? 0) / 1024 / 1024).toFixed(1)} MB`;

const kindEn = (kind: string): string =>
  ({ pdf: 'a PDF file', text: 'a text or CSV file', docx: 'a Word document', pptx: 'a PowerPoint file', zip: 'another zip file' } as Record<string, string>)[kind] ?? 'an unknown file type';

/** English for the I/O error codes that users meet. */
export function ioReasonEn(code: string): string {
  return ({ ENOENT: 'file not found', EACCES: 'permission denied', EPERM: 'not permitted', EISDIR: 'this is a folder', EEXIST: 'already exists' } as Record<string, string>)[code] ?? code;
}

export const messagesEn: Catalogue = {
  NORM_READ_FAILED: (a) => `The file cannot be read (${ioReasonEn(s(a.detail))}). Check the path.`,
  NORM_YAML_SYNTAX: (a) => `This is not valid YAML: ${s(a.detail)}. Check indentation, colons and quotes.`,
  NORM_SCHEMA: (a) => `${schemaProblem(s(a.problem), s(a.key))}.`,
  NORM_DUPLICATE_ID: (a) => `id '${s(a.id)}' occurs twice. Give every item its own id.`,
  NORM_THEME_EMPTY: (a) => `theme ${s(a.theme)} has no principles. Add them or remove the theme.`,
  NORM_PRINCIPLE_OUTSIDE_THEME: (a) => `principle ${s(a.id)} does not belong to theme ${s(a.theme)}. An id starts with its theme number, such as ${s(a.theme)}.1.`,
  NORM_NO_SCORING_OPTION: () => `the scale has no option with a score. Give at least one option a score from 0 to 1.`,
  NORM_OPTION_SCORE: (a) =>
    a.first
      ? `the first option of the scale ('${s(a.option)}') must be the best one: the highest score and not 'nvt'. Put the best option first.`
      : `option '${s(a.option)}' needs either a score or 'nvt: true', not both and not neither.`,
  NORM_RULE_UNKNOWN_FIELD: (a) => `the rule of '${s(a.field)}' refers to field '${s(a.ref)}', which does not exist. Use an id from the same list.`,
  NORM_RULE_UNKNOWN_CODE: (a) => `the rule of '${s(a.field)}' names '${s(a.value)}', which is not an option of '${s(a.ref)}'. Use an existing code.`,
  NORM_FIELD_REQUIRED: (a) =>
    a.type ? `field '${s(a.field)}' must be of type '${s(a.type)}'.` : `field '${s(a.field)}' is missing. The tool and the template need it.`,
  NORM_OPTIONS_MISSING: (a) => `choice field '${s(a.field)}' has no options. Add 'opties'.`,
  NORM_FIELD_ID: (a) =>
    a.reason === 'reserved'
      ? `field id '${s(a.id)}' is already in use (by another field or by the template itself). Choose another name.`
      : `field id '${s(a.id)}' looks like a cell address or is not allowed as a name in Excel. Choose a longer name, such as 'eigenaar'.`,
  NORM_BANDS: () => `the levels must start at 'vanaf: 0' and ascend. Order them from low to high.`,
  REGISTRY_DUPLICATE_CODE: (a) => `code '${s(a.id)}' occurs twice in the registry. Each organisation has one entry.`,
  REGISTRY_UNKNOWN_SUCCESSOR: (a) => `successor '${s(a.ref)}' of ${s(a.id)} is not in the registry. Add it or correct the code.`,
  REGISTRY_DATES: (a) => `${s(a.id)} is valid until ${s(a.to)} but only from ${s(a.from)}. Correct the dates.`,
  FILE_UNREADABLE: (a) => `The file cannot be read (${ioReasonEn(s(a.detail))}). Check the path and the permissions.`,
  FILE_EMPTY: () => `The file is empty (0 bytes). Save the implementation overview again and resend it.`,
  FILE_NOT_XLSX: (a) => `This is not an Excel file (.xlsx) but ${kindEn(s(a.kind))}. Send the filled-in overview as .xlsx.`,
  FILE_LEGACY_XLS: () => `This is an old Excel file (.xls). Open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx).`,
  FILE_ENCRYPTED: () => `The file is protected with a password. Save it as .xlsx without a password and send it again.`,
  FILE_ODS: () => `This is an OpenDocument file (.ods). Save it in LibreOffice as Excel 2007-365 (.xlsx).`,
  FILE_CORRUPT_ZIP: () => `The file is damaged or incomplete (for example cut off while copying). Send it again or save it again.`,
  FILE_TOO_LARGE: (a) => `The file is too large (${mb(a.size)}; the limit is ${mb(a.limit)}). A filled-in overview is much smaller: use the official template without images or attachments.`,
  FILE_ZIP_BOMB: (a) =>
    a.reason === 'entries'
      ? `The file has ${s(a.count)} parts (the limit is ${s(a.limit)}). It was not made from the template and is not read further.`
      : `The file unpacks to ${a.reason === 'size' ? mb(a.size) : 'an unknown size'} (the limit is ${a.limit ? mb(a.limit) : '100 MB'}). As a precaution it is not read; use the official template.`,
  FILE_HOSTILE_NAME: (a) => `The file contains a sheet or name '${s(a.name)}' that the template does not have and that is unsafe to read. Use the official template.`,
  FILE_PARSE_FAILED: (a) => `The file cannot be read as an Excel workbook (${s(a.detail)}). Open it in Excel or LibreOffice, save it again as .xlsx and retry.`,
  FILE_TIMEOUT: (a) => `Reading this file took longer than ${s(a.seconds)} seconds and was stopped. Save it again from the official template.`,
  FILE_MEMORY: (a) => `Reading this file needed more than ${s(a.limit)} MB of memory and was stopped. Save it again from the official template.`,
  FILE_SKIPPED: (a) => `Skipped: ${({ lock: 'Office lock file', hidden: 'hidden file', temp: 'temporary file' } as Record<string, string>)[s(a.reason)] ?? s(a.reason)}.`,
  FILE_NOT_SPREADSHEET: (a) => `Not a spreadsheet (${s(a.ext) || 'no extension'}): this file was not read. ${foreignAskEn(s(a.kind))}`,
  TEMPLATE_NOT_OURS: () => `This is not the implementation overview of the standard: the template's metadata is missing. Fill in the official template (weerbaar template) and send that.`,
  TEMPLATE_OTHER_NORM: (a) => `This overview belongs to standard '${s(a.id)}', not '${s(a.expectedId)}'. Use the template of the right standard.`,
  TEMPLATE_OLDER_VERSION: (a) => `This overview was made for version ${s(a.version)} of the standard; the current version is ${s(a.expected)}. Copy your answers into the new template, or check against version ${s(a.version)} (--norm).`,
  TEMPLATE_NEWER_VERSION: (a) => `This overview was made for version ${s(a.version)} of the standard, newer than version ${s(a.expected)} used for checking. Check with the new standard (--norm) or update weerbaar.`,
  TEMPLATE_FINGERPRINT: (a) => `The content of the standard in this overview (fingerprint ${s(a.fingerprint)}) differs from version ${s(a.expected)} (fingerprint ${s(a.expectedFingerprint)}) although the version number is the same. Ask the RIEC for the official template.`,
  TEMPLATE_FORMAT: (a) => `This template has format ${s(a.format)}; this version of weerbaar knows format ${s(a.supported)}. Update weerbaar.`,
  SHEET_MISSING: (a) => `Sheet '${s(a.sheet)}' is missing. Use the official template and do not delete sheets.`,
  SHEET_RENAMED: (a) => `Sheet '${s(a.sheet)}' is now called '${s(a.actual)}'. The answers were found, but please restore the original name.`,
  NAME_MISSING: (a) => `The hidden name '${s(a.name)}' that points to the answers is missing or broken. Columns or rows were deleted; copy the answers into a new template.`,
  ROW_MISSING: (a) => `Principle ${s(a.id)} is missing: its row was deleted or its number changed. Restore the row or copy the answers into a new template.`,
  ROW_ID_BLANK: () => `This row has answers but no principle number. Restore the number.`,
  ROW_UNKNOWN: (a) => `'${s(a.id)}' is not a principle of this standard. Restore the original number or delete the extra row.`,
  ROW_DUPLICATE: (a) => `Principle ${s(a.id)} occurs twice (also in ${s(a.first)}). Only the first counts; delete the duplicate or restore the right number.`,
  TEXT_CHANGED: (a) => `The text of principle ${s(a.id)} was changed. Was: '${s(a.old)}'. Now: '${s(a.new)}'. The standard's text must not be edited; put your explanation in the Explanation column.`,
  PROTECTION_REMOVED: () => `The protection of this sheet was removed. That is allowed, but make sure texts and numbers stay unchanged.`,
  INPUT_FORMULA: (a) => `'${s(a.field)}' holds a formula (=${s(a.formula)}). Its computed value was used; please type the value itself.`,
  INPUT_ERROR_VALUE: (a) => `'${s(a.field)}' holds the error value ${s(a.error)}. Replace it with a normal value.`,
  ORG_MISSING: () => `The organisation is not filled in. Choose your organisation from the list on the Organisation sheet.`,
  ORG_UNKNOWN: (a) => `'${s(a.value)}' is not in the registry of organisations.${a.suggestion ? ` Did you mean '${s(a.suggestion)}'?` : ''} Choose your organisation from the list.`,
  ORG_FORMER: (a) => `'${s(a.value)}' no longer exists as an organisation since ${s(a.until)}.${a.successor ? ` Fill in '${s(a.successor)}'.` : ''}`,
  FRONT_MISSING: (a) => `'${s(a.field)}' is not filled in. Fill it in on the Organisation sheet.`,
  EMAIL_INVALID: (a) => `'${s(a.value)}' is not a valid e-mail address. Enter an address such as name@municipality.nl.`,
  DATE_INVALID: (a) => `'${s(a.value)}' in '${s(a.field)}' is not a valid date. Enter a date such as 31-12-2026.`,
  OPTION_UNKNOWN: (a) => `'${s(a.value)}' is not an option for '${s(a.field)}'.${a.suggestion ? ` Did you mean '${s(a.suggestion)}'?` : ''} Choose a value from the list.`,
  VALUE_NORMALISED: (a) => `'${s(a.value)}' in '${s(a.field)}' was read as '${s(a.normalised)}'. Please choose the value from the list.`,
  STATUS_MISSING: (a) => `Principle ${s(a.id)} has no status. Choose one from the list; without a status the RIEC cannot use the overview.`,
  REQUIRED_MISSING: (a) => `Principle ${s(a.id)}: '${s(a.field)}' is required${a.when ? ` for this ${s(a.when)}` : ''} but empty. Fill it in.`,
  PLANNING_BEFORE_DATUM: (a) => `Principle ${s(a.id)}: the planned date (${s(a.date)}) is before the date the overview was filled in (${s(a.filledOn)}). Check the date.`,
  UNIFORM_STATUS: (a) => `All ${s(a.count)} principles have the same status '${s(a.status)}'. Check that each principle was assessed separately.`,
  COPIED_TOELICHTING: (a) => `The same ${s(a.field)} appears at ${s(a.count)} principles (${s(a.ids)}). Explain each principle separately where you can.`,
};
