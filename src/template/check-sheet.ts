import { labelOf, themeName } from '../norm/localise.js';
import type { FrontField, Norm, ResponseField } from '../norm/norm-schema.js';
import {
  absoluteRef,
  columnLetter,
  linkLocation,
  type CellSpec,
  type ConditionalSpec,
  type SheetSpec,
} from '../workbook/workbook-spec.js';
import { flaggedIds, foldedText, missingFlag, optionCode, principlePosition, quote, ruleTargets } from './check-formulas.js';
import { describeRule } from './describe-rule.js';
import { FRONT_FIRST_ROW, FRONT_INPUT_COL } from './front-sheet.js';
import { dutchDate } from '../base/dutch-date.js';
import type { OverviewLayout } from './overview-layout.js';
import { NAME_PRINCIPLE_ID, NAME_REMAINING } from '../workbook/template-contract.js';
import type { SheetContext } from './template-input.js';

/** The cell holding the total, behind the defined name `nog_in_te_vullen`. */
const CHECK_TOTAL_ROW = 4;
const CHECK_TOTAL_COL = 2;
const HEADER_ROW = 7;
/** Hidden helper grid, right of the visible table: one column per principle (and per front field). */
const HELPER_LABEL_COL = 8;
const HELPER_FIRST_COL = HELPER_LABEL_COL + 1;

const GREEN = 'C6EFCE';
const OPEN = 'FCE4D6';
const SECTION_FILL = 'D9E1F2';

type Field = ResponseField | FrontField;

/** One row of the hidden grid per helper: folded text, option code or missing flag of a field. */
interface Helpers {
  cells: CellSpec[];
  /** Absolute address of the flag (1 = missing) of field `id` in grid column `col`. */
  flag: (id: string, col: number) => string;
}

/**
 * The Controle sheet: while the official fills in, formulas count per 'verplicht' rule of the norm
 * how many inputs are still missing and where, and one total (`nog_in_te_vullen`) that equals the
 * number of required-input findings `weerbaar validate` reports (FRONT_MISSING, ORG_MISSING,
 * STATUS_MISSING, REQUIRED_MISSING). No macros: plain formulas that Excel and LibreOffice share.
 */
export function checkSheet(
  ctx: SheetContext,
  layout: OverviewLayout,
): { sheet: SheetSpec; names: Array<{ name: string; ref: string }> } {
  const { norm, lang, text } = ctx;
  const t = text.check;
  const overview = text.sheets.overview;
  const front = text.sheets.front;
  const principles = layout.rows.flatMap((r) => (r.kind === 'principle' ? [r] : []));

  // ---- the hidden grid: it reads every input through the template's defined names, as the tool does
  const grid: CellSpec[] = [{ row: 1, col: HELPER_LABEL_COL, value: t.helperHeading, style: { italic: true } }];
  const idRow = 2;
  const posRow = 3;
  grid.push({ row: idRow, col: HELPER_LABEL_COL, value: NAME_PRINCIPLE_ID });
  grid.push({ row: posRow, col: HELPER_LABEL_COL, value: 'positie' });
  principles.forEach((p, i) => {
    const col = HELPER_FIRST_COL + i;
    grid.push({ row: idRow, col, value: p.principle.id });
    grid.push({ row: posRow, col, value: { formula: principlePosition(`$${columnLetter(col)}$${idRow}`, NAME_PRINCIPLE_ID) } });
  });
  const position = (i: number) => `$${columnLetter(HELPER_FIRST_COL + i)}$${posRow}`;
  const rowFields = norm.velden.map((field) => ({ field, cellOf: (i: number) => `INDEX(${field.id},${position(i)})` }));
  // A rule of an answer field may look at a front field: it reads that field's option code in the
  // front helpers, which come after the answer helpers (so first count the answer helper rows).
  const found = (i: number) => `${position(i)}>0`;
  const frontStart =
    posRow + 1 + helperRows(norm, norm.velden, rowFields, principles.length, posRow + 1, found, () => undefined).rows;
  const frontFields = norm.voorblad.map((field) => ({ field, cellOf: () => field.id }));
  const frontTargets = [...ruleTargets(norm.velden)].filter((id) => norm.voorblad.some((f) => f.id === id));
  const frontHelpers = helperRowsPerField(norm, norm.voorblad, frontFields, frontStart, frontTargets);
  const answers = helperRows(norm, norm.velden, rowFields, principles.length, posRow + 1, found, (id) => frontHelpers.code(id));
  grid.push(...answers.cells);
  grid.push(...frontHelpers.cells);

  // ---- the visible table
  const cells: CellSpec[] = [
    { row: 1, col: 1, value: t.title, style: { bold: true, size: 14 } },
    { row: 2, col: 1, value: t.intro, style: { wrap: true, color: '595959' } },
  ];
  const merges = ['A2:D2', `C${CHECK_TOTAL_ROW}:D${CHECK_TOTAL_ROW}`];
  const rowHeights: Record<number, number> = { 2: 44, [CHECK_TOTAL_ROW]: 26, [HEADER_ROW]: 20 };
  const to = norm.inzenden ? (lang === 'en' && norm.inzenden.aan_en ? norm.inzenden.aan_en : norm.inzenden.aan) : undefined;
  if (to) {
    cells.push({
      row: 5,
      col: 1,
      value: t.sendTo(to, norm.inzenden?.uiterlijk ? dutchDate(norm.inzenden.uiterlijk) : undefined),
      style: { wrap: true },
    });
    merges.push('A5:D5');
    rowHeights[5] = 30;
  }
  t.header.forEach((h, i) =>
    cells.push({
      row: HEADER_ROW,
      col: i + 1,
      value: h,
      style: { bold: true, color: 'FFFFFF', fill: '1F4E79', border: true, vertical: 'middle' },
    }),
  );

  let row = HEADER_ROW + 1;
  const firstLine = row;
  const links: NonNullable<SheetSpec['links']> = [];
  const section = (title: string) => {
    cells.push({
      row,
      col: 1,
      value: title,
      style: { bold: true, fill: SECTION_FILL, wrap: true, border: true, vertical: 'middle' },
    });
    for (let c = 2; c <= 4; c++) cells.push({ row, col: c, value: null, style: { fill: SECTION_FILL, border: true } });
    rowHeights[row] = title.length > 60 ? 30 : 18;
    row++;
  };
  const line = (what: string, count: string, where: string | null, link: { target: string; label: string }) => {
    cells.push({ row, col: 1, value: what, style: { wrap: true, border: true } });
    cells.push({ row, col: 2, value: { formula: count }, style: { bold: true, border: true, horizontal: 'center' } });
    cells.push({ row, col: 3, value: where === null ? null : { formula: where }, style: { wrap: true, border: true } });
    cells.push({ row, col: 4, value: link.label, style: { color: '0563C1', border: true } });
    links.push({ row, col: 4, location: link.target });
    row++;
  };

  const requiredFront = norm.voorblad.filter((f) => f.verplicht !== false);
  if (requiredFront.length > 0) {
    section(t.frontSection);
    for (const field of requiredFront) {
      const i = norm.voorblad.indexOf(field);
      const address = `${columnLetter(FRONT_INPUT_COL)}${FRONT_FIRST_ROW + i}`;
      line(
        describeRule(field, norm, lang, 'front') ?? labelOf(field, lang),
        frontHelpers.flag(field.id, HELPER_FIRST_COL + i),
        null,
        {
          target: linkLocation(front, FRONT_FIRST_ROW + i, FRONT_INPUT_COL),
          label: t.goToCell(front, address),
        },
      );
    }
  }
  for (const { field, col } of layout.fields) {
    if (field.verplicht === false) continue;
    section(describeRule(field, norm, lang, 'row') ?? labelOf(field, lang));
    for (const { theme, from, to: last } of layout.themeRanges) {
      const members = principles.flatMap((p, i) =>
        p.row >= from && p.row <= last ? [{ id: p.principle.id, flag: answers.flag(field.id, HELPER_FIRST_COL + i) }] : [],
      );
      if (members.length === 0) continue;
      const first = members[0]!.id;
      const lastId = members[members.length - 1]!.id;
      line(t.themeLine(theme.id, themeName(theme, lang)), `SUM(${members.map((m) => m.flag).join(',')})`, flaggedIds(members), {
        target: linkLocation(overview, from, col),
        label: t.goToRows(first, lastId),
      });
    }
  }
  const lastLine = row - 1;

  const total = `${columnLetter(CHECK_TOTAL_COL)}${CHECK_TOTAL_ROW}`;
  cells.push({
    row: CHECK_TOTAL_ROW,
    col: 1,
    value: t.remainingLabel,
    style: { bold: true, size: 12, border: true, vertical: 'middle' },
  });
  cells.push({
    row: CHECK_TOTAL_ROW,
    col: CHECK_TOTAL_COL,
    value: { formula: `SUM(B${firstLine}:B${lastLine})` },
    style: { bold: true, size: 12, border: true, horizontal: 'center', vertical: 'middle' },
  });
  cells.push({
    row: CHECK_TOTAL_ROW,
    col: 3,
    value: {
      formula: `IFERROR(IF(${total}=0,${quote(t.ready)},IF(${total}=1,${quote(t.remainingOne)},${quote(t.remainingBefore)}&${total}&${quote(t.remainingAfter)})),${quote(t.broken)})`,
    },
    style: { bold: true, size: 12, border: true, vertical: 'middle' },
  });

  const conditionals: ConditionalSpec[] = [
    {
      range: `A${CHECK_TOTAL_ROW}:D${CHECK_TOTAL_ROW}`,
      formula: `$${columnLetter(CHECK_TOTAL_COL)}$${CHECK_TOTAL_ROW}=0`,
      fill: GREEN,
    },
    {
      range: `A${CHECK_TOTAL_ROW}:D${CHECK_TOTAL_ROW}`,
      formula: `$${columnLetter(CHECK_TOTAL_COL)}$${CHECK_TOTAL_ROW}>0`,
      fill: OPEN,
    },
    { range: `B${firstLine}:B${lastLine}`, formula: `AND(ISNUMBER(B${firstLine}),B${firstLine}>0)`, fill: OPEN },
  ];

  const gridCols = Math.max(principles.length, norm.voorblad.length);
  return {
    sheet: {
      name: text.sheets.check,
      columns: [
        { width: 58 },
        { width: 9 },
        { width: 30 },
        { width: 30 },
        { width: 4 },
        { width: 4 },
        { width: 4 },
        { width: 12, hidden: true },
        ...Array.from({ length: gridCols }, () => ({ width: 8, hidden: true })),
      ],
      cells: [...cells, ...grid],
      merges,
      rowHeights,
      protect: true,
      fitToWidth: true,
      conditionals,
      links,
      tabColor: '548235',
    },
    names: [{ name: NAME_REMAINING, ref: absoluteRef(text.sheets.check, CHECK_TOTAL_ROW, CHECK_TOTAL_COL) }],
  };
}

interface GridField {
  field: Field;
  /** The input cell of this field for grid column i (principle i; the front has one column per field). */
  cellOf: (i: number) => string;
}

/**
 * The helpers of the answer fields: per principle column, a folded-text row for each field that a
 * rule needs, an option-code row for each field another rule looks at, and a flag row for each
 * required field.
 */
function helperRows(
  norm: Norm,
  fields: readonly Field[],
  grid: readonly GridField[],
  count: number,
  startRow: number,
  found: (i: number) => string,
  /** The option-code cell of a field outside this grid (a front field), for rules that look at one. */
  outside: (id: string) => string | undefined,
): Helpers & { rows: number } {
  const targets = ruleTargets(fields);
  const cells: CellSpec[] = [];
  let row = startRow;
  const textRow = new Map<string, number>();
  const codeRow = new Map<string, number>();
  const flagRow = new Map<string, number>();
  const at = (r: number, i: number) => `$${columnLetter(HELPER_FIRST_COL + i)}$${r}`;
  const each = (label: string, formula: (i: number) => string) => {
    cells.push({ row, col: HELPER_LABEL_COL, value: label });
    for (let i = 0; i < count; i++) cells.push({ row, col: HELPER_FIRST_COL + i, value: { formula: formula(i) } });
    return row++;
  };
  for (const { field, cellOf } of grid) {
    if (field.verplicht === false && !targets.has(field.id)) continue;
    textRow.set(
      field.id,
      each(`text:${field.id}`, (i) => foldedText(cellOf(i))),
    );
  }
  for (const { field } of grid) {
    if (!targets.has(field.id)) continue;
    const r = textRow.get(field.id) ?? 0;
    codeRow.set(
      field.id,
      each(`code:${field.id}`, (i) => optionCode(at(r, i), optionsOf(field, norm))),
    );
  }
  for (const { field } of grid) {
    if (field.verplicht === false) continue;
    const r = textRow.get(field.id) ?? 0;
    const code = (id: string, i: number) => {
      const own = codeRow.get(id);
      return own !== undefined ? at(own, i) : (outside(id) ?? '""');
    };
    flagRow.set(
      field.id,
      each(`open:${field.id}`, (i) => missingFlag(found(i), at(r, i), field.verplicht, (id) => code(id, i))),
    );
  }
  return { cells, rows: row - startRow, flag: (id, col) => `$${columnLetter(col)}$${flagRow.get(id) ?? 0}` };
}

/** The front fields: one grid column per field, the same three kinds of helper rows. */
function helperRowsPerField(
  norm: Norm,
  fields: readonly Field[],
  grid: readonly GridField[],
  startRow: number,
  alsoTargets: readonly string[],
): Helpers & { code: (id: string) => string | undefined } {
  const at = (r: number, col: number) => `$${columnLetter(col)}$${r}`;
  const targets = new Set([...ruleTargets(fields), ...alsoTargets]);
  const cells: CellSpec[] = [];
  const rows = { readable: startRow, text: startRow + 1, code: startRow + 2, flag: startRow + 3 };
  // The tool checks the front fields only when it can read at least one of them.
  cells.push({ row: rows.readable, col: HELPER_LABEL_COL, value: 'voorblad' });
  cells.push({
    row: rows.readable,
    col: HELPER_FIRST_COL,
    value: { formula: `IF(OR(${grid.map((g) => `ISREF(${g.cellOf(0)})`).join(',')}),1,0)` },
  });
  const readable = `${at(rows.readable, HELPER_FIRST_COL)}=1`;
  cells.push({ row: rows.text, col: HELPER_LABEL_COL, value: 'text:voorblad' });
  cells.push({ row: rows.code, col: HELPER_LABEL_COL, value: 'code:voorblad' });
  cells.push({ row: rows.flag, col: HELPER_LABEL_COL, value: 'open:voorblad' });
  const colOf = (id: string) =>
    HELPER_FIRST_COL +
    Math.max(
      0,
      fields.findIndex((f) => f.id === id),
    );
  grid.forEach(({ field, cellOf }, i) => {
    const col = HELPER_FIRST_COL + i;
    cells.push({ row: rows.text, col, value: { formula: foldedText(cellOf(i)) } });
    if (targets.has(field.id))
      cells.push({ row: rows.code, col, value: { formula: optionCode(at(rows.text, col), optionsOf(field, norm)) } });
    if (field.verplicht !== false) {
      cells.push({
        row: rows.flag,
        col,
        value: { formula: missingFlag(readable, at(rows.text, col), field.verplicht, (id) => at(rows.code, colOf(id))) },
      });
    }
  });
  return {
    cells,
    flag: (_id, col) => at(rows.flag, col),
    code: (id) => (targets.has(id) && fields.some((f) => f.id === id) ? at(rows.code, colOf(id)) : undefined),
  };
}

/** The options a dropdown field's value is matched against. */
function optionsOf(field: Field, norm: Norm): ReadonlyArray<{ code: string; label: string; label_en?: string | undefined }> {
  return field.type === 'schaal' ? norm.schaal : (field.opties ?? []);
}
