/**
 * The arguments of every finding code, one type per code (as publint types its messages): a
 * finding built with a missing or misspelt argument, or a catalogue line reading an argument the
 * code does not have, fails to compile. Arguments are flat strings and numbers, so that the JSON
 * output (`args`) stays simple. Ids and codes are for machines; `label`s are the words the
 * workbook shows (the norm's `label`, or `label_en` in an English template).
 */

import type { ForeignKind } from '../base/foreign-file.js';

/** Where a norm check points: a dot-separated path into the YAML, turned into line and column. */
interface NormPath {
  path: string;
}

/** A field of the norm as the workbook shows it: its id and its label in the template's language. */
interface FieldArgs {
  field: string;
  label: string;
}

export interface FindingArgsByCode {
  NORM_READ_FAILED: { detail: string };
  NORM_YAML_SYNTAX: { detail: string };
  NORM_SCHEMA: { problem: string; key: string };
  NORM_DUPLICATE_ID: NormPath & { id: string };
  NORM_THEME_EMPTY: NormPath & { theme: string };
  NORM_PRINCIPLE_OUTSIDE_THEME: NormPath & { id: string; theme: string };
  NORM_NO_SCORING_OPTION: NormPath;
  NORM_OPTION_SCORE: NormPath & { option: string; first?: 'ja' };
  NORM_RULE_UNKNOWN_FIELD: NormPath & { field: string; ref: string };
  NORM_RULE_UNKNOWN_CODE: NormPath & { field: string; ref: string; value: string };
  NORM_FIELD_REQUIRED: NormPath & { field: string; type?: string };
  NORM_OPTIONS_MISSING: NormPath & { field: string };
  NORM_BANDS: NormPath;
  /** A reference in the `uitwisseling` block: a field that is missing or of the wrong type, an unknown option, or one option for both roles. */
  NORM_FIELD_ROLE: NormPath & {
    field: string;
    role: 'status' | 'planning' | 'kopie_controle' | 'invuldatum' | 'meetmoment';
    reason: 'missing' | 'double' | 'type' | 'compare';
    type?: string;
    ref?: string;
  };
  NORM_EXCHANGE_REF: NormPath & {
    key: string;
    ref: string;
    reason: 'missing' | 'type' | 'code' | 'same';
    list?: 'velden' | 'voorblad';
    type?: string;
    field?: string;
  };
  NORM_FIELD_ID: NormPath & { id: string; reason: 'reserved' | 'address' };
  NORM_PREVIOUS_MISSING: NormPath & { previous: string; found: string };
  NORM_PREVIOUS_NOT_OLDER: NormPath & { previous: string; version: string };
  /** `id`: the principle whose `was` names it; absent when `vervallen` names it. */
  NORM_WAS_UNKNOWN: NormPath & { id?: string; was: string; previous: string };
  NORM_OLD_UNACCOUNTED: NormPath & { was: string; previous: string };
  NORM_REMOVED_CONTINUED: NormPath & { was: string; by: string };
  NORM_VERSION_LINK_WITHOUT_PREVIOUS: NormPath & { key: 'was' | 'wijziging' | 'vervallen'; id?: string };
  REGISTRY_NOT_GIVEN: { norm: string };
  REGISTRY_DUPLICATE_CODE: { id: string };
  REGISTRY_UNKNOWN_SUCCESSOR: { id: string; ref: string };
  REGISTRY_DATES: { id: string; from: string; to: string };
  REGISTRY_MEMBERS:
    { id: string; reason: 'none' | 'not-werkorganisatie' } | { id: string; ref: string; reason: 'unknown' | 'not-gemeente' };
  REGISTRY_SIZE_CLASSES: { id: string };

  FILE_UNREADABLE: { detail: string };
  FILE_EMPTY: Record<string, never>;
  FILE_NOT_XLSX: { kind: string };
  FILE_LEGACY_XLS: Record<string, never>;
  FILE_ENCRYPTED: Record<string, never>;
  FILE_ODS: Record<string, never>;
  /** reason: where the zip is broken (no-directory, truncated, workbook) or, with part, how a part is (deflate, crc, declared, short, method, truncated). */
  FILE_CORRUPT_ZIP: { reason?: string; part?: string };
  FILE_TOO_LARGE: { size: number; limit: number };
  FILE_ZIP_BOMB:
    { reason: 'zip64' } | { reason: 'entries'; count: number; limit: number } | { reason: 'size'; size: number; limit: number };
  FILE_HOSTILE_NAME: { name: string };
  FILE_PARSE_FAILED: { detail: string };
  FILE_TIMEOUT: { seconds: number };
  FILE_MEMORY: { limit: number };
  FILE_SKIPPED: { reason: 'lock' | 'hidden' | 'temp' | 'output' | 'symlink' };
  FILE_MACROS: Record<string, never>;
  FILE_EXTERNAL_LINKS: Record<string, never>;
  FILE_NOT_SPREADSHEET: { kind: ForeignKind; ext: string };
  TEMPLATE_NOT_OURS: Record<string, never>;
  TEMPLATE_OTHER_NORM: TemplateFound;
  TEMPLATE_OLDER_VERSION: TemplateFound;
  TEMPLATE_NEWER_VERSION: TemplateFound;
  TEMPLATE_FINGERPRINT: TemplateFound & { fingerprint: string; expectedFingerprint: string };
  TEMPLATE_FORMAT: { format: string; supported: number };
  TEMPLATE_ARCHIVED_VERSION: { version: string; expected: string };

  SHEET_MISSING: { sheet: string };
  SHEET_RENAMED: { sheet: string; actual: string };
  NAME_MISSING: { name: string };
  ROW_MISSING: { id: string };
  /** `id`: the principle whose locked text is still in the row; `cell`: where its number was. */
  ROW_ID_BLANK: { id?: string; cell?: string };
  ROW_UNKNOWN: { id: string };
  ROW_DUPLICATE: { id: string; first?: string };
  TEXT_CHANGED: { id: string; old: string; new: string };
  PROTECTION_REMOVED: Record<string, never>;
  INPUT_FORMULA: FieldArgs & { formula: string };
  INPUT_ERROR_VALUE: FieldArgs & { error: string };

  ORG_MISSING: FieldArgs & { sheet?: string };
  ORG_UNKNOWN: FieldArgs & { value: string; suggestion?: string };
  ORG_FORMER: FieldArgs & { value: string; until: string; successor?: string };
  FRONT_MISSING: FieldArgs & { sheet?: string };
  EMAIL_INVALID: FieldArgs & { value: string };
  DATE_INVALID: FieldArgs & { value: string };
  /** `suggestion` only when one option is clearly closest; otherwise `options` lists them all. */
  OPTION_UNKNOWN: FieldArgs & { value: string; suggestion?: string; options?: string };
  VALUE_NORMALISED: FieldArgs & { value: string; normalised: string; reason?: 'invisible' | 'prefix' };
  /** `label`: the status field's label as the workbook shows it (e.g. Status). */
  STATUS_MISSING: { id: string; label: string };
  /** `when`/`value`: the field and code that made it required; `whenLabel`/`valueLabel` as the workbook shows them. */
  REQUIRED_MISSING: FieldArgs & { id: string; when?: string; whenLabel?: string; value?: string; valueLabel?: string };
  /** `compareWith`/`compareLabel`: the front date field the planned date is compared with (its `vergelijk_met`). */
  PLANNING_BEFORE_DATUM: FieldArgs & { id: string; date: string; filledOn: string; compareWith: string; compareLabel: string };
  UNIFORM_STATUS: { status: string; count: number };
  COPIED_TOELICHTING: FieldArgs & { count: number; ids: string; text: string };
  ORG_NOT_YET_VALID: FieldArgs & { value: string; from: string };
  ORG_FILENAME_MISMATCH: { file: string; named: string; organisation: string };
  /** `cells`: every filled cell of the row; `value`: what the first one holds. */
  ROW_NOTE_INSERTED: { cell: string; cells: string; value: string };
  ROW_HEADING_FILLED: { theme: string; cell: string; cells: string; value: string };
  RETURN_CONFLICT: { organisation: string; other: string; differing: number; datum: string };
  RETURN_DUPLICATE: { organisation: string; other: string };
  FEEDBACK_FAILED: { reason: 'error' | 'timeout' | 'memory' | 'crash'; detail: string };

  /** `themes`/`filled`: theme ids, comma-separated, of the empty and the filled themes. */
  PARTIAL_RETURN: { themes: string; filled: string; count: number; total: number };
  /** `id`: the principle, or empty for a front-page field; values as the workbook shows them. */
  MERGE_CONFLICT: FieldArgs & { id: string; file: string; value: string; otherFile: string; otherValue: string };
  /** A conflict decided by --voorkeur: `file`'s value was taken over `otherFile`'s. */
  MERGE_CHOICE: FieldArgs & { id: string; file: string; value: string; otherFile: string; otherValue: string };
  /** Parts of different organisations or meetmomenten: never one return. */
  MERGE_MISMATCH: FieldArgs & { file: string; value: string; otherFile: string; otherValue: string };
  /** A part with errors other than missing answers: `codes` lists them. */
  MERGE_PART_INVALID: { file: string; codes: string };
  /** report, intake, score: the parts (file names, comma-separated) combined automatically into one return. */
  PARTS_MERGED: { files: string; count: number };
  /** A front-page text that differs between combined parts: taken from `file`, the part with the latest date. */
  PARTS_FRONT_LATEST: FieldArgs & { file: string };
}

/** What the template said about itself, next to what the norm in use expects. */
interface TemplateFound {
  id: string;
  version: string;
  expectedId: string;
  expected: string;
}
