import { fieldHelp, labelOf } from '../norm/localise.js';
import { absoluteRef, type CellSpec, type SheetSpec } from '../workbook/workbook-spec.js';
import { fieldValidation } from './field-validation.js';
import { DATE_FORMAT } from '../workbook/template-contract.js';
import type { SheetContext } from './template-input.js';

export const FRONT_FIRST_ROW = 3;
export const FRONT_INPUT_COL = 2;

/** The Organisatie sheet: the front-matter fields, one per row, each behind a defined name. */
export function frontSheet(ctx: SheetContext): { sheet: SheetSpec; names: Array<{ name: string; ref: string }> } {
  const { norm, lang, text } = ctx;
  const name = text.sheets.front;
  const cells: CellSpec[] = [{ row: 1, col: 1, value: text.front.title, style: { bold: true, size: 14 } }];
  text.front.header.forEach((h, i) =>
    cells.push({ row: 2, col: i + 1, value: h, style: { bold: true, color: 'FFFFFF', fill: '1F4E79', border: true } }),
  );
  const names: Array<{ name: string; ref: string }> = [];
  const validations = norm.voorblad.map((field, i) => {
    const row = FRONT_FIRST_ROW + i;
    const required = field.verplicht === true ? ' *' : '';
    cells.push({ row, col: 1, value: `${labelOf(field, lang)}${required}`, style: { bold: true, fill: 'F2F2F2', border: true } });
    cells.push({
      row,
      col: FRONT_INPUT_COL,
      value: null,
      style: {
        unlocked: true,
        border: true,
        ...(field.type === 'datum' ? { numFmt: DATE_FORMAT, horizontal: 'left' as const } : {}),
      },
    });
    cells.push({ row, col: 3, value: fieldHelp(field, lang), style: { italic: true, wrap: true, color: '595959' } });
    names.push({ name: field.id, ref: absoluteRef(name, row, FRONT_INPUT_COL) });
    return fieldValidation(ctx, field, `B${row}`);
  });
  return {
    sheet: {
      name,
      columns: [{ width: 24 }, { width: 44 }, { width: 60 }],
      cells,
      rowHeights: Object.fromEntries(norm.voorblad.map((_, i) => [FRONT_FIRST_ROW + i, 22])),
      protect: true,
      landscape: true,
      fitToWidth: true,
      validations,
    },
    names,
  };
}
