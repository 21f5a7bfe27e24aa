import { wrappedLines } from '../../base/wrapped-lines.js';
import { formatTimestamp, REPORT_TEXT, type ReportText } from '../../i18n/report-text.js';
import type { Report } from '../../report/report-model.js';
import {
  columnLetter,
  type CellSpec,
  type CellStyle,
  type ColorScaleConditionalSpec,
  type RowBlockSpec,
  type SheetSpec,
} from '../../workbook/workbook-spec.js';
import { NOT_XML } from '../../workbook/xml-escape.js';

/** Rows 1-2 carry the title and the scope, row 3 stays empty, the table header is row 4. */
export const HEADER_ROW = 4;
export const FIRST_ROW = HEADER_ROW + 1;

export const HEADER_STYLE: CellStyle = {
  bold: true,
  color: 'FFFFFF',
  fill: '1F4E79',
  wrap: true,
  vertical: 'middle',
  border: true,
};
export const SUBHEADER_STYLE: CellStyle = { bold: true, fill: 'D9E1F2', wrap: true, vertical: 'middle', border: true };
export const HIDDEN_STYLE: CellStyle = { color: '7F7F7F', horizontal: 'center', border: true };
const NOTE_STYLE: CellStyle = { italic: true, color: '595959' };

/** Red, yellow, green: Excel's own 3-colour scale, fixed at 0, 50 and 100 so a colour means the same score everywhere. */
export function scoreScale(range: string): ColorScaleConditionalSpec {
  return { type: 'colorScale', range, colors: ['F8696B', 'FFEB84', '63BE7B'], values: [0, 50, 100] };
}

export function textOf(report: Report): ReportText {
  return REPORT_TEXT[report.lang];
}

// A cell holds at most 32,767 characters.
const MAX_CELL_TEXT = 32_767;

/**
 * Text for a cell: always a plain string value (exceljs writes it as a shared string, so text from
 * a return such as "=HYPERLINK(...)" never becomes a formula), cleaned of characters XML forbids.
 */
export function cellText(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const clean = value.replace(NOT_XML, '');
  return clean.length > MAX_CELL_TEXT ? clean.slice(0, MAX_CELL_TEXT) : clean;
}

/** The title and scope lines above every table. */
export function headingCells(report: Report): CellSpec[] {
  const t = textOf(report);
  return [
    {
      row: 1,
      col: 1,
      value: cellText(`${t.title}: ${t.normLine(report.norm.title, report.norm.version)}`),
      style: { bold: true, size: 14, vertical: 'middle' },
    },
    {
      row: 2,
      col: 1,
      value: cellText(
        `${t.generated(formatTimestamp(report.generatedAt), `${report.tool.name} ${report.tool.version}`)}. ${t.scopeTitle}: ${t.scope(report.scope)}.`,
      ),
      style: NOTE_STYLE,
    },
  ];
}

export interface TableColumn {
  header: string;
  /** Width bounds in characters; the width follows the longest value within them. */
  min?: number;
  max?: number;
  numFmt?: string;
  wrap?: boolean;
  center?: boolean;
  headerStyle?: CellStyle;
}

export type TableValue = string | number | null;

/** Width bounds of the columns that several sheets share, so that a column is as wide on each. */
export const SHARED_WIDTHS = {
  riec: { min: 10, max: 26 },
  region: { min: 12, max: 26 },
  code: { min: 8, max: 14 },
  organisation: { min: 14, max: 30 },
  meetmoment: { min: 12, max: 18 },
  warnings: { min: 15, max: 16, center: true },
} as const;

export interface TableOptions {
  /** Without the heading the header is row 1 (for a pivot-table source). Default true. */
  heading?: boolean;
  freezeCols?: number;
  /** Hand the rows over as a RowBlockSpec instead of a cell each: for a table that can be long. */
  rowBlock?: boolean;
}

/** A plain table sheet: heading, header row with filter, frozen below the header, widths from the content. */
export function tableSheet(
  report: Report,
  name: string,
  columns: TableColumn[],
  rows: TableValue[][],
  options: TableOptions = {},
): SheetSpec {
  const t = textOf(report);
  const heading = options.heading ?? true;
  const headerRow = heading ? HEADER_ROW : 1;
  const cells: CellSpec[] = heading ? headingCells(report) : [];
  columns.forEach((c, i) =>
    cells.push({ row: headerRow, col: i + 1, value: cellText(c.header), style: c.headerStyle ?? HEADER_STYLE }),
  );
  // One style object per column and kind of value, shared by its cells (a long table has many).
  const textStyles: CellStyle[] = [];
  const numberStyles: CellStyle[] = [];
  const stylesOf = (i: number): [CellStyle, CellStyle] => {
    const known = textStyles[i];
    const knownNumber = numberStyles[i];
    if (known && knownNumber) return [known, knownNumber];
    const c = columns[i];
    const style: CellStyle = { border: true, wrap: Boolean(c?.wrap), ...(c?.center ? { horizontal: 'center' } : {}) };
    textStyles[i] = style;
    numberStyles[i] = { ...style, ...(c?.numFmt ? { numFmt: c.numFmt } : {}) };
    return [style, numberStyles[i]];
  };
  const styleOf = (v: TableValue, i: number): CellStyle => {
    const [style, numberStyle] = stylesOf(i);
    return typeof v === 'number' ? numberStyle : v === t.hidden ? HIDDEN_STYLE : style;
  };
  // A long table is handed over as rows of values, not as a cell each (see RowBlockSpec).
  const block: RowBlockSpec | undefined = options.rowBlock
    ? {
        firstRow: headerRow + 1,
        values: rows.map((values) => values.map((v) => (typeof v === 'string' && v !== t.hidden ? cellText(v) : v))),
        style: styleOf,
      }
    : undefined;
  if (!block)
    rows.forEach((values, r) =>
      values.forEach((v, i) => {
        const row = headerRow + 1 + r;
        cells.push({ row, col: i + 1, value: typeof v === 'string' && v !== t.hidden ? cellText(v) : v, style: styleOf(v, i) });
      }),
    );
  const lastCol = columnLetter(Math.max(columns.length, 1));
  const widths = columns.map((c, i) =>
    fitWidth(
      c,
      rows.map((r) => r[i] ?? null),
    ),
  );
  const rowHeights: Record<number, number> = heading ? { 1: 22, [headerRow]: 32 } : { [headerRow]: 32 };
  rows.forEach((values, r) => {
    const lines = Math.max(
      1,
      ...values.map((v, i) => (columns[i]?.wrap && typeof v === 'string' ? lineCount(v, widths[i] ?? 10) : 1)),
    );
    if (lines > 1) rowHeights[headerRow + 1 + r] = Math.min(lines, MAX_LINES) * LINE_HEIGHT + 3;
  });
  return {
    name,
    columns: widths.map((width) => ({ width })),
    cells,
    ...(block ? { rows: block } : {}),
    rowHeights,
    freeze: { rows: headerRow, cols: options.freezeCols ?? 0 },
    autoFilter: `A${headerRow}:${lastCol}${headerRow + Math.max(rows.length, 1)}`,
    landscape: true,
    fitToWidth: true,
    printTitleRows: `${headerRow}:${headerRow}`,
  };
}

// Neither Excel nor LibreOffice grows a row for wrapped text written by a library: set the height.
const LINE_HEIGHT = 13;
const MAX_LINES = 8;

/** Lines a text takes in a column of `width` characters, wrapping at about the width. */
function lineCount(text: string, width: number): number {
  return wrappedLines(text, Math.max(4, Math.floor(width * 1.1) - 1));
}

/** Width in characters: the longest line of header or values, kept within the column's bounds. */
export function fitWidth(c: Pick<TableColumn, 'header' | 'min' | 'max'>, values: TableValue[]): number {
  const longest = (v: TableValue) =>
    v === null
      ? 0
      : Math.max(
          ...String(v)
            .split('\n')
            .map((l) => l.length),
        );
  // The header wraps between words, so it needs only its longest word.
  const headerWord = Math.max(...c.header.split(/\s+/).map((w) => w.length));
  const wanted = Math.max(headerWord + 2, ...values.map((v) => longest(v) + 2));
  return Math.min(c.max ?? 50, Math.max(c.min ?? 8, wanted));
}

/**
 * A long note below a table, merged over the table's width and wrapped, so that printing with
 * fit-to-width does not shrink the whole page to the note's length.
 */
export function addWrappedNote(sheet: SheetSpec, row: number, text: string): void {
  const cols = Math.max(sheet.columns.length, 1);
  const width = sheet.columns.reduce((sum, c) => sum + c.width, 0);
  sheet.cells.push({ row, col: 1, value: cellText(text), style: { ...NOTE_STYLE, wrap: true, vertical: 'top' } });
  if (cols > 1) sheet.merges = [...(sheet.merges ?? []), `A${row}:${columnLetter(cols)}${row}`];
  sheet.rowHeights = { ...(sheet.rowHeights ?? {}), [row]: Math.min(lineCount(text, width), MAX_LINES) * LINE_HEIGHT + 3 };
}

export function note(row: number, text: string): CellSpec {
  return { row, col: 1, value: cellText(text), style: NOTE_STYLE };
}
