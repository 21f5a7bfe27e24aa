import type ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { labelOf } from '../../src/norm/localise.js';
import {
  buildTemplateBytes,
  cellText,
  colLetter,
  columnValues,
  isLocked,
  loadBuiltins,
  loadWorkbook,
  resolveName,
  type Builtins,
} from '../helpers/template-workbook.js';

/** The Dutch template, built once from the built-in norm and read back with exceljs itself. */
let b: Builtins;
let bytes: Uint8Array;
let wb: ExcelJS.Workbook;

beforeAll(async () => {
  b = await loadBuiltins();
  bytes = await buildTemplateBytes(b, 'nl');
  wb = await loadWorkbook(bytes);
});

const sheet = (name: string): ExcelJS.Worksheet => {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
};

/** Rows of the overview with a principle id in `nr`, as [row, id]. */
function principleRows(): Array<[number, string]> {
  const nr = resolveName(wb, 'nr');
  return columnValues(wb, 'nr').flatMap((v, i) =>
    v === null || v === undefined ? [] : [[nr.firstRow + i, cellText(v)] as [number, string]],
  );
}

describe('sheets', () => {
  it('come in order with their states', () => {
    expect(wb.worksheets.map((ws) => [ws.name, ws.state])).toEqual([
      ['Toelichting', 'visible'],
      ['Organisatie', 'visible'],
      ['Implementatieoverzicht', 'visible'],
      ['Samenvatting', 'visible'],
      ['Controle', 'visible'],
      ['Lijsten', 'hidden'],
      ['Metadata', 'veryHidden'],
    ]);
  });

  it('are all protected', () => {
    // exceljs reads <sheetProtection> into a property its typings leave out.
    const protection = (ws: ExcelJS.Worksheet) =>
      (ws as ExcelJS.Worksheet & { sheetProtection?: { sheet?: boolean } }).sheetProtection;
    for (const ws of wb.worksheets) expect(protection(ws)?.sheet, ws.name).toBe(true);
  });
});

describe('the overview', () => {
  it('has one row per principle in norm order under `nr`, with an empty nr on each theme heading row', () => {
    const expected = b.norm.themas.flatMap((t) => [null, ...t.uitgangspunten.map((p) => p.id)]);
    expect(columnValues(wb, 'nr').map((v) => (v === null || v === undefined ? null : cellText(v)))).toEqual(expected);
  });

  it('names the theme on its heading row and on each principle row', () => {
    const nr = resolveName(wb, 'nr');
    const ws = nr.sheet;
    let row = nr.firstRow;
    for (const theme of b.norm.themas) {
      expect(cellText(ws.getCell(row, 2).value)).toContain(theme.naam);
      row++;
      for (const p of theme.uitgangspunten) {
        expect(cellText(ws.getCell(row, 2).value)).toBe(theme.naam);
        expect(cellText(ws.getCell(row, 3).value)).toBe(`${p.titel}\n${p.tekst}`);
        row++;
      }
    }
    expect(row - 1).toBe(nr.lastRow);
  });

  it('has the `uitgangspunt` name on the principle-text column, over the same rows as `nr`', () => {
    const nr = resolveName(wb, 'nr');
    const text = resolveName(wb, 'uitgangspunt');
    expect([text.sheet.name, text.firstRow, text.lastRow]).toEqual([nr.sheet.name, nr.firstRow, nr.lastRow]);
    for (const [row, id] of principleRows()) {
      const p = b.norm.themas.flatMap((t) => t.uitgangspunten).find((x) => x.id === id)!;
      expect(cellText(text.sheet.getCell(row, text.firstCol).value).startsWith(p.titel)).toBe(true);
    }
  });

  it('has list validations on status and prioriteit of every principle row, and none on heading rows', () => {
    for (const field of ['status', 'prioriteit']) {
      const range = resolveName(wb, field);
      const rows = new Set(principleRows().map(([r]) => r));
      for (let row = range.firstRow; row <= range.lastRow; row++) {
        const dv = range.sheet.getCell(row, range.firstCol).dataValidation;
        if (!rows.has(row)) {
          expect(dv, `${field} heading row ${row}`).toBeUndefined();
          continue;
        }
        expect(dv, `${field} row ${row}`).toMatchObject({
          type: 'list',
          formulae: [`lijst_${field}`],
          showErrorMessage: true,
          allowBlank: true,
        });
        expect(dv?.error).toBeTruthy();
      }
    }
  });

  it('has a date validation on every planning cell', () => {
    const planning = resolveName(wb, 'planning');
    for (const [row] of principleRows()) {
      const dv = planning.sheet.getCell(row, planning.firstCol).dataValidation;
      expect(dv).toMatchObject({ type: 'date', operator: 'between', showErrorMessage: true });
      expect((dv?.formulae as Date[]).map((d) => d.toISOString().slice(0, 10))).toEqual(['2000-01-01', '2100-12-31']);
    }
  });

  it('has its input cells unlocked and its ids, texts and weights locked', () => {
    const ws = sheet('Implementatieoverzicht');
    const inputCols = b.norm.velden.map((f) => resolveName(wb, f.id).firstCol);
    for (const [row] of principleRows()) {
      for (const col of inputCols) expect(isLocked(ws.getCell(row, col)), `${colLetter(col)}${row}`).toBe(false);
      for (const col of [1, 2, 3, 4, Math.max(...inputCols) + 1])
        expect(isLocked(ws.getCell(row, col)), `${colLetter(col)}${row}`).toBe(true);
    }
    expect(isLocked(ws.getCell(resolveName(wb, 'nr').firstRow, inputCols[0]))).toBe(true); // heading row
  });

  it('has the answer columns behind defined names over the same rows as `nr`, in field order', () => {
    const nr = resolveName(wb, 'nr');
    const cols = b.norm.velden.map((f) => {
      const r = resolveName(wb, f.id);
      expect([r.sheet.name, r.firstRow, r.lastRow, r.lastCol], f.id).toEqual([
        nr.sheet.name,
        nr.firstRow,
        nr.lastRow,
        r.firstCol,
      ]);
      expect(cellText(r.sheet.getCell(nr.firstRow - 1, r.firstCol).value), f.id).toBe(f.label);
      return r.firstCol;
    });
    expect(cols).toEqual([...cols].sort((x, y) => x - y));
  });
});

describe('the lists', () => {
  it('lijst_status holds the scale labels in order', () => {
    expect(columnValues(wb, 'lijst_status')).toEqual(b.norm.schaal.map((o) => labelOf(o, 'nl')));
    expect(resolveName(wb, 'lijst_status').sheet.name).toBe('Lijsten');
  });

  it('lijst_prioriteit and lijst_meetmoment hold their options', () => {
    const options = (id: string) =>
      (b.norm.velden.find((f) => f.id === id) ?? b.norm.voorblad.find((f) => f.id === id))!.opties!.map((o) => o.label);
    expect(columnValues(wb, 'lijst_prioriteit')).toEqual(options('prioriteit'));
    expect(columnValues(wb, 'lijst_meetmoment')).toEqual(options('meetmoment'));
  });

  it('the organisation list holds the 44 municipalities of the meetmoment years, the province and the werkorganisaties, not merged ones', () => {
    const names = columnValues(wb, 'lijst_organisatie').map(String);
    expect(names).toHaveLength(47);
    expect(new Set(names)).toEqual(
      new Set(b.registry.organisaties.filter((o) => o.geldig_tot === null || o.geldig_tot > '2025-01-01').map((o) => o.naam)),
    );
    // Wijdemeren merges into Hilversum on 1 January 2027, but still returns for 2025 and 2026.
    expect(names).toContain('Wijdemeren');
    expect(names).toContain('Werkorganisatie BUCH');
    expect(names).toContain('Provincie Noord-Holland');
    expect(names).toContain('Dijk en Waard');
    for (const gone of ['Beemster', 'Weesp', 'Heerhugowaard', 'Langedijk']) expect(names).not.toContain(gone);
    expect(names).toEqual([...names].sort((x, y) => x.localeCompare(y, 'nl')));
  });
});

describe('the front sheet', () => {
  it('has a defined name for each of the 8 front-matter fields, one input cell each', () => {
    expect(b.norm.voorblad.map((f) => f.id)).toEqual([
      'organisatie',
      'invuller',
      'functie',
      'email',
      'contact_uitwisseling',
      'email_uitwisseling',
      'datum',
      'meetmoment',
    ]);
    b.norm.voorblad.forEach((f, i) => {
      const r = resolveName(wb, f.id);
      expect([r.sheet.name, r.firstRow, r.lastRow, r.firstCol, r.lastCol], f.id).toEqual(['Organisatie', 3 + i, 3 + i, 2, 2]);
      expect(cellText(r.sheet.getCell(r.firstRow, 1).value).startsWith(f.label)).toBe(true);
      expect(isLocked(r.sheet.getCell(r.firstRow, 2)), f.id).toBe(false);
      expect(isLocked(r.sheet.getCell(r.firstRow, 1)), f.id).toBe(true);
    });
  });

  it('validates organisatie and meetmoment against their lists and datum as a date', () => {
    const dv = (name: string) => {
      const r = resolveName(wb, name);
      return r.sheet.getCell(r.firstRow, r.firstCol).dataValidation;
    };
    expect(dv('organisatie')).toMatchObject({ type: 'list', formulae: ['lijst_organisatie'], showErrorMessage: true });
    expect(dv('meetmoment')).toMatchObject({ type: 'list', formulae: ['lijst_meetmoment'], showErrorMessage: true });
    expect(dv('datum')).toMatchObject({ type: 'date', operator: 'between', showErrorMessage: true });
    expect((dv('datum')?.formulae as Date[]).map((d) => d.toISOString().slice(0, 10))).toEqual(['2000-01-01', '2100-12-31']);
    expect(dv('email')).toMatchObject({ type: 'custom', showErrorMessage: true });
  });
});

describe('identity', () => {
  const expectedMeta = () => ({
    sjabloonformaat: '1',
    norm_id: b.norm.id,
    norm_versie: b.norm.versie,
    norm_vingerafdruk: b.fingerprint,
    generator: b.generator,
    taal: 'nl',
  });

  it('the metadata sheet holds the key/value pairs behind `weerbaar_metadata`', () => {
    const r = resolveName(wb, 'weerbaar_metadata');
    expect(r.sheet.name).toBe('Metadata');
    const pairs: Record<string, string> = {};
    for (let row = r.firstRow; row <= r.lastRow; row++)
      pairs[cellText(r.sheet.getCell(row, r.firstCol).value)] = cellText(r.sheet.getCell(row, r.lastCol).value);
    expect(pairs).toEqual(expectedMeta());
    expect(b.generator).toMatch(/^weerbaar \d+\.\d+\.\d+/);
  });

  it('docProps/custom.xml holds the same pairs as weerbaar_* properties', async () => {
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file('docProps/custom.xml')?.async('string');
    expect(xml).toBeDefined();
    const props = Object.fromEntries(
      [...xml!.matchAll(/name="([^"]+)"><vt:lpwstr>([^<]*)<\/vt:lpwstr>/g)].map((m) => [m[1], m[2]]),
    );
    expect(props).toEqual(Object.fromEntries(Object.entries(expectedMeta()).map(([k, v]) => [`weerbaar_${k}`, v])));
    expect(await zip.file('[Content_Types].xml')?.async('string')).toContain('PartName="/docProps/custom.xml"');
    expect(await zip.file('_rels/.rels')?.async('string')).toContain('Target="docProps/custom.xml"');
  });

  it('the document properties name the norm and the generator', () => {
    expect(wb.creator).toBe(b.generator);
    expect(wb.title).toBe(`${b.norm.titel} ${b.norm.versie}`);
  });
});

describe('the summary', () => {
  const HEADER = 4;

  /** The status range of one theme on the overview, e.g. 'Implementatieoverzicht'!$E$4:$E$10. */
  function statusRange(themeId: string): string {
    const rows = principleRows()
      .filter(([, id]) => id.split('.')[0] === themeId)
      .map(([r]) => r);
    const col = colLetter(resolveName(wb, 'status').firstCol);
    return `'Implementatieoverzicht'!$${col}$${Math.min(...rows)}:$${col}$${Math.max(...rows)}`;
  }

  const formula = (v: ExcelJS.CellValue): string => (v && typeof v === 'object' && 'formula' in v ? (v.formula ?? '') : '');

  it('has a header with the scale labels, unanswered and score', () => {
    const ws = sheet('Samenvatting');
    const header = b.norm.schaal.map((o) => o.label);
    expect([2, 3, 4, 5].map((c) => cellText(ws.getCell(HEADER, c).value))).toEqual(header);
    expect(cellText(ws.getCell(HEADER, header.length + 3).value)).toBe('Score');
  });

  it('has one row per theme counting its status cells per option, and a score formula', () => {
    const ws = sheet('Samenvatting');
    const scoreCol = b.norm.schaal.length + 3;
    b.norm.themas.forEach((theme, i) => {
      const row = HEADER + 1 + i;
      const range = statusRange(theme.id);
      expect(cellText(ws.getCell(row, 1).value)).toBe(`${theme.id}. ${theme.naam}`);
      b.norm.schaal.forEach((o, j) => expect(formula(ws.getCell(row, 2 + j).value)).toBe(`COUNTIF(${range},"${o.label}")`));
      expect(formula(ws.getCell(row, b.norm.schaal.length + 2).value)).toBe(`COUNTBLANK(${range})`);
      const score = formula(ws.getCell(row, scoreCol).value);
      expect(score).toMatch(/^IF\(/);
      expect(score).toContain(`SUMPRODUCT((${range}="Uitgevoerd")*`);
      expect(score).toContain(`0.5*SUMPRODUCT((${range}="In ontwikkeling")*`);
      expect(score).toContain(`SUMPRODUCT((${range}="Niet van toepassing")*`); // nvt leaves the denominator
      expect(score).not.toContain('"Ontbreekt"'); // scores 0: adds nothing
    });
  });

  it('has an overall row averaging the theme scores', () => {
    const ws = sheet('Samenvatting');
    const scoreCol = colLetter(b.norm.schaal.length + 3);
    const row = HEADER + 1 + b.norm.themas.length;
    expect(cellText(ws.getCell(row, 1).value)).toBe('Totaal');
    expect(b.norm.scoring.methode).toBe('gemiddelde-themas');
    const themes = `${scoreCol}${HEADER + 1}:${scoreCol}${row - 1}`;
    expect(formula(ws.getCell(`${scoreCol}${row}`).value)).toBe(
      `IF(COUNTIF(${themes},"–")=${b.norm.themas.length},"–",IFERROR(ROUND(AVERAGE(${themes}),3),"n.v.t."))`,
    );
  });

  it('shows "–" instead of a score until a theme has an answer', () => {
    const ws = sheet('Samenvatting');
    const scoreCol = colLetter(b.norm.schaal.length + 3);
    for (let i = 0; i < b.norm.themas.length; i++) {
      expect(formula(ws.getCell(`${scoreCol}${HEADER + 1 + i}`).value)).toMatch(
        /^IF\(COUNTBLANK\('Implementatieoverzicht'!\$E\$\d+:\$E\$\d+\)=ROWS\([^)]*\),"–",IF\(/,
      );
    }
  });
});
