import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildTemplateBytes,
  cellText,
  columnValues,
  loadBuiltins,
  loadWorkbook,
  resolveName,
  type Builtins,
} from '../helpers/template-workbook.js';

/** The English template (`--lang en`): English sheets and labels, the same defined names as the Dutch one. */
let b: Builtins;
let en: ExcelJS.Workbook;
let nl: ExcelJS.Workbook;

beforeAll(async () => {
  b = await loadBuiltins();
  [en, nl] = await Promise.all([buildTemplateBytes(b, 'en').then(loadWorkbook), buildTemplateBytes(b, 'nl').then(loadWorkbook)]);
});

const names = (wb: ExcelJS.Workbook) =>
  (wb.definedNames.model as Array<{ name: string }>)
    .map((n) => n.name)
    .filter((n) => !n.startsWith('_xlnm.'))
    .sort();

describe('the English template', () => {
  it('has English sheet names in the same order and states', () => {
    expect(en.worksheets.map((ws) => [ws.name, ws.state])).toEqual([
      ['Instructions', 'visible'],
      ['Organisation', 'visible'],
      ['Implementation overview', 'visible'],
      ['Summary', 'visible'],
      ['Check', 'visible'],
      ['Lists', 'hidden'],
      ['Metadata', 'veryHidden'],
    ]);
  });

  it('has the same defined names as the Dutch template', () => {
    expect(names(en)).toEqual(names(nl));
    expect(names(en)).toEqual(
      expect.arrayContaining(['nr', 'uitgangspunt', 'status', 'lijst_status', 'organisatie', 'weerbaar_metadata']),
    );
  });

  it('resolves the names on the English sheets, over the same cells', () => {
    for (const name of names(en)) {
      const e = resolveName(en, name);
      const n = resolveName(nl, name);
      expect([e.firstRow, e.lastRow, e.firstCol, e.lastCol], name).toEqual([n.firstRow, n.lastRow, n.firstCol, n.lastCol]);
    }
    expect(resolveName(en, 'nr').sheet.name).toBe('Implementation overview');
    expect(columnValues(en, 'nr')).toEqual(columnValues(nl, 'nr'));
  });

  it('uses the English labels for the answer columns, the scale and the principles', () => {
    const nr = resolveName(en, 'nr');
    for (const field of b.norm.velden) {
      const col = resolveName(en, field.id).firstCol;
      expect(cellText(nr.sheet.getCell(nr.firstRow - 1, col).value)).toBe(field.label_en);
    }
    expect(columnValues(en, 'lijst_status')).toEqual(['Implemented', 'In progress', 'Missing', 'Not applicable']);
    expect(columnValues(en, 'lijst_prioriteit')).toEqual(['High', 'Medium', 'Low']);
    const first = b.norm.themas[0]!.uitgangspunten[0]!;
    expect(cellText(resolveName(en, 'uitgangspunt').sheet.getCell(nr.firstRow + 1, 3).value)).toBe(
      `${first.en?.titel}\n${first.en?.tekst}`,
    );
  });

  it('uses English validation messages and summary formulas on English labels', () => {
    const status = resolveName(en, 'status');
    const dv = status.sheet.getCell(status.firstRow + 1, status.firstCol).dataValidation;
    expect(dv).toMatchObject({ type: 'list', formulae: ['lijst_status'], showErrorMessage: true });
    expect(dv?.error).not.toBe(
      resolveName(nl, 'status').sheet.getCell(status.firstRow + 1, status.firstCol).dataValidation?.error,
    );
    const summary = en.getWorksheet('Summary')!;
    const v = summary.getCell(5, 2).value as { formula?: string };
    expect(v.formula).toMatch(/^COUNTIF\('Implementation overview'!\$E\$\d+:\$E\$\d+,"Implemented"\)$/);
  });

  it('records taal = en in the metadata', () => {
    const r = resolveName(en, 'weerbaar_metadata');
    const rows = Array.from({ length: r.lastRow - r.firstRow + 1 }, (_, i) => [
      cellText(r.sheet.getCell(r.firstRow + i, 1).value),
      cellText(r.sheet.getCell(r.firstRow + i, 2).value),
    ]);
    expect(Object.fromEntries(rows)).toMatchObject({ taal: 'en', norm_vingerafdruk: b.fingerprint });
  });
});
