import { labelOf, themeName } from '../norm/localise.js';
import { absoluteRef, columnLetter, type CellSpec, type SheetSpec } from '../workbook/workbook-spec.js';
import type { OverviewLayout } from './overview-layout.js';
import type { SheetContext } from './template-input.js';
import { statusFieldId } from '../norm/field-roles.js';

const SUMMARY_HEADER_ROW = 4;

/**
 * The Samenvatting sheet: per theme, live counts per option and a score by formulas, so that an
 * official sees progress while filling in. The tool itself never reads these cached results.
 */
export function summarySheet(ctx: SheetContext, layout: OverviewLayout): SheetSpec {
  const { norm, lang, text } = ctx;
  const t = text.summary;
  const overview = text.sheets.overview;
  const statusCol = layout.fields.find((f) => f.field.id === statusFieldId(norm))?.col ?? 0;
  const options = norm.schaal;
  const scoreCol = options.length + 3;
  const cells: CellSpec[] = [
    { row: 1, col: 1, value: t.title, style: { bold: true, size: 14 } },
    { row: 2, col: 1, value: t.note, style: { italic: true, color: '595959' } },
  ];
  const headers = [t.theme, ...options.map((o) => labelOf(o, lang)), t.unanswered, t.score];
  headers.forEach((h, i) =>
    cells.push({
      row: SUMMARY_HEADER_ROW,
      col: i + 1,
      value: h,
      style: { bold: true, color: 'FFFFFF', fill: '1F4E79', wrap: true, border: true },
    }),
  );

  const scoreCells: string[] = [];
  const numerators: string[] = [];
  const denominators: string[] = [];
  layout.themeRanges.forEach(({ theme, from, to }, i) => {
    const row = SUMMARY_HEADER_ROW + 1 + i;
    const status = absoluteRef(overview, from, statusCol, to, statusCol);
    const weight = absoluteRef(overview, from, layout.weightCol, to, layout.weightCol);
    const quote = (label: string) => `"${label.replace(/"/g, '""')}"`;
    cells.push({ row, col: 1, value: `${theme.id}. ${themeName(theme, lang)}`, style: { bold: true, border: true } });
    options.forEach((o, j) =>
      cells.push({
        row,
        col: j + 2,
        value: { formula: `COUNTIF(${status},${quote(labelOf(o, lang))})` },
        style: { border: true, horizontal: 'center' },
      }),
    );
    cells.push({
      row,
      col: options.length + 2,
      value: { formula: `COUNTBLANK(${status})` },
      style: { border: true, horizontal: 'center' },
    });
    const numerator =
      options
        .filter((o) => !o.nvt && (o.score ?? 0) > 0)
        .map((o) => `${o.score ?? 0}*SUMPRODUCT((${status}=${quote(labelOf(o, lang))})*${weight})`)
        .join('+') || '0';
    const notApplicable = options
      .filter((o) => o.nvt)
      .map((o) => `SUMPRODUCT((${status}=${quote(labelOf(o, lang))})*${weight})`)
      .join('-');
    const denominator = `SUM(${weight})${notApplicable ? `-${notApplicable}` : ''}`;
    numerators.push(numerator);
    denominators.push(denominator);
    cells.push({
      row,
      col: scoreCol,
      // "–" until the theme has an answer: a blank template shows no 0.0%.
      value: {
        formula: `IF(COUNTBLANK(${status})=ROWS(${status}),"${t.noAnswers}",IF((${denominator})=0,"${t.notApplicableScore}",(${numerator})/(${denominator})))`,
      },
      style: { bold: true, numFmt: '0.0%', border: true, horizontal: 'center' },
    });
    scoreCells.push(`${columnLetter(scoreCol)}${row}`);
  });

  const totalRow = SUMMARY_HEADER_ROW + 1 + layout.themeRanges.length;
  const first = scoreCells[0] ?? 'A1';
  const last = scoreCells[scoreCells.length - 1] ?? 'A1';
  // The theme cells hold unrounded fractions (only their format shows one decimal); the total is
  // computed from those and rounded once, to one decimal of a percentage, as the tool does.
  const overall =
    norm.scoring.methode === 'gemiddelde-themas'
      ? `IFERROR(ROUND(AVERAGE(${first}:${last}),3),"${t.notApplicableScore}")`
      : `IF((${denominators.join('+')})=0,"${t.notApplicableScore}",ROUND((${numerators.join('+')})/(${denominators.join('+')}),3))`;
  cells.push({ row: totalRow, col: 1, value: t.overall, style: { bold: true, fill: 'D9E1F2', border: true } });
  cells.push({
    row: totalRow,
    col: scoreCol,
    value: { formula: `IF(COUNTIF(${first}:${last},"${t.noAnswers}")=${scoreCells.length},"${t.noAnswers}",${overall})` },
    style: { bold: true, numFmt: '0.0%', fill: 'D9E1F2', border: true, horizontal: 'center' },
  });

  return {
    name: text.sheets.summary,
    columns: [{ width: 44 }, ...options.map(() => ({ width: 14 })), { width: 14 }, { width: 12 }],
    cells,
    rowHeights: { [SUMMARY_HEADER_ROW]: 30 },
    protect: true,
    landscape: true,
    fitToWidth: true,
  };
}
