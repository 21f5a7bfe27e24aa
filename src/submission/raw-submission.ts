import type { Lang } from '../base/lang.js';
import type { CellScalar } from '../workbook/raw-workbook.js';

/** What the template says about itself (metadata sheet, or custom document properties). */
export interface TemplateIdentity {
  format?: string;
  normId?: string;
  normVersion?: string;
  fingerprint?: string;
  generator?: string;
  lang: Lang;
}

interface CellRef {
  sheet: string;
  cell: string;
}

/** One input cell as found through a defined name, before interpretation. */
export interface RawField {
  value: CellScalar;
  formula?: string;
  at: CellRef;
}

export interface RawRow {
  principle: string;
  /** The id cell of the row. */
  at: CellRef;
  fields: Record<string, RawField>;
  text?: RawField;
  /** The Thema cell beside the id: on a theme's heading row it holds the heading. */
  theme?: RawField;
}

/** A returned workbook reduced to its inputs, found through the template's defined names. */
export interface RawSubmission {
  identity: TemplateIdentity;
  front: Record<string, RawField>;
  rows: RawRow[];
}
