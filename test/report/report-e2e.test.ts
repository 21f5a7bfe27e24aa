import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { validInYear } from '../../src/norm/registry-time.js';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPORT_TEXT } from '../../src/i18n/report-text.js';
import { INTAKE_TEXT } from '../../src/i18n/intake-text.js';
import type { Organisation } from '../../src/norm/registry-schema.js';
import type { InputFile, Report } from '../../src/report/report-model.js';
import { scoreSubmission } from '../../src/score/score-submission.js';
import { validateWorkbook } from '../../src/validate/validate-workbook.js';
import { removeTempDirs, runCliOnFixtures, tempDir } from '../helpers/cli-run.js';
import { CORPUS_DIR, REAL_DIR, ReturnBuilder } from '../helpers/fill-workbook.js';
import type { CliRun } from '../helpers/run-cli.js';
import { cellText } from '../helpers/template-workbook.js';
import {
  externalReferences,
  parseCsv,
  readReportOutput,
  REPORT_FILES,
  round1,
  sha256Of,
  sheetTable,
  workbookTexts,
  type ReportOutput,
} from '../helpers/report-output.js';
import { parseOutput } from '../helpers/output-schema.js';

/**
 * `weerbaar report` end to end, on the built CLI (dist/): one mixed folder of returns (real
 * openpyxl and LibreOffice files, a duplicate, rejected files from the corpus, a lock file, a
 * hidden file and a return whose explanations look like formulas), then every output file read
 * back. Each describe block shares its report runs through beforeAll.
 */

const t = REPORT_TEXT.nl;
/** Explanations that a spreadsheet would run as a formula if written carelessly. */
const INJECTED: Record<string, string> = {
  '1.1': '=HYPERLINK("http://x")',
  '1.2': '+31 6 1234',
  '1.3': '-weinig',
  '1.4': '@team',
};

let builder: ReturnBuilder;
let root: string;
/** The mixed input folder and its files by role. */
let mixed: string;
const F = {} as Record<
  | 'alkmaarOpenpyxl'
  | 'alkmaarLibre'
  | 'haarlem'
  | 'zaanstad'
  | 'zandvoort'
  | 'random'
  | 'encrypted'
  | 'statusMissing'
  | 'lock'
  | 'hidden',
  string
>;
let principleCount: number;
let active: Organisation[];

const report = (args: string[]): CliRun => runCliOnFixtures(['report', ...args]);
const out = (name: string) => path.join(root, 'out', name);
const byFile = (r: Report, file: string): InputFile => {
  const f = r.inputs.find((i) => i.file === file);
  if (!f) throw new Error(`${file} is not among the inputs`);
  return f;
};
const sheet = (wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet => {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
};
const text = (cell: ExcelJS.Cell | undefined): string => cellText(cell?.value ?? null);

/** The submission and its scores, computed in this process from the file's bytes. */
async function scored(file: string) {
  const { norm, registry, fingerprint } = builder.builtins;
  const result = await validateWorkbook(new Uint8Array(readFileSync(file)), { norm, registry, fingerprint });
  if (!result.submission) throw new Error(`${file} did not read as a return`);
  return { submission: result.submission, score: scoreSubmission(norm, result.submission, 'nl') };
}

/** Fills the template for another organisation, as a municipality would (through the defined names). */
async function returnFor(
  name: string,
  email: string,
  changes: { answers?: Record<string, Record<string, string>> } = {},
): Promise<Uint8Array> {
  return builder.bytes({ front: { organisatie: name, email }, ...changes });
}

/**
 * Registry names that must not appear in an anonymised report: those of 5 characters or more
 * (shorter ones occur inside ordinary words), except names that are part of a RIEC or
 * veiligheidsregio name, which the report keeps (e.g. Amsterdam in RIEC Amsterdam-Amstelland).
 */
function registryNames(): string[] {
  const { registry } = builder.builtins;
  const groups = [...new Set(registry.organisaties.flatMap((org) => [org.riec ?? '', org.veiligheidsregio ?? '']))];
  return registry.organisaties.map((org) => org.naam).filter((n) => n.length >= 5 && !groups.some((g) => g.includes(n)));
}

/** "word in file" for each forbidden word (case ignored) in the raw text of the five files, the xlsx cell by cell and part by part. */
async function leaksIn(o: ReportOutput, forbidden: readonly string[]): Promise<string[]> {
  const { cells, parts } = await workbookTexts(o.xlsxBytes);
  const texts: Record<string, string> = {
    'rapportage.json': readFileSync(path.join(o.dir, 'rapportage.json'), 'utf8'),
    'rapportage.md': o.md,
    'rapportage.html': o.html,
    'rapportage.csv': o.csv,
    'rapportage.xlsx (cells)': cells.join('\n'),
    ...Object.fromEntries(Object.entries(parts).map(([name, xml]) => [`rapportage.xlsx ${name}`, xml])),
  };
  const leaks: string[] = [];
  for (const [where, body] of Object.entries(texts)) {
    const lower = body.toLowerCase();
    for (const word of forbidden) if (lower.includes(word.toLowerCase())) leaks.push(`${word} in ${where}`);
  }
  return leaks;
}

beforeAll(async () => {
  builder = await ReturnBuilder.create();
  principleCount = builder.builtins.norm.themas.reduce((n, th) => n + th.uitgangspunten.length, 0);
  active = builder.builtins.registry.organisaties.filter((o) => o.soort !== 'werkorganisatie' && validInYear(o, 2026));
  root = tempDir('weerbaar-report-e2e-');
  mixed = path.join(root, 'retouren');
  mkdirSync(path.join(mixed, 'afgekeurd'), { recursive: true });
  const copy = (from: string, to: string) => {
    copyFileSync(from, to);
    return to;
  };
  F.alkmaarOpenpyxl = copy(path.join(REAL_DIR, 'openpyxl-alkmaar.xlsx'), path.join(mixed, 'openpyxl-alkmaar.xlsx'));
  F.alkmaarLibre = copy(path.join(REAL_DIR, 'libreoffice-alkmaar.xlsx'), path.join(mixed, 'libreoffice-alkmaar.xlsx'));
  F.haarlem = copy(path.join(REAL_DIR, 'libreoffice-haarlem.xlsx'), path.join(mixed, 'libreoffice-haarlem.xlsx'));
  F.zaanstad = copy(path.join(REAL_DIR, 'openpyxl-zaanstad.xlsx'), path.join(mixed, 'openpyxl-zaanstad.xlsx'));
  F.random = copy(path.join(CORPUS_DIR, 'file-not-xlsx-random.xlsx'), path.join(mixed, 'afgekeurd', 'file-not-xlsx-random.xlsx'));
  F.encrypted = copy(path.join(CORPUS_DIR, 'file-encrypted.xlsx'), path.join(mixed, 'afgekeurd', 'file-encrypted.xlsx'));
  F.statusMissing = copy(path.join(CORPUS_DIR, 'status-missing.xlsx'), path.join(mixed, 'afgekeurd', 'status-missing.xlsx'));
  F.lock = copy(path.join(REAL_DIR, 'openpyxl-alkmaar.xlsx'), path.join(mixed, '~$x.xlsx'));
  F.hidden = copy(path.join(REAL_DIR, 'libreoffice-haarlem.xlsx'), path.join(mixed, '.verborgen-haarlem.xlsx'));
  F.zandvoort = path.join(mixed, 'zandvoort-retour.xlsx');
  writeFileSync(
    F.zandvoort,
    await returnFor('Zandvoort', 'ovv@zandvoort.nl', {
      answers: Object.fromEntries(Object.entries(INJECTED).map(([id, toelichting]) => [id, { toelichting }])),
    }),
  );
  // The two Alkmaar files have the same datum and the same answers (one is the other after a
  // LibreOffice round trip): one return, the other a noted duplicate. Which one is listed as
  // counting (the file saved last) changes no figure.
  utimesSync(F.alkmaarLibre, new Date('2026-03-16T09:00:00Z'), new Date('2026-03-16T09:00:00Z'));
  utimesSync(F.alkmaarOpenpyxl, new Date('2026-03-20T09:00:00Z'), new Date('2026-03-20T09:00:00Z'));
});

afterAll(() => removeTempDirs());

describe('weerbaar report on a mixed folder', () => {
  let run: CliRun;
  let o: ReportOutput;
  /** Organisation code → scores of the return that should count for it. */
  const expected = new Map<string, { file: string; score: Awaited<ReturnType<typeof scored>>['score'] }>();

  beforeAll(async () => {
    run = report([mixed, '-o', out('main')]);
    o = await readReportOutput(out('main'));
    for (const [code, file] of [
      ['GM0361', F.alkmaarOpenpyxl],
      ['GM0392', F.haarlem],
      ['GM0473', F.zandvoort],
    ] as const) {
      expected.set(code, { file, score: (await scored(file)).score });
    }
  });

  it('the filled Zandvoort return is valid, formula-like explanations and all', async () => {
    const result = await builder.validateBytes(new Uint8Array(readFileSync(F.zandvoort)));
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(result.submission?.organisation).toBe('GM0473');
    for (const [id, value] of Object.entries(INJECTED)) expect(result.submission?.answers[id]?.toelichting).toBe(value);
  });

  it('exits 0 and writes exactly the five files, no temporary file left behind', () => {
    expect(run.stderr).not.toMatch(/Error|at .*\.js:\d+/);
    expect(run.status).toBe(0);
    expect(readdirSync(out('main')).sort()).toEqual([...REPORT_FILES, 'organisaties'].sort());
  });

  it('reports progress on stderr, one line per file read, and keeps stdout for the summary', () => {
    const read = [F.alkmaarOpenpyxl, F.alkmaarLibre, F.haarlem, F.zaanstad, F.zandvoort, F.random, F.encrypted, F.statusMissing];
    expect(run.stderr).toMatch(new RegExp(`\\b${read.length}/${read.length}\\b`));
    for (const f of read) expect(run.stderr).toContain(path.basename(f));
    for (const f of read) expect(run.stdout).not.toContain(path.basename(f));
    expect(run.stdout).toContain('rapportage.xlsx');
  });

  describe('rapportage.json', () => {
    it('names the tool and the norm', () => {
      const { norm, fingerprint } = builder.builtins;
      expect(o.json.schemaVersion).toBe(1);
      expect(o.json.tool.name).toBe('weerbaar');
      expect(o.json.norm).toMatchObject({ id: norm.id, version: norm.versie, fingerprint });
      expect(o.json.scope).toMatchObject({
        riec: null,
        meetmoment: 'Voortgang 2026',
        anonymised: false,
        aggregateOnly: false,
        minGroup: 5,
      });
    });

    it('lists every file with its status: accepted, superseded, excluded, rejected, skipped', () => {
      const status = Object.fromEntries(o.json.inputs.map((i) => [i.file, [i.status, i.reason]]));
      expect(status).toEqual({
        [F.alkmaarOpenpyxl]: ['accepted', null],
        [F.alkmaarLibre]: ['superseded', 'duplicate'],
        [F.haarlem]: ['accepted', null],
        [F.zandvoort]: ['accepted', null],
        [F.zaanstad]: ['excluded', 'meetmoment'],
        [F.random]: ['rejected', null],
        [F.encrypted]: ['rejected', null],
        [F.statusMissing]: ['rejected', null],
        [F.lock]: ['skipped', 'lock'],
        [F.hidden]: ['skipped', 'hidden'],
      });
    });

    it('marks the Alkmaar duplicate (same datum, same answers) as one return with the other, noted', () => {
      const dup = byFile(o.json, F.alkmaarLibre);
      expect(dup.supersededBy).toBe(F.alkmaarOpenpyxl);
      expect(dup.organisation?.code).toBe('GM0361');
      expect(dup.datum).toBe(byFile(o.json, F.alkmaarOpenpyxl).datum);
      expect(byFile(o.json, F.alkmaarOpenpyxl).supersededBy).toBeNull();
      expect(o.json.organisations.find((org) => org.code === 'GM0361')?.file).toBe(F.alkmaarOpenpyxl);
      expect(dup.firstFindings.map((f) => f.code)).toContain('RETURN_DUPLICATE');
      expect(o.json.notes.join('\n')).toContain('RETURN_DUPLICATE');
    });

    it('gives each rejected file its error codes', () => {
      const codes = (file: string) => byFile(o.json, file).firstFindings.map((f) => f.code);
      expect(codes(F.random)).toContain('FILE_NOT_XLSX');
      expect(codes(F.encrypted)).toContain('FILE_ENCRYPTED');
      expect(codes(F.statusMissing)).toContain('STATUS_MISSING');
      for (const f of [F.random, F.encrypted, F.statusMissing]) expect(byFile(o.json, f).counts.error).toBeGreaterThan(0);
      expect(byFile(o.json, F.statusMissing).organisation?.code).toBe('GM0361');
    });

    it('records the real sha256 and size of every file read, and none for skipped files', () => {
      for (const input of o.json.inputs) {
        if (input.status === 'skipped') {
          expect(input.sha256, input.file).toBeNull();
          continue;
        }
        expect(input.sha256, input.file).toBe(sha256Of(input.file));
        expect(input.size, input.file).toBe(statSync(input.file).size);
      }
    });

    it('scores each accepted organisation exactly as scoreSubmission does for its return', () => {
      expect(o.json.organisations.map((org) => org.code).sort()).toEqual([...expected.keys()].sort());
      for (const org of o.json.organisations) {
        const want = expected.get(org.code);
        expect(org.file).toBe(want?.file);
        expect(org.overall).toEqual(want?.score.overall);
        expect(org.themes).toEqual(want?.score.themes.map((th) => ({ id: th.id, score: th.score, label: th.label })));
        expect(Object.keys(org.statuses)).toHaveLength(principleCount);
      }
    });

    it('counts as missing every registry organisation without an accepted return (45 minus accepted)', () => {
      expect(active).toHaveLength(45);
      expect(o.json.missing.count).toBe(45 - o.json.organisations.length);
      const present = new Set(o.json.organisations.map((org) => org.code));
      expect(o.json.missing.organisations.map((m) => m.code).sort()).toEqual(
        active
          .filter((a) => !present.has(a.code))
          .map((a) => a.code)
          .sort(),
      );
      // Zaanstad sent a return for another meetmoment: still missing for this one.
      expect(o.json.missing.organisations.map((m) => m.code)).toContain('GM0479');
    });

    it('holds one answer row per accepted organisation and principle, explanations as typed', () => {
      expect(o.json.answers).toHaveLength(principleCount * 3);
      for (const [id, value] of Object.entries(INJECTED)) {
        const row = o.json.answers.find((a) => a.code === 'GM0473' && a.principle.startsWith(`${id} `));
        expect(row?.values.toelichting).toBe(value);
      }
    });

    it('notes the file left out for another meetmoment', () => {
      expect(o.json.notes.join('\n')).toMatch(/ander meetmoment dan Voortgang 2026/);
    });
  });

  describe('rapportage.xlsx, read back with exceljs', () => {
    it('has the five sheets by name', () => {
      expect(o.wb.worksheets.map((ws) => ws.name)).toEqual([
        'Toelichting',
        t.sheets.principles,
        t.sheets.overview,
        t.sheets.missing,
        t.sheets.validation,
        t.sheets.data,
        INTAKE_TEXT.nl.sheet,
      ]);
    });

    it('Overzicht: one row per accepted organisation with its theme and overall scores', () => {
      const rows = sheetTable(sheet(o.wb, t.sheets.overview), 4);
      const orgRows = rows.filter((r) => /^(GM|PV)\d+$/.test(text(r.values[t.code])));
      expect(orgRows.map((r) => text(r.values[t.code])).sort()).toEqual([...expected.keys()].sort());
      for (const r of orgRows) {
        const code = text(r.values[t.code]);
        const want = expected.get(code)?.score;
        const registryName = builder.builtins.registry.organisaties.find((x) => x.code === code)?.naam;
        expect(text(r.values[t.organisation])).toBe(registryName);
        expect(text(r.values[t.riec])).toBe('RIEC Noord-Holland');
        for (const th of want?.themes ?? []) {
          const cell = r.values[`${th.id}. ${th.name}`];
          expect(cell?.value, `${code} theme ${th.id}`).toBe(th.score ?? t.na);
        }
        expect(r.values[t.overall]?.value).toBe(want?.overall.score);
        expect(text(r.values[t.level])).toBe(want?.overall.label);
      }
    });

    it('Ontbrekend: the registry organisations without a return', () => {
      const rows = sheetTable(sheet(o.wb, t.sheets.missing), 4);
      const present = new Set(expected.keys());
      expect(rows.map((r) => text(r.values[t.code])).sort()).toEqual(
        active
          .filter((a) => !present.has(a.code))
          .map((a) => a.code)
          .sort(),
      );
      const zandvoortRow = rows.find((r) => text(r.values[t.code]) === 'GM0473');
      expect(zandvoortRow).toBeUndefined();
      const den = rows.find((r) => text(r.values[t.code]) === 'GM0400');
      expect(text(den?.values[t.organisation])).toBe('Den Helder');
    });

    it('Validatie: every file with its status, the duplicate with the file that replaced it', () => {
      const rows = sheetTable(sheet(o.wb, t.sheets.validation), 4);
      const byName = new Map(rows.map((r) => [text(r.values[t.file]), r.values]));
      expect([...byName.keys()].sort()).toEqual(o.json.inputs.map((i) => i.file).sort());
      for (const input of o.json.inputs)
        expect(text(byName.get(input.file)?.[t.status]), input.file).toBe(t.statusWord[input.status]);
      expect(text(byName.get(F.alkmaarLibre)?.[t.supersededBy])).toBe(F.alkmaarOpenpyxl);
      expect(byName.get(F.statusMissing)?.[t.errors]?.value).toBe(3);
      expect(text(byName.get(F.statusMissing)?.[t.findings])).toContain('STATUS_MISSING');
      expect(text(byName.get(F.encrypted)?.[t.findings])).toContain('FILE_ENCRYPTED');
    });

    it('Gegevens: 41 rows per accepted organisation, header in row 1', () => {
      const rows = sheetTable(sheet(o.wb, t.sheets.data), 1);
      expect(principleCount).toBe(41);
      for (const code of expected.keys())
        expect(
          rows.filter((r) => text(r.values[t.data.code]) === code),
          code,
        ).toHaveLength(41);
      expect(rows).toHaveLength(41 * expected.size);
    });

    it('Gegevens: explanations starting with = + - @ are string values, never formulas', async () => {
      const rows = sheetTable(sheet(o.wb, t.sheets.data), 1);
      for (const [id, value] of Object.entries(INJECTED)) {
        const row = rows.find(
          (r) => text(r.values[t.data.code]) === 'GM0473' && text(r.values[t.data.principle]).startsWith(`${id} `),
        );
        const cell = row?.values['Toelichting'];
        expect(cell?.type, id).toBe(ExcelJS.ValueType.String);
        expect(cell?.value, id).toBe(value);
        expect(cell?.formula, id).toBeUndefined();
      }
      // And in the file itself: no cell of any sheet carries a formula element.
      const { parts } = await workbookTexts(o.xlsxBytes);
      for (const [name, xml] of Object.entries(parts))
        if (name.startsWith('xl/worksheets/')) expect(xml, name).not.toMatch(/<f[\s>]/);
    });
  });

  describe('rapportage.csv', () => {
    it('starts with a BOM, separates with ; and ends lines with CRLF', () => {
      expect(o.csv.startsWith('\uFEFF')).toBe(true);
      const header = o.csv.slice(1).split('\r\n')[0];
      expect(header).toBe(
        'organisatie;code;riec;veiligheidsregio;meetmoment;thema;uitgangspunt;status;toelichting;eigenaar;planning;prioriteit',
      );
      const rows = parseCsv(o.csv.slice(1), ';');
      expect(rows).toHaveLength(1 + 41 * 3);
      for (const r of rows) expect(r).toHaveLength(12);
    });

    it('escapes the formula-like explanations with an apostrophe, and every other cell is safe too', () => {
      const rows = parseCsv(o.csv.slice(1), ';');
      const zandvoort = rows.filter((r) => r[1] === 'GM0473');
      for (const [id, value] of Object.entries(INJECTED)) {
        const row = zandvoort.find((r) => (r[6] ?? '').startsWith(`${id} `));
        expect(row?.[8], id).toBe(`'${value}`);
      }
      expect(o.csv).toContain(`"'=HYPERLINK(""http://x"")"`);
      expect(o.csv).toContain(";'+31 6 1234;");
      expect(o.csv).toContain(";'-weinig;");
      expect(o.csv).toContain(";'@team;");
      for (const r of rows) for (const cell of r) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    });
  });

  describe('rapportage.html', () => {
    it('the URL check itself finds external references', () => {
      expect(
        externalReferences('<img src="https://x.nl/a.png"><a href=//cdn.x/y>y</a><p style="background:url( \'http://t/z\')">'),
      ).toHaveLength(3);
      expect(externalReferences('<svg xmlns="http://www.w3.org/2000/svg"><a href="#top">x</a></svg>')).toEqual([]);
    });

    it('is self-contained: no external src, href or url(), no script, inline style and SVG', () => {
      expect(externalReferences(o.html)).toEqual([]);
      expect(o.html).not.toMatch(/<script/i);
      expect(o.html).not.toMatch(/<link\b/i);
      expect(o.html).not.toMatch(/<iframe|<object|<embed/i);
      expect(o.html).toMatch(/<style>/);
      expect(o.html).toMatch(/<svg\b/);
    });

    it('names the accepted organisations and leaves nothing from the returns unescaped', () => {
      for (const name of ['Alkmaar', 'Haarlem', 'Zandvoort']) expect(o.html).toContain(name);
      expect(o.html).not.toContain('=HYPERLINK("');
    });
  });

  describe('rapportage.md', () => {
    it('mentions every rejected file and the counts', () => {
      for (const f of [F.random, F.encrypted, F.statusMissing]) expect(o.md).toContain(f);
      expect(o.md).toMatch(/3 afgekeurd/);
      expect(o.md).toMatch(/42 zonder goedgekeurde inzending/);
      expect(o.md).toContain('FILE_ENCRYPTED');
    });
  });
});

describe('exit codes and options', () => {
  it('--fail-on-rejected exits 1 when a file was rejected, and still writes the report', () => {
    const r = report([mixed, '-o', out('fail'), '--fail-on-rejected']);
    expect(r.status).toBe(1);
    expect(readdirSync(out('fail')).sort()).toEqual([...REPORT_FILES, 'organisaties'].sort());
  });

  it('--fail-on-rejected exits 0 when nothing was rejected', () => {
    const r = report([F.haarlem, F.zandvoort, '-o', out('fail-none'), '--fail-on-rejected']);
    expect(r.status).toBe(0);
  });

  it('a missing path exits 2 and writes nothing', () => {
    const r = report([path.join(root, 'bestaat-niet'), '-o', out('missing-path')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('bestaat-niet');
    expect(existsSync(out('missing-path'))).toBe(false);
  });

  it('an unknown --riec exits 2 and lists the RIECs of the registry', () => {
    const r = report([mixed, '-o', out('bad-riec'), '--riec', 'RIEC Friesland']);
    expect(r.status).toBe(2);
    for (const riec of ['RIEC Amsterdam-Amstelland', 'RIEC Midden-Nederland', 'RIEC Noord-Holland'])
      expect(r.stderr).toContain(riec);
    expect(existsSync(out('bad-riec'))).toBe(false);
  });

  it('a JSON file that is not a rapportage.json as --previous exits 2', () => {
    const foreign = path.join(root, 'vreemd.json');
    writeFileSync(foreign, JSON.stringify({ name: 'iets anders', organisations: [{ code: 1 }] }));
    const r = report([mixed, '-o', out('bad-previous'), '--previous', foreign]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('vreemd.json');
    const notJson = path.join(root, 'geen.json');
    writeFileSync(notJson, 'dit is geen JSON {');
    expect(report([mixed, '-o', out('bad-previous'), '--previous', notJson]).status).toBe(2);
    expect(report([mixed, '-o', out('bad-previous'), '--previous', path.join(root, 'nergens.json')]).status).toBe(2);
  });

  describe('--riec "RIEC Amsterdam-Amstelland"', () => {
    let o: ReportOutput;
    let run: CliRun;
    beforeAll(async () => {
      run = report([mixed, '-o', out('riec'), '--riec', 'RIEC Amsterdam-Amstelland']);
      o = await readReportOutput(out('riec'));
    });

    it('limits Ontbrekend to the 6 municipalities of that RIEC', () => {
      expect(run.status).toBe(0);
      const six = active
        .filter((a) => a.riec === 'RIEC Amsterdam-Amstelland')
        .map((a) => a.code)
        .sort();
      expect(six).toHaveLength(6);
      expect(o.json.missing.count).toBe(6);
      expect(o.json.missing.organisations.map((m) => m.code).sort()).toEqual(six);
      const rows = sheetTable(sheet(o.wb, t.sheets.missing), 4);
      expect(rows.map((r) => text(r.values[t.code])).sort()).toEqual(six);
    });

    it('leaves the returns from other RIECs out, as excluded for the RIEC', () => {
      expect(o.json.scope.riec).toBe('RIEC Amsterdam-Amstelland');
      expect(o.json.organisations).toEqual([]);
      for (const f of [F.alkmaarOpenpyxl, F.haarlem, F.zandvoort])
        expect(byFile(o.json, f)).toMatchObject({ status: 'excluded', reason: 'riec' });
      expect(o.json.notes.join('\n')).toContain('RIEC Amsterdam-Amstelland');
    });
  });
});

describe('year over year with --previous', () => {
  let prevReturns: string;
  let prev: ReportOutput;
  let now: ReportOutput;
  let nowRun: CliRun;

  beforeAll(async () => {
    prevReturns = path.join(root, 'nulmeting');
    const s = runCliOnFixtures(['sample', '-o', prevReturns, '--count', '32', '--seed', '11', '--meetmoment', 'Nulmeting 2025']);
    if (s.status !== 0) throw new Error(`sample failed: ${s.stderr}`);
    const p = report([prevReturns, '-o', out('prev')]);
    if (p.status !== 0) throw new Error(`previous report failed: ${p.stderr}`);
    prev = await readReportOutput(out('prev'));
    nowRun = report([mixed, '-o', out('trend'), '--previous', path.join(out('prev'), 'rapportage.json'), '--min-group', '1']);
    now = await readReportOutput(out('trend'));
  });

  it('the previous report is for Nulmeting 2025 and has the organisations of the current one', () => {
    expect(prev.json.scope.meetmoment).toBe('Nulmeting 2025');
    const before = new Set(prev.json.organisations.map((org) => org.code));
    for (const code of ['GM0361', 'GM0392', 'GM0473']) expect(before.has(code), code).toBe(true);
  });

  it('has a trend with the previous report named', () => {
    expect(nowRun.status).toBe(0);
    expect(now.json.trend).not.toBeNull();
    expect(now.json.trend?.previous).toMatchObject({
      meetmoment: 'Nulmeting 2025',
      generatedAt: prev.json.generatedAt,
      file: path.join(out('prev'), 'rapportage.json'),
    });
  });

  it('gives per organisation and theme the difference of the scores', () => {
    const trend = now.json.trend;
    const both = now.json.organisations.filter((org) => prev.json.organisations.some((p) => p.code === org.code));
    expect(trend?.organisations.map((x) => x.code).sort()).toEqual(both.map((org) => org.code).sort());
    for (const org of both) {
      const before = prev.json.organisations.find((p) => p.code === org.code);
      const tr = trend?.organisations.find((x) => x.code === org.code);
      expect(tr?.previousCodes).toEqual([org.code]);
      const delta = (b: number | null | undefined, n: number | null) =>
        b === null || b === undefined || n === null ? null : round1(n - b);
      expect(tr?.overall).toEqual({
        before: before?.overall.score,
        now: org.overall.score,
        delta: delta(before?.overall.score, org.overall.score),
      });
      for (const th of org.themes) {
        const b = before?.themes.find((x) => x.id === th.id)?.score ?? null;
        expect(
          tr?.themes.find((x) => x.id === th.id),
          `${org.code} theme ${th.id}`,
        ).toEqual({ id: th.id, before: b, now: th.score, delta: delta(b, th.score) });
      }
    }
    // Real changes, not all zero: the sample and the real returns differ.
    expect(trend?.organisations.some((x) => x.overall.delta !== 0)).toBe(true);
  });

  it('lists per principle exactly the statuses that changed', () => {
    const changes = now.json.trend?.statusChanges ?? [];
    const expectedChanges = now.json.organisations.flatMap((org) => {
      const before = prev.json.organisations.find((p) => p.code === org.code);
      if (!before) return [];
      return Object.entries(org.statuses)
        .filter(([id, s]) => (before.statuses[id] ?? null) !== s)
        .map(([id, s]) => ({ code: org.code, name: org.name, principle: id, before: before.statuses[id] ?? null, now: s }));
    });
    expect(expectedChanges.length).toBeGreaterThan(0);
    const key = (c: { code: string; principle: string }) => `${c.code} ${c.principle}`;
    expect([...changes].sort((a, b) => key(a).localeCompare(key(b)))).toEqual(
      expectedChanges.sort((a, b) => key(a).localeCompare(key(b))),
    );
  });

  it('gives per theme the change of the regional mean', () => {
    const themes = now.json.trend?.themes ?? [];
    expect(themes.map((x) => x.id)).toEqual(now.json.themes.map((x) => x.id));
    for (const th of themes) {
      const b = prev.json.themeStats.find((s) => s.id === th.id)?.mean ?? null;
      const n = now.json.themeStats.find((s) => s.id === th.id)?.mean ?? null;
      expect(b, th.id).not.toBeNull();
      expect(n, th.id).not.toBeNull();
      expect(th).toEqual({ id: th.id, before: b, now: n, delta: b === null || n === null ? null : round1(n - b) });
    }
  });

  it('shows the trend in the markdown and the HTML', () => {
    expect(now.md).toContain(t.trendTitle);
    expect(now.html).toContain(t.trendTitle);
    expect(externalReferences(now.html)).toEqual([]);
  });

  describe('a merger: Heerhugowaard and Langedijk became Dijk en Waard', () => {
    let merged: ReportOutput;
    let mergedRun: CliRun;
    let heerhugowaard: Report['organisations'][number];
    let langedijk: Report['organisations'][number];
    let haarlem: Report['organisations'][number] | undefined;
    let oldFile: string;
    let dir: string;

    beforeAll(async () => {
      // A rapportage.json from before the merger: two real organisation results, renamed.
      const old = JSON.parse(JSON.stringify(prev.json)) as Report;
      const [a, b] = old.organisations.filter((org) => org.code !== 'GM1980' && org.overall.score !== null);
      if (!a || !b) throw new Error('the previous report has too few organisations');
      heerhugowaard = { ...a, code: 'GM0398', name: 'Heerhugowaard' };
      langedijk = { ...b, code: 'GM0416', name: 'Langedijk' };
      haarlem = old.organisations.find((org) => org.code === 'GM0392');
      if (!haarlem) throw new Error('no Haarlem in the previous report');
      old.organisations = [heerhugowaard, langedijk, haarlem];
      oldFile = path.join(root, 'voor-de-fusie.json');
      writeFileSync(oldFile, JSON.stringify(old, null, 2));
      dir = path.join(root, 'dijk-en-waard');
      mkdirSync(dir);
      writeFileSync(path.join(dir, 'dijk-en-waard.xlsx'), await returnFor('Dijk en Waard', 'weerbaarheid@dijkenwaard.nl'));
      mergedRun = report([dir, '-o', out('merger'), '--previous', oldFile, '--min-group', '1']);
      merged = await readReportOutput(out('merger'));
    });

    it('maps both former codes to GM1980, with the mean of their scores as before', () => {
      expect(mergedRun.status).toBe(0);
      expect(merged.json.organisations.map((org) => org.code)).toEqual(['GM1980']);
      const tr = merged.json.trend?.organisations ?? [];
      expect(tr).toHaveLength(1);
      expect(tr[0]?.code).toBe('GM1980');
      expect([...(tr[0]?.previousCodes ?? [])].sort()).toEqual(['GM0398', 'GM0416']);
      const mean = (x: number | null, y: number | null) => (x === null || y === null ? null : round1((x + y) / 2));
      const nowOrg = merged.json.organisations[0];
      expect(tr[0]?.overall.before).toBe(mean(heerhugowaard.overall.score, langedijk.overall.score));
      expect(tr[0]?.overall.now).toBe(nowOrg?.overall.score);
      for (const th of tr[0]?.themes ?? []) {
        const score = (org: typeof heerhugowaard) => org.themes.find((x) => x.id === th.id)?.score ?? null;
        expect(th.before, `theme ${th.id}`).toBe(mean(score(heerhugowaard), score(langedijk)));
      }
    });

    it('gives no status changes per principle for the merged organisation, and says why', () => {
      expect(merged.json.trend?.statusChanges).toEqual([]);
      const note = merged.json.notes.find((n) => n.includes('Dijk en Waard'));
      expect(note).toContain('Heerhugowaard');
      expect(note).toContain('Langedijk');
    });

    describe('with --anonymise against a previous report that is not anonymised', () => {
      let anon: ReportOutput;
      let anonRun: CliRun;
      beforeAll(async () => {
        anonRun = report([
          dir,
          F.haarlem,
          '-o',
          out('merger-anon'),
          '--previous',
          oldFile,
          '--min-group',
          '1',
          '--anonymise',
          '--salt',
          's1',
        ]);
        anon = await readReportOutput(out('merger-anon'));
      });

      it('still matches the organisations of both years', () => {
        expect(anonRun.status).toBe(0);
        expect(anon.json.trend?.organisations).toHaveLength(2);
        for (const tr of anon.json.trend?.organisations ?? []) expect(tr.code).toMatch(/^ORG-[0-9A-F]{8}$/);
        const h = anon.json.trend?.organisations.find((x) => x.previousCodes.length === 1);
        expect(h?.overall.before).toBe(haarlem?.overall.score);
      });

      // previousCodes, the merger note and the previous file's path come from the previous report:
      // they must be pseudonymised too (this leaked GM0398, Heerhugowaard, ... before build-trend.ts
      // mapped them).
      it("leaks no code or name of this year or the previous one, nor the previous file's folder", async () => {
        const forbidden = [
          'GM0392',
          'GM1980',
          'GM0398',
          'GM0416',
          'Haarlem',
          'Dijk en Waard',
          'Heerhugowaard',
          'Langedijk',
          root,
        ];
        expect(await leaksIn(anon, forbidden)).toEqual([]);
      });
    });
  });
});

describe('--anonymise', () => {
  let a1: ReportOutput;
  let a2: ReportOutput;
  let a3: ReportOutput;

  beforeAll(async () => {
    const anonymised = async (name: string, salt: string) => {
      // --min-group 1: every RIEC group shows its rows (smaller groups leave them out, see organisation-pages.test.ts).
      const r = report([mixed, '-o', out(name), '--anonymise', '--salt', salt, '--min-group', '1']);
      if (r.status !== 0) throw new Error(`anonymised report failed: ${r.stderr}`);
      return readReportOutput(out(name));
    };
    a1 = await anonymised('anon-1', 's1');
    a2 = await anonymised('anon-2', 's1');
    a3 = await anonymised('anon-3', 's2');
  });

  const pseudonyms = (r: Report) => [...r.organisations.map((org) => org.code), ...r.missing.organisations.map((m) => m.code)];

  it('replaces codes and names by ORG-XXXXXXXX pseudonyms, the same for the same salt', () => {
    expect(a1.json.scope.anonymised).toBe(true);
    expect(a1.json.organisations).toHaveLength(3);
    for (const org of a1.json.organisations) {
      expect(org.code).toMatch(/^ORG-[0-9A-F]{8}$/);
      expect(org.name).toBe(org.code);
    }
    for (const m of a1.json.missing.organisations) expect(m.code).toMatch(/^ORG-[0-9A-F]{8}$/);
    expect(pseudonyms(a2.json)).toEqual(pseudonyms(a1.json));
    expect(new Set(pseudonyms(a1.json)).size).toBe(45);
  });

  it('gives other pseudonyms with another salt', () => {
    const one = new Set(pseudonyms(a1.json));
    expect(pseudonyms(a3.json).filter((p) => one.has(p))).toEqual([]);
  });

  it('keeps the figures: the same scores as without --anonymise', async () => {
    const plain = await readReportOutput(out('main'));
    const scores = (r: Report) => r.organisations.map((org) => org.overall.score).sort();
    expect(scores(a1.json)).toEqual(scores(plain.json));
    expect(a1.json.missing.count).toBe(plain.json.missing.count);
  });

  it('leaves no organisation name or code, nor any input file name, in any of the five files', async () => {
    const names = registryNames();
    for (const must of ['Alkmaar', 'Haarlem', 'Zaanstad', 'Zandvoort']) expect(names).toContain(must);
    const fileNames = Object.values(F).flatMap((f) => [path.basename(f), path.basename(f, '.xlsx')]);
    const forbidden = [...builder.builtins.registry.organisaties.map((org) => org.code), ...names, ...fileNames, mixed, root];
    expect(await leaksIn(a1, forbidden)).toEqual([]);
    expect(await leaksIn(a3, forbidden)).toEqual([]);
    // The check does find them where they belong: in the report without --anonymise.
    const plain = await leaksIn(await readReportOutput(out('main')), forbidden);
    for (const word of [
      'Alkmaar in rapportage.csv',
      'GM0473 in rapportage.html',
      'Zandvoort in rapportage.xlsx (cells)',
      'file-encrypted in rapportage.md',
    ])
      expect(plain).toContain(word);
  });

  it('still lists the files, under neutral names', () => {
    expect(a1.json.inputs).toHaveLength(10);
    for (const input of a1.json.inputs) expect(input.file).toMatch(/^bestand-\d{3}$/);
    expect(a1.json.inputs.filter((i) => i.status === 'superseded').map((i) => i.supersededBy)).toEqual([
      a1.json.inputs.find((i) => i.status === 'accepted' && i.datum === '2026-03-15' && i.sha256 === sha256Of(F.alkmaarOpenpyxl))
        ?.file,
    ]);
  });
});

describe('--aggregate-only', () => {
  let agg: ReportOutput;
  let agg50: ReportOutput;
  let source: string;

  beforeAll(async () => {
    source = path.join(root, 'steekproef');
    const s = runCliOnFixtures(['sample', '-o', source, '--count', '20', '--seed', '5']);
    if (s.status !== 0) throw new Error(`sample failed: ${s.stderr}`);
    for (const [name, extra] of [
      ['agg', []],
      ['agg-50', ['--min-group', '50']],
    ] as const) {
      const r = report([source, '-o', out(name), '--aggregate-only', ...extra]);
      if (r.status !== 0) throw new Error(`aggregate report failed: ${r.stderr}`);
    }
    [agg, agg50] = await Promise.all([readReportOutput(out('agg')), readReportOutput(out('agg-50'))]);
  });

  it('has no per-organisation rows: no organisations, answers or missing names in the JSON', () => {
    for (const o of [agg, agg50]) {
      expect(o.json.scope.aggregateOnly).toBe(true);
      expect(o.json.organisations).toEqual([]);
      expect(o.json.answers).toEqual([]);
      expect(o.json.missing.organisations).toEqual([]);
      expect(o.json.missing.count).toBeGreaterThan(0);
      for (const input of o.json.inputs) expect(input.organisation).toBeNull();
    }
  });

  it('has no Gegevens sheet and no organisation on Overzicht (or anywhere in the workbook)', async () => {
    expect(agg.wb.worksheets.map((ws) => ws.name)).toEqual([
      'Toelichting',
      t.sheets.principles,
      t.sheets.overview,
      t.sheets.missing,
      t.sheets.validation,
    ]);
    const forbidden = [...builder.builtins.registry.organisaties.map((org) => org.code), ...registryNames(), source];
    expect(await leaksIn(agg, forbidden)).toEqual([]);
    expect(await leaksIn(agg50, forbidden)).toEqual([]);
  });

  it('shows the statistics for a large enough group, with a decimal comma in the CSV', () => {
    expect(agg.json.themeStats.every((s) => s.median !== null && s.n >= 5)).toBe(true);
    expect(agg.json.overallStats.median).not.toBeNull();
    expect(agg.csv.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(agg.csv.slice(1), ';');
    const pct = rows[0]?.indexOf('voldoet_pct') ?? -1;
    expect(pct).toBeGreaterThan(0);
    const shares = rows.slice(1).map((r) => r[pct] ?? '');
    expect(shares.length).toBe(41);
    for (const s of shares) expect(s).toMatch(/^\d+(,\d)?$/);
    expect(shares.some((s) => s.includes(','))).toBe(true);
  });

  it('with --min-group 50 hides the statistics: null in the JSON, – in the workbook', () => {
    for (const s of agg50.json.themeStats) expect([s.median, s.mean, s.min, s.max]).toEqual([null, null, null, null]);
    expect(agg50.json.overallStats.median).toBeNull();
    for (const p of agg50.json.principles) {
      expect(p.meetsShare).toBeNull();
      expect(p.counts).toBeNull();
    }
    const ws = sheet(agg50.wb, t.sheets.overview);
    const rows = sheetTable(ws, 4);
    const median = rows.find((r) => text(r.values[t.group]) === t.wholeRegion && text(r.values[t.statistic]) === t.stats.median);
    expect(median).toBeDefined();
    for (const th of agg50.json.themes) expect(text(median?.values[`${th.id}. ${th.name}`]), th.id).toBe(t.hidden);
    // Same sheet without the limit: real numbers.
    const full = sheetTable(sheet(agg.wb, t.sheets.overview), 4).find(
      (r) => text(r.values[t.group]) === t.wholeRegion && text(r.values[t.statistic]) === t.stats.median,
    );
    for (const th of agg.json.themes) expect(typeof full?.values[`${th.id}. ${th.name}`]?.value, th.id).toBe('number');
  });
});

describe('robustness', () => {
  it('a folder with only bad files still writes all five outputs, everything rejected', async () => {
    const dir = path.join(root, 'alleen-fouten');
    mkdirSync(dir);
    for (const f of [
      'file-not-xlsx-random.xlsx',
      'file-encrypted.xlsx',
      'status-missing.xlsx',
      'file-corrupt-zip.xlsx',
      'file-empty.xlsx',
    ]) {
      copyFileSync(path.join(CORPUS_DIR, f), path.join(dir, f));
    }
    const r = report([dir, '-o', out('bad-only')]);
    expect(r.status).toBe(0);
    expect(readdirSync(out('bad-only')).sort()).toEqual([...REPORT_FILES].sort());
    const o = await readReportOutput(out('bad-only'));
    expect(o.json.inputs).toHaveLength(5);
    for (const i of o.json.inputs) expect(i.status, i.file).toBe('rejected');
    expect(o.json.organisations).toEqual([]);
    expect(o.json.missing.count).toBe(45);
    expect(o.wb.worksheets).toHaveLength(7);
    expect(sheetTable(sheet(o.wb, t.sheets.validation), 4)).toHaveLength(5);
    expect(externalReferences(o.html)).toEqual([]);
  });

  it('writes into an existing output folder without leaving temporary files', () => {
    for (const files of [[F.haarlem, F.zandvoort], [F.haarlem]]) expect(report([...files, '-o', out('rewrite')]).status).toBe(0);
    const o = parseOutput<Report>('report', readFileSync(out('rewrite/rapportage.json'), 'utf8'));
    expect(o.organisations.map((org) => org.code)).toEqual(['GM0392']);
    const left = readdirSync(out('rewrite'));
    expect(left.filter((n) => n.endsWith('.tmp') || n.startsWith('.'))).toEqual([]);
    expect(left.sort()).toEqual([...REPORT_FILES, 'organisaties'].sort());
    // The page of the organisation left out of the second run is gone: no stale page for a council.
    expect(readdirSync(out('rewrite/organisaties'))).toEqual(['GM0392-haarlem.html']);
  });
});
