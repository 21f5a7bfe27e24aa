/**
 * The contract between the generated template and every reader (ours and outside tools),
 * documented in docs/template-format.md. Readers find cells through these names only.
 */
export const TEMPLATE_FORMAT = 1;

/** Defined name of the principle-id column. */
export const NAME_PRINCIPLE_ID = 'nr';
/** Defined name of the locked principle-text column (title, a line break, the text). */
export const NAME_PRINCIPLE_TEXT = 'uitgangspunt';
/** Defined name of the two-column key/value range on the metadata sheet. */
export const NAME_METADATA = 'weerbaar_metadata';
/** Defined name of the one cell on the Controle sheet that holds how many required inputs are still open. */
export const NAME_REMAINING = 'nog_in_te_vullen';
/** Prefix of the defined names of the dropdown lists on the hidden sheet. */
export const LIST_NAME_PREFIX = 'lijst_';

/** Keys on the metadata sheet; the same keys, prefixed `weerbaar_`, as custom document properties. */
export const META_KEYS = {
  format: 'sjabloonformaat',
  normId: 'norm_id',
  normVersion: 'norm_versie',
  fingerprint: 'norm_vingerafdruk',
  generator: 'generator',
  lang: 'taal',
} as const;

export const CUSTOM_PROPERTY_PREFIX = 'weerbaar_';

/** Date limits of every date validation in the template. */
export const DATE_MIN = '2000-01-01';
export const DATE_MAX = '2100-12-31';
export const MAX_TEXT_LENGTH = 2000;
export const DATE_FORMAT = 'dd-mm-yyyy';

/** Fixed timestamp written into the workbook, so that the same norm gives the same bytes. */
export const TEMPLATE_TIMESTAMP = new Date('2025-01-01T00:00:00Z');
