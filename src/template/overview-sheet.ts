import { wrappedLines } from '../base/wrapped-lines.js';
import { labelOf, normTitle, principleNote, principleText, principleTitle, themeName } from '../norm/localise.js';
import type { ResponseField } from '../norm/norm-schema.js';
import { columnLetter, type CellSpec, type SheetSpec, type ValidationSpec } from '../workbook/workbook-spec.js';
import { COL_EVIDENCE, COL_NR, COL_PRINCIPLE, COL_THEME, OVERVIEW_HEADER_ROW, type OverviewLayout } from './overview-layout.js';
import { fieldValidation } from './field-validation.js';
import type { SheetContext } from './template-input.js';
import { statusFieldId } from '../norm/field-roles.js';

const HEADER_FILL = '1F4E79';
const THEME_FILL = 'DDEBF7';
const INPUT_FILL = 'FFFFFF';
const LOCKED_FILL = 'F2F2F2';

const FIELD_WIDTH: Record<ResponseField['type'], number> = { schaal: 20, tekst: 42, datum: 14, keuze: 13 };

/** A choice column as wide as its longest option (up to a limit), so that a chosen answer stays readable. */
function fieldWidth(field: ResponseField, lang: SheetContext['lang']): number {
  const base = FIELD_WIDTH[field.type];
  if (field.type !== 'keuze' || !field.opties) return base;
  return Math.min(30, Math.max(base, ...field.opties.map((o) => labelOf(o, lang).length + 3)));
}

/** The Implementatieoverzicht sheet: one row per uitgangspunt under a heading row per theme. */
const PRINCIPLE_WIDTH = 60;
const EVIDENCE_WIDTH = 45;

/** About how many lines a wrapped text takes in a column of `width` (a little more than one character per unit of width fits). */
function linesIn(text: string, width: number): number {
  return wrappedLines(text, Math.floor(width * 1.15));
}

export function overviewSheet(ctx: SheetContext, layout: OverviewLayout): SheetSpec {
  const { norm, lang, text } = ctx;
  const t = text.overview;
  const cells: CellSpec[] = [];
  const lastCol = layout.weightCol;
  const title = `${normTitle(norm, lang)}, ${text.overview.version} ${norm.versie}${norm.status === 'werkversie' ? ` (${text.intro.workingVersion})` : ''}`;
  cells.push({ row: 1, col: 1, value: title, style: { bold: true, size: 14 } });

  const headers = [t.nr, t.theme, t.principle, t.evidence, ...layout.fields.map((f) => labelOf(f.field, lang)), t.weight];
  headers.forEach((h, i) =>
    cells.push({
      row: OVERVIEW_HEADER_ROW,
      col: i + 1,
      value: h,
      style: { bold: true, color: 'FFFFFF', fill: HEADER_FILL, wrap: true, vertical: 'middle', border: true },
    }),
  );

  const rowHeights: Record<number, number> = { 1: 24, [OVERVIEW_HEADER_ROW]: 30 };
  for (const r of layout.rows) {
    if (r.kind === 'theme') {
      cells.push({
        row: r.row,
        col: COL_THEME,
        value: t.themeHeading(r.theme.id, themeName(r.theme, lang)),
        style: { bold: true, size: 11, fill: THEME_FILL },
      });
      for (let c = 1; c <= lastCol; c++)
        if (c !== COL_THEME) cells.push({ row: r.row, col: c, value: null, style: { fill: THEME_FILL } });
      rowHeights[r.row] = 20;
      continue;
    }
    const p = r.principle;
    const locked = { wrap: true, fill: LOCKED_FILL, border: true } as const;
    cells.push({ row: r.row, col: COL_NR, value: p.id, style: { ...locked, bold: true } });
    cells.push({ row: r.row, col: COL_THEME, value: themeName(r.theme, lang), style: locked });
    cells.push({
      row: r.row,
      col: COL_PRINCIPLE,
      value: { rich: [{ text: principleTitle(p, lang), bold: true }, { text: `\n${principleText(p, lang)}` }] },
      style: locked,
    });
    cells.push({ row: r.row, col: COL_EVIDENCE, value: principleNote(p, lang), style: { ...locked, italic: true } });
    for (const { field, col } of layout.fields) {
      cells.push({
        row: r.row,
        col,
        value: null,
        style: {
          unlocked: true,
          wrap: field.type === 'tekst',
          fill: INPUT_FILL,
          border: true,
          ...(field.type === 'datum' ? { numFmt: 'dd-mm-yyyy' } : {}),
        },
      });
    }
    cells.push({ row: r.row, col: layout.weightCol, value: p.gewicht, style: locked });
    // Wrapped text does not make a row taller by itself in every program: room for the longer of
    // the principle and its note, at least the five lines most principles need.
    const lines = Math.max(
      linesIn(`${principleTitle(p, lang)}\n${principleText(p, lang)}`, PRINCIPLE_WIDTH),
      linesIn(principleNote(p, lang), EVIDENCE_WIDTH),
    );
    rowHeights[r.row] = Math.max(64, lines * 13 + 4);
  }

  const validations: ValidationSpec[] = [];
  for (const { field, col } of layout.fields) {
    // One validation per principle row, so that theme heading rows stay without one.
    for (const r of layout.rows) {
      if (r.kind !== 'principle') continue;
      validations.push(fieldValidation(ctx, field, `${columnLetter(col)}${r.row}`));
    }
  }

  const status = layout.fields.find((f) => f.field.id === statusFieldId(norm));
  const conditionals = status
    ? norm.schaal
        .filter((o) => o.kleur)
        .map((o) => {
          const col = columnLetter(status.col);
          return {
            range: `${col}${layout.firstRow}:${col}${layout.lastRow}`,
            formula: `$${col}${layout.firstRow}="${labelOf(o, lang).replace(/"/g, '""')}"`,
            fill: o.kleur ?? 'FFFFFF',
          };
        })
    : [];

  return {
    name: text.sheets.overview,
    columns: [
      { width: 7 },
      { width: 20 },
      { width: PRINCIPLE_WIDTH },
      { width: EVIDENCE_WIDTH },
      ...layout.fields.map((f) => ({ width: fieldWidth(f.field, lang) })),
      { width: 9, hidden: true },
    ],
    cells,
    rowHeights,
    freeze: { rows: OVERVIEW_HEADER_ROW, cols: COL_PRINCIPLE },
    protect: true,
    landscape: true,
    fitToWidth: true,
    printTitleRows: `${OVERVIEW_HEADER_ROW}:${OVERVIEW_HEADER_ROW}`,
    validations,
    conditionals,
    tabColor: HEADER_FILL,
  };
}
