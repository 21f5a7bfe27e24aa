import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings/finding.js';
import { validateWorkbook, type ValidationContext } from '../../src/validate/validate-workbook.js';
import { REPO_ROOT } from '../helpers/run-cli.js';
import { sheetLinks } from '../helpers/sheet-links.js';
import { loadFixtureBuiltins, loadWorkbook, resolveName } from '../helpers/template-workbook.js';

/**
 * The Controle sheet against the tool, on files that LibreOffice has calculated
 * (test/fixtures/check/, made by test/fixtures/make_check_fixtures.py): the total behind
 * `nog_in_te_vullen` equals the number of required-input findings of `validate`, and every line
 * points at the principles and cells those findings name.
 */
const CHECK_DIR = path.join(REPO_ROOT, 'test', 'fixtures', 'check');
const REQUIRED_INPUT = new Set(['FRONT_MISSING', 'ORG_MISSING', 'STATUS_MISSING', 'REQUIRED_MISSING']);
const expected = JSON.parse(readFileSync(path.join(CHECK_DIR, 'expected.json'), 'utf8')) as Record<
  string,
  { remaining: number | null; why: string }
>;

let ctx: ValidationContext;
beforeAll(async () => {
  const b = await loadFixtureBuiltins();
  ctx = { norm: b.norm, registry: b.registry, fingerprint: b.fingerprint };
});

/** The calculated value of a cell (exceljs keeps a result of 0 only in `cell.result`). */
const result = (cell: ExcelJS.Cell): unknown => (cell.formula ? cell.result : cell.value);

interface SheetCount {
  total: unknown;
  ids: string[];
  frontCells: string[];
}

/** What the calculated Controle sheet says: the total, the listed principle ids, the front cells with a count. */
async function readCheck(bytes: Uint8Array): Promise<SheetCount> {
  const wb = await loadWorkbook(bytes);
  const total = resolveName(wb, 'nog_in_te_vullen');
  const ws = total.sheet;
  const links = sheetLinks(bytes, ws.name);
  const ids: string[] = [];
  const frontCells: string[] = [];
  for (let row = total.firstRow + 1; row <= ws.rowCount; row++) {
    const count = result(ws.getCell(row, 2));
    const listed = result(ws.getCell(row, 3));
    const link = links.get(`D${row}`);
    if (link === undefined) continue; // headings and the send line
    if (typeof listed === 'string' && listed !== '') ids.push(...listed.split(', '));
    const front = /^(?:Organisatie|Organisation)!([A-Z]+\d+)$/.exec(link);
    if (front && typeof count === 'number' && count > 0) frontCells.push(front[1]!);
  }
  return { total: result(ws.getCell(total.firstRow, total.firstCol)), ids: ids.sort(), frontCells: frontCells.sort() };
}

const required = (findings: Finding[]) => findings.filter((f) => REQUIRED_INPUT.has(f.code));

describe('the Controle sheet, calculated by LibreOffice (test/fixtures/check)', () => {
  it('expected.json lists every file, and the corpus and known gaps are there', () => {
    const files = readdirSync(CHECK_DIR)
      .filter((f) => f.endsWith('.xlsx'))
      .sort();
    expect(Object.keys(expected).sort()).toEqual(files);
    expect(files.filter((f) => f.startsWith('corpus-')).length).toBeGreaterThanOrEqual(25);
    expect(files.filter((f) => f.startsWith('gaps-')).length).toBeGreaterThanOrEqual(6);
  });

  it.each(Object.entries(expected))('%s: nog_in_te_vullen equals validate’s count of required inputs', async (file, e) => {
    const bytes = readFileSync(path.join(CHECK_DIR, file));
    const { findings } = await validateWorkbook(bytes, ctx);
    const open = required(findings);
    const sheet = await readCheck(bytes);
    expect(sheet.total, e.why).toBe(open.length);
    if (e.remaining !== null) expect(sheet.total, e.why).toBe(e.remaining);
    // Each line points where the tool points: principle ids, and the front cells.
    const ids = open.filter((f) => f.location.principle !== undefined).map((f) => f.location.principle!);
    expect(sheet.ids, e.why).toEqual(ids.sort());
    const cells = open.filter((f) => f.location.principle === undefined).map((f) => f.location.cell ?? '?');
    expect(sheet.frontCells, e.why).toEqual(cells.sort());
  });

  it('keeps its links through LibreOffice: every line goes to its front cell or to the theme’s first row', () => {
    const bytes = readFileSync(path.join(CHECK_DIR, 'gaps-blank.xlsx'));
    const links = [...sheetLinks(bytes, 'Controle').values()];
    expect(links).toHaveLength(5 + 18);
    expect(links.slice(0, 5)).toEqual(['Organisatie!B3', 'Organisatie!B4', 'Organisatie!B6', 'Organisatie!B7', 'Organisatie!B8']);
    expect(links[5]).toBe('Implementatieoverzicht!E4');
    const en = [...sheetLinks(readFileSync(path.join(CHECK_DIR, 'gaps-blank-en.xlsx')), 'Check').values()];
    expect(en[5]).toBe("'Implementation overview'!E4");
  });

  it('counts something: the blank returns and at least five others have open points', async () => {
    const totals = await Promise.all(
      Object.keys(expected).map(async (f) => (await readCheck(readFileSync(path.join(CHECK_DIR, f)))).total as number),
    );
    expect(totals.filter((n) => n > 0).length).toBeGreaterThanOrEqual(7);
    expect(totals.filter((n) => n === 0).length).toBeGreaterThanOrEqual(10);
  });

  it('says "Klaar om in te sturen" at zero and "Nog N punten" otherwise, as LibreOffice calculated it', async () => {
    const message = async (file: string) => {
      const wb = await loadWorkbook(readFileSync(path.join(CHECK_DIR, file)));
      const total = resolveName(wb, 'nog_in_te_vullen');
      return result(total.sheet.getCell(total.firstRow, total.firstCol + 1));
    };
    expect(await message('corpus-valid-openpyxl.xlsx')).toBe('Klaar om in te sturen');
    expect(await message('gaps-blank.xlsx')).toBe('Nog 46 punten');
    expect(await message('gaps-unknown.xlsx')).toBe('Nog 1 punt');
    expect(await message('gaps-blank-en.xlsx')).toBe('46 items left');
  });
});
