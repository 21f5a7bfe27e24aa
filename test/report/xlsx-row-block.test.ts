import { describe, expect, it } from 'vitest';
import { renderReportXlsx } from '../../src/render/report/render-report-xlsx.js';
import type { CellSpec, CellStyle, RowValue, SheetSpec, WorkbookSpec } from '../../src/workbook/workbook-spec.js';
import { writeWorkbook } from '../../src/workbook/write-workbook.js';
import { sampleReport } from './sample-report.js';

/** The same workbook with each row block given to exceljs as cells, the way it was written before blocks. */
function asCells(spec: WorkbookSpec): WorkbookSpec {
  const sheets = spec.sheets.map((sheet): SheetSpec => {
    const block = sheet.rows;
    if (!block) return sheet;
    const cells: CellSpec[] = [...sheet.cells];
    block.values.forEach((values, r) =>
      values.forEach((value, c) => cells.push({ row: block.firstRow + r, col: c + 1, value, style: block.style(value, c) })),
    );
    const { rows: _rows, ...rest } = sheet;
    return { ...rest, cells };
  });
  return { ...spec, sheets };
}

const HEAD: CellStyle = { bold: true, fill: '1F4E79', border: true };
const TEXT: CellStyle = { border: true };
const WRAP: CellStyle = { border: true, wrap: true };
const NUMBER: CellStyle = { border: true, numFmt: '0.0' };
const ODD: CellStyle = { italic: true, color: '7F7F7F', border: true };

function blockSheet(values: RowValue[][], rowHeights: Record<number, number> = {}): SheetSpec {
  return {
    name: 'Lang',
    columns: [{ width: 12 }, { width: 20 }, { width: 10 }],
    cells: ['Naam', 'Toelichting', 'Getal'].map((value, i) => ({ row: 1, col: i + 1, value, style: HEAD })),
    rows: {
      firstRow: 2,
      values,
      style: (v, c) => (v === '–' ? ODD : typeof v === 'number' ? NUMBER : c === 1 ? WRAP : TEXT),
    },
    rowHeights: { 1: 32, ...rowHeights },
    freeze: { rows: 1, cols: 1 },
    autoFilter: `A1:C${values.length + 1}`,
    landscape: true,
    fitToWidth: true,
    printTitleRows: '1:1',
  };
}

function workbook(sheets: SheetSpec[]): WorkbookSpec {
  return { sheets, names: [], title: 't', creator: 'weerbaar test', custom: {}, timestamp: new Date('2026-03-01T10:00:00Z') };
}

const before: SheetSpec = {
  name: 'Eerst',
  columns: [{ width: 10 }],
  cells: [
    { row: 1, col: 1, value: 'gedeeld', style: TEXT },
    { row: 2, col: 1, value: 'Naam', style: { bold: true } },
  ],
};
const after: SheetSpec = {
  name: 'Daarna',
  columns: [{ width: 10 }, { width: 10 }],
  cells: [
    { row: 1, col: 1, value: 'alleen hier', style: { color: 'FF0000' } },
    { row: 1, col: 2, value: 'nieuw in het blok', style: TEXT },
    { row: 2, col: 1, value: { rich: [{ text: 'vet', bold: true }, { text: ' en niet' }] } },
    { row: 2, col: 2, value: 'gedeeld', style: TEXT },
    { row: 3, col: 1, value: 'ook alleen hier', style: WRAP },
  ],
};

describe('a row block in the workbook', () => {
  it('gives the bytes exceljs gives for the same cells: strings, styles, heights, sheets before and after', async () => {
    const values: RowValue[][] = [
      ['gedeeld', 'nieuw in het blok', 1.5],
      ['a < b & "c" \'d\'', ' spatie ervoor', null],
      ['', 'regel\ntwee', 0],
      ['–', null, -3],
      ['nieuw in het blok', 'gedeeld', 1e21],
    ];
    const spec = workbook([before, blockSheet(values, { 4: 29 }), after]);
    for (const stamp of ['report', undefined] as const) {
      const streamed = await writeWorkbook(spec, stamp ? { stamp } : {});
      const cells = await writeWorkbook(asCells(spec), stamp ? { stamp } : {});
      expect(Buffer.from(streamed).equals(Buffer.from(cells)), `stamp ${stamp}`).toBe(true);
    }
  });

  it('also as the only sheet, and with no rows at all', async () => {
    for (const values of [[['x', 'y', 2]], []] as RowValue[][][]) {
      const spec = workbook([blockSheet(values)]);
      expect(Buffer.from(await writeWorkbook(spec)).equals(Buffer.from(await writeWorkbook(asCells(spec))))).toBe(true);
    }
  });

  it('keeps rapportage.xlsx as exceljs wrote it cell by cell', async () => {
    const spec = renderReportXlsx(sampleReport());
    expect(spec.sheets.some((s) => s.rows && s.rows.values.length > 0)).toBe(true);
    const streamed = await writeWorkbook(spec, { stamp: 'report' });
    const cells = await writeWorkbook(asCells(spec), { stamp: 'report' });
    expect(Buffer.from(streamed).equals(Buffer.from(cells))).toBe(true);
  });

  it('refuses a cell inside the block', async () => {
    const sheet = blockSheet([['x', 'y', 1]]);
    sheet.cells.push({ row: 2, col: 1, value: 'in de weg' });
    await expect(writeWorkbook(workbook([sheet]))).rejects.toThrow(/row block/);
  });
});
