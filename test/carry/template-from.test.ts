import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { parse, stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readNormInputs } from '../../src/io/read-norm-files.js';
import { validateWorkbook } from '../../src/validate/validate-workbook.js';
import { fillTemplate } from '../helpers/fill-workbook.js';
import { REPO_ROOT, runCli } from '../helpers/run-cli.js';
import { cellText, colLetter, loadWorkbook, resolveName } from '../helpers/template-workbook.js';
import type { Report } from '../../src/report/report-model.js';
import { parseOutput } from '../helpers/output-schema.js';

const DIR = path.join(REPO_ROOT, 'test', 'fixtures', 'versions');
const NORM = path.join(DIR, 'norm-1.0.0.yaml');
const OLD_NORM = path.join(DIR, 'archief', 'noord-hollandse-norm-0.9.0.yaml');
const RETURNS = path.join(DIR, 'returns-0.9.0');

interface Answers {
  [file: string]: { front: Record<string, string | null>; answers: Record<string, Record<string, string | null>> };
}
const ANSWERS = JSON.parse(readFileSync(path.join(DIR, 'answers-0.9.0.json'), 'utf8')) as Answers;

/**
 * What the test norm did to 0.9.0 (written out here, independent of the code under test): the
 * principles of 1.0.0 whose answers carry over, with the old id they come from.
 */
const CARRIED: Record<string, string> = {};
for (const [theme, count] of [
  ['1', 7],
  ['2', 7],
  ['3', 3],
  ['4', 6],
  ['5', 7],
  ['6', 6],
] as const) {
  for (let i = 1; i <= count; i++) CARRIED[`${theme}.${i}`] = `${theme}.${i}`;
}
delete CARRIED['1.3']; // substantive change
CARRIED['3.5'] = '3.6'; // renumbered after the merge
CARRIED['3.6'] = '3.7';
const REVIEW: Record<string, string[]> = { '1.3': ['1.3'], '2.8': ['2.3'], '3.4': ['3.4', '3.5'] };
const NEW = ['5.8'];
const REMOVED = ['4.7'];
const FIELDS = ['status', 'toelichting', 'eigenaar', 'planning', 'prioriteit'];

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'weerbaar-carry-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const plain = (v: ExcelJS.CellValue): string => (v instanceof Date ? v.toISOString().slice(0, 10) : cellText(v));

/** Every cell of every sheet of `a`, as sheet!address → text. */
function allCells(wb: ExcelJS.Workbook, skip: string[] = []): Map<string, string> {
  const out = new Map<string, string>();
  wb.eachSheet((ws) => {
    if (skip.includes(ws.name)) return;
    ws.eachRow({ includeEmpty: true }, (row, r) =>
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        const v = plain(cell.value);
        if (v !== '') out.set(`${ws.name}!${colLetter(c)}${r}`, v);
      }),
    );
  });
  return out;
}

describe('weerbaar template --from: a 0.9.0 return carried into the 1.0.0 test norm', () => {
  const fresh = () => path.join(tmp, 'fresh-1.0.0.xlsx');
  beforeAll(() => {
    const r = runCli(['template', '--norm', NORM, '-o', fresh()]);
    expect(r.status).toBe(0);
  });

  for (const file of ['openpyxl-alkmaar.xlsx', 'libreoffice-haarlem.xlsx']) {
    it(`${file}: every cell of the result is the template's or the carried answer`, async () => {
      const out = path.join(tmp, `carried-${file}`);
      const run = runCli([
        'template',
        '--norm',
        NORM,
        '--from',
        path.join(RETURNS, file),
        '-o',
        out,
        '--meetmoment',
        'Voortgang 2027',
        '--format',
        'json',
      ]);
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      const report = JSON.parse(run.stdout) as {
        files: Array<{
          counts: Record<string, number>;
          principles: Array<{ id: string; outcome: string; was: string[] }>;
          removed: Array<{ id: string }>;
        }>;
      };
      expect(report.files[0]?.counts).toEqual({
        overgenomen: Object.keys(CARRIED).length,
        'opnieuw-bekijken': 3,
        nieuw: 1,
        vervallen: 1,
      });
      expect(report.files[0]?.removed.map((r) => r.id)).toEqual(REMOVED);

      const old = ANSWERS[file];
      if (!old) throw new Error(`no answers for ${file}`);
      const template = await loadWorkbook(readFileSync(fresh()));
      const result = await loadWorkbook(readFileSync(out));

      // What must differ from the blank template: the carried inputs and the "vorige meting" notes.
      const expected = allCells(template);
      const at = (wb: ExcelJS.Workbook, name: string, row?: number) => {
        const r = resolveName(wb, name);
        return `${r.sheet.name}!${colLetter(r.firstCol)}${row ?? r.firstRow}`;
      };
      for (const field of ['organisatie', 'invuller', 'functie', 'email']) {
        const v = old.front[field];
        if (v) expected.set(at(result, field), v);
      }
      expected.set(at(result, 'meetmoment'), 'Voortgang 2027');
      const nr = resolveName(result, 'nr');
      const rowOf = new Map<string, number>();
      for (let row = nr.firstRow; row <= nr.lastRow; row++) rowOf.set(plain(nr.sheet.getCell(row, nr.firstCol).value), row);
      for (const [id, from] of Object.entries(CARRIED)) {
        for (const field of FIELDS) {
          const v = old.answers[from]?.[field];
          if (v) expected.set(at(result, field, rowOf.get(id)), v);
        }
      }
      const evidence = new Map<string, string>();
      for (const id of Object.keys(REVIEW)) {
        const key = `${nr.sheet.name}!D${rowOf.get(id)}`;
        evidence.set(key, result.getWorksheet(nr.sheet.name)?.getCell(`D${rowOf.get(id)}`).text ?? '');
        expected.delete(key);
      }
      const got = allCells(result, ['Vorige meting']);
      for (const key of evidence.keys()) got.delete(key);
      expect(Object.fromEntries(got)).toEqual(Object.fromEntries(expected));

      // The rows that need a new look show the earlier answers under the norm's explanation.
      for (const [id, froms] of Object.entries(REVIEW)) {
        const text = evidence.get(`${nr.sheet.name}!D${rowOf.get(id)}`) ?? '';
        const before = plain(template.getWorksheet(nr.sheet.name)?.getCell(`D${rowOf.get(id)}`).value ?? null);
        expect(text.startsWith(before)).toBe(true);
        expect(text).toContain('Vorige meting');
        for (const f of froms) expect(text).toContain(`${f}: ${old.answers[f]?.status ?? ''}`);
      }
      for (const id of [...Object.keys(REVIEW), ...NEW])
        expect(
          result.getWorksheet(nr.sheet.name)?.getCell(`${colLetter(resolveName(result, 'status').firstCol)}${rowOf.get(id)}`)
            .value ?? null,
        ).toBeNull();

      // The Vorige meting sheet lists what to look at, what is new and what was removed.
      const sheet = result.getWorksheet('Vorige meting');
      expect(sheet).toBeDefined();
      const firstColumn: string[] = [];
      sheet?.eachRow((row) => firstColumn.push(plain(row.getCell(1).value)));
      for (const id of [...Object.keys(REVIEW), ...NEW, ...REMOVED]) expect(firstColumn).toContain(id);

      // Names, validations and protection are the template's own.
      expect(result.definedNames.model).toEqual(template.definedNames.model);
      for (const ws of template.worksheets) {
        const other = result.getWorksheet(ws.name);
        expect(other?.state).toBe(ws.state);
        const protection = (w: unknown) => (w as { sheetProtection?: unknown } | undefined)?.sheetProtection;
        expect(protection(other)).toEqual(protection(ws));
        expect((other as unknown as { dataValidations: { model: unknown } }).dataValidations.model).toEqual(
          (ws as unknown as { dataValidations: { model: unknown } }).dataValidations.model,
        );
      }
    });
  }

  it('the carried file, once the empty statuses and the date are filled, validates without errors', async () => {
    const out = path.join(tmp, 'carried-openpyxl-alkmaar.xlsx');
    if (!existsSync(out))
      expect(
        runCli([
          'template',
          '--norm',
          NORM,
          '--from',
          path.join(RETURNS, 'openpyxl-alkmaar.xlsx'),
          '-o',
          out,
          '--meetmoment',
          'Voortgang 2027',
        ]).status,
      ).toBe(0);
    const before = await check(readFileSync(out));
    expect(
      before
        .filter((f) => f.severity === 'error')
        .map((f) => `${f.code} ${f.location.principle ?? ''}`.trim())
        .sort(),
    ).toEqual(['FRONT_MISSING', 'STATUS_MISSING 1.3', 'STATUS_MISSING 2.8', 'STATUS_MISSING 3.4', 'STATUS_MISSING 5.8'].sort());
    const filled = await fillTemplate(new Uint8Array(readFileSync(out)), {
      front: { datum: new Date('2027-03-10T00:00:00Z') },
      answers: Object.fromEntries([...Object.keys(REVIEW), ...NEW].map((id) => [id, { status: 'Uitgevoerd' }])),
    });
    const after = await check(filled);
    expect(after.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('a folder gives one prefilled template per organisation, and never writes over one without --force', () => {
    const outDir = path.join(tmp, 'per-org');
    const run = runCli(['template', '--norm', NORM, '--from', RETURNS, '-o', outDir]);
    expect(run.status).toBe(0);
    expect(readdirSync(outDir).sort()).toEqual([
      'implementatieoverzicht-nh-weerbare-overheid-1.0.0-alkmaar.xlsx',
      'implementatieoverzicht-nh-weerbare-overheid-1.0.0-haarlem.xlsx',
    ]);
    const again = runCli(['template', '--norm', NORM, '--from', RETURNS, '-o', outDir]);
    expect(again.status).toBe(2);
    expect(runCli(['template', '--norm', NORM, '--from', RETURNS, '-o', outDir, '--force']).status).toBe(0);
  });

  it('a folder without -o is a usage error; a return whose version is not in the archive is refused', () => {
    expect(runCli(['template', '--norm', NORM, '--from', RETURNS]).status).toBe(2);
    // The same 1.0.0 norm without its links and without an archive: the way from 0.9.0 is unknown.
    const lonely = path.join(tmp, 'lonely');
    mkdirSync(lonely, { recursive: true });
    const copy = path.join(lonely, 'norm.yaml');
    const norm = parse(readFileSync(NORM, 'utf8')) as {
      vorige_versie?: string;
      vervallen?: unknown;
      themas: Array<{ uitgangspunten: Array<Record<string, unknown>> }>;
    };
    delete norm.vorige_versie;
    delete norm.vervallen;
    // Its registry, from the new folder.
    (norm as { register?: string }).register = path.relative(
      lonely,
      path.join(DIR, '..', '..', '..', 'norm', 'organisaties.yaml'),
    );
    for (const t of norm.themas)
      for (const p of t.uitgangspunten) {
        delete p.was;
        delete p.wijziging;
      }
    writeFileSync(copy, stringify(norm));
    const run = runCli([
      'template',
      '--norm',
      copy,
      '--from',
      path.join(RETURNS, 'openpyxl-alkmaar.xlsx'),
      '-o',
      path.join(lonely, 'x.xlsx'),
    ]);
    expect(run.status).toBe(1);
    expect(existsSync(path.join(lonely, 'x.xlsx'))).toBe(false);
  });
});

describe('validate, score and report with an archived version', () => {
  it('validate checks a 0.9.0 return against the archived 0.9.0 and says how to move on', () => {
    const run = runCli(['validate', '--norm', NORM, RETURNS, '--format', 'json']);
    expect(run.status).toBe(0);
    const out = parseOutput<{ files: Array<{ findings: Array<{ code: string; severity: string }> }> }>('validate', run.stdout);
    for (const f of out.files) {
      expect(f.findings.map((x) => x.code)).toContain('TEMPLATE_ARCHIVED_VERSION');
      expect(f.findings.filter((x) => x.severity === 'error')).toEqual([]);
    }
  });

  it('score scores a 0.9.0 return with its own version (theme 4 still has 4.7)', () => {
    const run = runCli(['score', '--norm', NORM, path.join(RETURNS, 'openpyxl-alkmaar.xlsx'), '--format', 'json']);
    expect(run.status).toBe(0);
    const out = parseOutput<{ results: Array<{ themes: Array<{ id: string; total: number }> }> }>('score', run.stdout);
    // 1.0.0 has 6 principles in theme 4 and 8 in theme 5; the 0.9.0 return is scored on its own 7 and 7.
    expect(out.results[0]?.themes.map((t) => t.total)).toEqual([7, 7, 7, 7, 7, 6]);
  });

  it('report --previous follows renumbered and split principles across versions and leaves out merged and new ones', async () => {
    const before = path.join(tmp, 'rapportage-2026');
    expect(runCli(['report', '--norm', OLD_NORM, RETURNS, '-o', before, '--jobs', '0']).status).toBe(0);

    // This year's returns: carried, the empty statuses filled, and 3.5 (was 3.6) now implemented.
    const returns = path.join(tmp, 'returns-2027');
    mkdirSync(returns, { recursive: true });
    for (const file of Object.keys(ANSWERS)) {
      const out = path.join(tmp, `y2027-${file}`);
      expect(
        runCli([
          'template',
          '--norm',
          NORM,
          '--from',
          path.join(RETURNS, file),
          '-o',
          out,
          '--meetmoment',
          'Voortgang 2027',
          '--force',
        ]).status,
      ).toBe(0);
      const filled = await fillTemplate(new Uint8Array(readFileSync(out)), {
        front: { datum: new Date('2027-03-10T00:00:00Z') },
        answers: {
          ...Object.fromEntries([...Object.keys(REVIEW), ...NEW].map((id) => [id, { status: 'Uitgevoerd' }])),
          '3.5': { status: 'Uitgevoerd' },
          '2.3': { status: 'Uitgevoerd' },
        },
      });
      writeFileSync(path.join(returns, file), filled);
    }
    const now = path.join(tmp, 'rapportage-2027');
    const run = runCli([
      'report',
      '--norm',
      NORM,
      returns,
      '-o',
      now,
      '--previous',
      path.join(before, 'rapportage.json'),
      '--jobs',
      '0',
    ]);
    expect(run.status).toBe(0);
    const report = parseOutput<Report>('report', readFileSync(path.join(now, 'rapportage.json'), 'utf8'));
    expect(report.organisations).toHaveLength(2);
    const changes = report.trend?.statusChanges ?? [];
    const alkmaar = changes.filter((c) => c.name === 'Alkmaar');
    // 3.5 of 1.0.0 is compared with 3.6 of 0.9.0 (In ontwikkeling → Uitgevoerd).
    expect(alkmaar.find((c) => c.principle === '3.5')).toEqual({
      code: 'GM0361',
      name: 'Alkmaar',
      principle: '3.5',
      previousPrinciple: '3.6',
      before: 'in-ontwikkeling',
      now: 'uitgevoerd',
    });
    // 2.8 (split off 2.3) is compared with 2.3 (Haarlem had it in progress); merged 3.4 and new 5.8 are left out.
    expect(changes.find((c) => c.name === 'Haarlem' && c.principle === '2.8')).toMatchObject({
      previousPrinciple: '2.3',
      before: 'in-ontwikkeling',
      now: 'uitgevoerd',
    });
    expect(changes.some((c) => c.principle === '3.4' || c.principle === '5.8')).toBe(false);
    expect(report.notes.some((n) => n.includes('3.5 ← 3.6') && n.includes('5.8'))).toBe(true);
  });
});

async function check(bytes: Uint8Array) {
  const { inputs } = await readNormInputs({ norm: NORM });
  if (!inputs) throw new Error('test norm does not load');
  return (await validateWorkbook(bytes, inputs)).findings;
}
