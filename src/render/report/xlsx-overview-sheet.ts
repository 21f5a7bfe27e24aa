import type { GroupStats, Report } from '../../report/report-model.js';
import { columnLetter, type CellSpec, type ConditionalSpec, type SheetSpec } from '../../workbook/workbook-spec.js';
import { hasHiddenFigures, riecNames, sortedOrganisations, themeLabel } from './report-view.js';
import {
  cellText,
  FIRST_ROW,
  fitWidth,
  HEADER_ROW,
  HEADER_STYLE,
  headingCells,
  HIDDEN_STYLE,
  note,
  scoreScale,
  SHARED_WIDTHS,
  SUBHEADER_STYLE,
  textOf,
} from './xlsx-parts.js';

const SCORE_FORMAT = '0.0';
const STATS = ['n', 'median', 'mean', 'min', 'max'] as const;

interface Grid {
  /** Column of the first theme; the overall score follows the last theme. */
  themeCol: number;
  overallCol: number;
}

/**
 * Overzicht: organisations × themes plus overall with a colour scale, grouped by RIEC and
 * veiligheidsregio in the first columns (so the filter can select a group), and below it the
 * statistics per theme for the whole selection and per RIEC. With aggregateOnly only the statistics.
 */
export function overviewSheet(report: Report): SheetSpec {
  return report.scope.aggregateOnly ? aggregateSheet(report) : matrixSheet(report);
}

function matrixSheet(report: Report): SheetSpec {
  const t = textOf(report);
  const grid: Grid = { themeCol: 5, overallCol: 5 + report.themes.length };
  const levelCol = grid.overallCol + 1;
  const cells: CellSpec[] = [...headingCells(report)];
  const headers = [
    t.riec,
    t.region,
    t.code,
    t.organisation,
    ...report.themes.map((th) => themeLabel(report, th.id)),
    t.overall,
    t.level,
  ];
  headers.forEach((h, i) => cells.push({ row: HEADER_ROW, col: i + 1, value: cellText(h), style: HEADER_STYLE }));

  const orgs = sortedOrganisations(report);
  orgs.forEach((o, i) => {
    const row = FIRST_ROW + i;
    [o.riec, o.veiligheidsregio, o.code, o.name].forEach((v, c) =>
      cells.push({ row, col: c + 1, value: cellText(v), style: { border: true } }),
    );
    report.themes.forEach((th, c) => {
      const score = o.themes.find((s) => s.id === th.id)?.score ?? null;
      cells.push(scoreCell(row, grid.themeCol + c, score, t.na));
    });
    cells.push(scoreCell(row, grid.overallCol, o.overall.score, t.na, true));
    cells.push({ row, col: levelCol, value: cellText(o.overall.label), style: { border: true } });
  });
  const lastOrgRow = FIRST_ROW + orgs.length - 1;
  const conditionals: ConditionalSpec[] = orgs.length
    ? [scoreScale(`${columnLetter(grid.themeCol)}${FIRST_ROW}:${columnLetter(grid.overallCol)}${lastOrgRow}`)]
    : [];

  const stats = statsBlock(report, grid, Math.max(lastOrgRow, HEADER_ROW) + 2, 1, 2);
  const widths = [
    fitWidth({ header: t.riec, ...SHARED_WIDTHS.riec }, [
      ...orgs.map((o) => o.riec),
      t.group,
      t.wholeRegion,
      ...riecNames(report),
    ]),
    fitWidth({ header: t.region, ...SHARED_WIDTHS.region }, [...orgs.map((o) => o.veiligheidsregio), ...Object.values(t.stats)]),
    fitWidth(
      { header: t.code, ...SHARED_WIDTHS.code },
      orgs.map((o) => o.code),
    ),
    fitWidth(
      { header: t.organisation, min: 16, max: 32 },
      orgs.map((o) => o.name),
    ),
  ];
  return {
    name: t.sheets.overview,
    columns: [...widths.map((width) => ({ width })), ...themeWidths(report), { width: 10 }, { width: 20 }],
    cells: [...cells, ...stats.cells],
    rowHeights: { 1: 22, [HEADER_ROW]: 48, [stats.headerRow]: 48 },
    freeze: { rows: HEADER_ROW, cols: 4 },
    autoFilter: `A${HEADER_ROW}:${columnLetter(levelCol)}${Math.max(lastOrgRow, HEADER_ROW + 1)}`,
    conditionals: [...conditionals, ...stats.conditionals],
    landscape: true,
    fitToWidth: true,
    printTitleRows: `${HEADER_ROW}:${HEADER_ROW}`,
  };
}

function aggregateSheet(report: Report): SheetSpec {
  const t = textOf(report);
  const grid: Grid = { themeCol: 3, overallCol: 3 + report.themes.length };
  const block = statsBlock(report, grid, HEADER_ROW, 1, 2);
  return {
    name: t.sheets.overview,
    columns: [
      { width: fitWidth({ header: t.group, min: 18, max: 30 }, [t.wholeRegion, ...riecNames(report)]) },
      { width: 14 },
      ...themeWidths(report),
      { width: 10 },
    ],
    cells: [...headingCells(report), ...block.cells],
    rowHeights: { 1: 22, [HEADER_ROW]: 48 },
    freeze: { rows: HEADER_ROW, cols: 2 },
    autoFilter: `A${HEADER_ROW}:${columnLetter(grid.overallCol)}${block.lastRow}`,
    conditionals: block.conditionals,
    landscape: true,
    fitToWidth: true,
    printTitleRows: `${HEADER_ROW}:${HEADER_ROW}`,
  };
}

/** Wide enough for the longest word of the theme's name, since the header wraps between words. */
function themeWidths(report: Report): Array<{ width: number }> {
  return report.themes.map((th) => ({
    width: Math.min(
      24,
      Math.max(
        13,
        ...themeLabel(report, th.id)
          .split(/\s+/)
          .map((w) => w.length + 3),
      ),
    ),
  }));
}

function scoreCell(row: number, col: number, score: number | null, na: string, bold = false): CellSpec {
  return score === null
    ? { row, col, value: na, style: HIDDEN_STYLE }
    : { row, col, value: score, style: { numFmt: SCORE_FORMAT, horizontal: 'center', border: true, bold } };
}

/**
 * The statistics: one header row, then per group (all organisations, then each RIEC) the rows
 * n, median, mean, lowest, highest. The score rows of a group get the colour scale.
 */
function statsBlock(report: Report, grid: Grid, headerRow: number, groupCol: number, statCol: number) {
  const t = textOf(report);
  const cells: CellSpec[] = [];
  const conditionals: ConditionalSpec[] = [];
  const style = headerRow === HEADER_ROW ? HEADER_STYLE : SUBHEADER_STYLE;
  cells.push({ row: headerRow, col: groupCol, value: t.group, style });
  cells.push({ row: headerRow, col: statCol, value: t.statistic, style });
  for (let col = statCol + 1; col < grid.themeCol; col++) cells.push({ row: headerRow, col, value: null, style });
  report.themes.forEach((th, i) =>
    cells.push({ row: headerRow, col: grid.themeCol + i, value: cellText(themeLabel(report, th.id)), style }),
  );
  cells.push({ row: headerRow, col: grid.overallCol, value: t.overall, style });

  const groups: Array<{ name: string; theme: (id: string) => GroupStats | null; overall: GroupStats | null }> = [
    { name: t.wholeRegion, theme: (id) => report.themeStats.find((s) => s.id === id) ?? null, overall: report.overallStats },
    ...riecNames(report).map((riec) => ({
      name: riec,
      theme: (id: string) => report.themeStats.find((s) => s.id === id)?.byRiec[riec] ?? null,
      overall: null,
    })),
  ];
  let row = headerRow + 1;
  for (const g of groups) {
    for (const stat of STATS) {
      cells.push({ row, col: groupCol, value: cellText(g.name), style: { border: true, bold: stat === 'n' } });
      cells.push({ row, col: statCol, value: t.stats[stat], style: { border: true } });
      report.themes.forEach((th, i) => cells.push(statCell(row, grid.themeCol + i, g.theme(th.id), stat, t.hidden)));
      if (g.overall) cells.push(statCell(row, grid.overallCol, g.overall, stat, t.hidden));
      else cells.push({ row, col: grid.overallCol, value: null, style: { border: true } });
      row += 1;
    }
    // Rows median..max of this group: the four rows after n.
    conditionals.push(scoreScale(`${columnLetter(grid.themeCol)}${row - 4}:${columnLetter(grid.overallCol)}${row - 1}`));
  }
  const lastRow = row - 1;
  const notes = [...(hasHiddenFigures(report) ? [t.hiddenNote(report.scope.minGroup)] : []), ...report.notes];
  notes.forEach((n, i) => cells.push(note(lastRow + 2 + i, n)));
  return { cells, conditionals, headerRow, lastRow };
}

function statCell(row: number, col: number, stats: GroupStats | null, stat: (typeof STATS)[number], hidden: string): CellSpec {
  if (!stats) return { row, col, value: hidden, style: HIDDEN_STYLE };
  if (stat === 'n') return { row, col, value: stats.n, style: { horizontal: 'center', border: true, bold: true } };
  const v = stats[stat];
  return v === null
    ? { row, col, value: hidden, style: HIDDEN_STYLE }
    : { row, col, value: v, style: { numFmt: SCORE_FORMAT, horizontal: 'center', border: true } };
}
