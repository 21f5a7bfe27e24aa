import type { Norm, Principle, ResponseField, Theme } from '../norm/norm-schema.js';

export const OVERVIEW_HEADER_ROW = 2;
const OVERVIEW_FIRST_ROW = 3;
/** Fixed columns before the input fields: Nr., Thema, Uitgangspunt, evidence. */
export const COL_NR = 1;
export const COL_THEME = 2;
export const COL_PRINCIPLE = 3;
export const COL_EVIDENCE = 4;
const FIRST_FIELD_COL = 5;

type OverviewRow =
  { kind: 'theme'; row: number; theme: Theme } | { kind: 'principle'; row: number; theme: Theme; principle: Principle };

export interface OverviewLayout {
  rows: OverviewRow[];
  firstRow: number;
  lastRow: number;
  fields: Array<{ field: ResponseField; col: number }>;
  weightCol: number;
  /** Per theme, the first and last row of its principles. */
  themeRanges: Array<{ theme: Theme; from: number; to: number }>;
}

/** Where everything goes on the Implementatieoverzicht sheet: a heading row per theme, then its principles. */
export function overviewLayout(norm: Norm): OverviewLayout {
  const rows: OverviewRow[] = [];
  const themeRanges: OverviewLayout['themeRanges'] = [];
  let row = OVERVIEW_FIRST_ROW;
  for (const theme of norm.themas) {
    rows.push({ kind: 'theme', row: row++, theme });
    const from = row;
    for (const principle of theme.uitgangspunten) rows.push({ kind: 'principle', row: row++, theme, principle });
    themeRanges.push({ theme, from, to: row - 1 });
  }
  const fields = norm.velden.map((field, i) => ({ field, col: FIRST_FIELD_COL + i }));
  return {
    rows,
    firstRow: OVERVIEW_FIRST_ROW,
    lastRow: row - 1,
    fields,
    weightCol: FIRST_FIELD_COL + fields.length,
    themeRanges,
  };
}
