import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
// saxes is exceljs's own XML parser (exceljs is pinned at 4.4.0): a strict, conforming parser.
import { SaxesParser } from 'saxes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FindingCode } from '../../src/findings/codes.js';
import { DEFAULT_MEMORY_MB } from '../../src/io/validate-files.js';
import { removeTempDirs, runCliOnFixtures, tempDir, transcript } from '../helpers/cli-run.js';
import { CORPUS_DIR, REAL_DIR, ReturnBuilder } from '../helpers/fill-workbook.js';
import { REPO_ROOT } from '../helpers/run-cli.js';
import { parseOutput } from '../helpers/output-schema.js';
import { cellText } from '../helpers/template-workbook.js';

/**
 * `weerbaar validate` end to end: the built CLI (dist/, `npm run build`) on folders of returns made
 * once in beforeAll: a valid return, one with a few errors and a warning-only one.
 */
interface JsonFinding {
  code: FindingCode;
  severity: 'error' | 'warning' | 'info';
  message: string;
  sheet: string | null;
  cell: string | null;
  principle: string | null;
}
interface JsonFile {
  file: string;
  ok: boolean;
  skipped?: string;
  organisation: { code: string; name: string } | null;
  counts: { error: number; warning: number; info: number };
  findings: JsonFinding[];
  omitted: Array<{ code: FindingCode; severity: string; count: number }>;
}
interface JsonReport {
  schemaVersion: number;
  tool: { name: string; version: string };
  norm: { id: string; version: string; fingerprint: string };
  files: JsonFile[];
}

let root: string;
/** root/retouren: geldig.xlsx (valid) and fouten.xlsx (three errors and a warning). */
const RETURNS = 'retouren';
let warningOnly: string;
let fingerprint: string;

beforeAll(async () => {
  const b = await ReturnBuilder.create();
  fingerprint = b.builtins.fingerprint;
  root = tempDir();
  mkdirSync(path.join(root, RETURNS));
  copyFileSync(path.join(REAL_DIR, 'openpyxl-alkmaar.xlsx'), path.join(root, RETURNS, 'geldig.xlsx'));
  const [errors, warning] = await Promise.all([
    b.bytes({
      front: { email: 'coordinator alkmaar.nl' },
      answers: { '1.3': { status: null }, '1.7': { toelichting: null }, '2.2': { status: 'in ontwikkeling' } },
    }),
    b.bytes({ answers: { '1.1': { status: 'uitgevoerd' } } }),
  ]);
  writeFileSync(path.join(root, RETURNS, 'fouten.xlsx'), errors);
  warningOnly = path.join(root, 'waarschuwing.xlsx');
  writeFileSync(warningOnly, warning);
});
afterAll(removeTempDirs);

const validate = (args: string[], env?: NodeJS.ProcessEnv) =>
  runCliOnFixtures(['validate', ...args], { cwd: root, ...(env ? { env } : {}) });
const json = (stdout: string) => parseOutput<JsonReport>('validate', stdout);
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('exit codes', () => {
  it('0 when every file passes', () => {
    const run = validate([path.join(RETURNS, 'geldig.xlsx'), path.join(REAL_DIR, 'libreoffice-haarlem.xlsx')]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('1 when any file fails', () => {
    expect(validate([RETURNS]).status).toBe(1);
  });

  it('0 for warnings, 1 for the same warnings with --strict', () => {
    expect(validate([warningOnly]).status).toBe(0);
    const strict = validate([warningOnly, '--strict', '--format', 'json']);
    expect(strict.status).toBe(1);
    const f = json(strict.stdout).files[0];
    expect([f?.ok, f?.counts, f?.findings.map((x) => [x.code, x.severity])]).toEqual([
      false,
      { error: 1, warning: 0, info: 0 },
      [['VALUE_NORMALISED', 'error']],
    ]);
  });

  it.each([
    ['a path that does not exist', ['bestaat-niet.xlsx'], /bestaat-niet\.xlsx/],
    ['a glob that matches nothing', ['retouren/*.ods'], /\*\.ods/],
    ['an unknown option', [RETURNS, '--bogus'], /--bogus/],
    ['an unknown --format', [RETURNS, '--format', 'xml'], /xml/],
    ['an unknown --lang', [RETURNS, '--lang', 'de'], /de/],
    ['no path at all', [], /./],
  ])('2 for %s, with a message and no stack trace', (_, args, message) => {
    const run = validate(args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });
});

describe('--format json', () => {
  let report: JsonReport;
  beforeAll(() => {
    const run = validate([RETURNS, '--format', 'json']);
    expect(run.status).toBe(1);
    report = json(run.stdout);
  });

  it('has the documented top level', () => {
    expect(report).toMatchObject({
      schemaVersion: 1,
      tool: { name: 'weerbaar', version: expect.stringMatching(/^\d+\.\d+\.\d+/) },
      norm: { id: 'nh-weerbare-overheid', version: '0.9.0', fingerprint },
    });
    expect(report.norm.fingerprint).toMatch(/^[0-9a-f]{64}$/);
  });

  it('has one entry per file with the documented fields', () => {
    expect(report.files.map((f) => f.file)).toEqual([path.join(RETURNS, 'fouten.xlsx'), path.join(RETURNS, 'geldig.xlsx')]);
    for (const f of report.files) {
      expect(Object.keys(f).sort()).toEqual(['counts', 'file', 'findings', 'ok', 'omitted', 'organisation']);
      expect(f.omitted).toEqual([]);
      expect(f.organisation).toEqual({ code: 'GM0361', name: 'Alkmaar' });
      expect(Object.keys(f.counts).sort()).toEqual(['error', 'info', 'warning']);
      for (const x of f.findings) {
        expect(x).toMatchObject({
          code: expect.any(String),
          severity: expect.stringMatching(/^(error|warning|info)$/),
          message: expect.any(String),
        });
        for (const k of ['sheet', 'cell', 'principle'] as const) expect(k in x, k).toBe(true);
      }
    }
  });

  it('reports the errors of the bad return with their cells, and counts them', () => {
    const [bad, good] = report.files;
    expect([good?.ok, good?.findings]).toEqual([true, []]);
    expect(bad?.ok).toBe(false);
    expect(bad?.findings.map((x) => [x.code, x.severity, x.sheet, x.cell, x.principle])).toEqual(
      expect.arrayContaining([
        ['EMAIL_INVALID', 'error', 'Organisatie', 'B6', null],
        ['STATUS_MISSING', 'error', 'Implementatieoverzicht', expect.stringMatching(/^E\d+$/), '1.3'],
        ['REQUIRED_MISSING', 'error', 'Implementatieoverzicht', expect.stringMatching(/^F\d+$/), '1.7'],
        ['VALUE_NORMALISED', 'warning', 'Implementatieoverzicht', expect.stringMatching(/^E\d+$/), '2.2'],
      ]),
    );
    expect(bad?.counts).toEqual({ error: 3, warning: 1, info: 0 });
    expect(bad?.findings.every((x) => x.message.length > 0 && !x.message.includes('undefined'))).toBe(true);
  });
});

describe('--format junit', () => {
  it('is well-formed XML with one testcase per file and a failure per error', () => {
    const run = validate([RETURNS, path.join(CORPUS_DIR, 'file-empty.xlsx'), '--format', 'junit']);
    expect(run.status).toBe(1);
    const cases: Array<{ name: string; failures: string[] }> = [];
    const parser = new SaxesParser();
    parser.on('opentag', (tag) => {
      if (tag.name === 'testcase') cases.push({ name: String(tag.attributes.name), failures: [] });
      if (tag.name === 'failure') cases.at(-1)?.failures.push(String(tag.attributes.type));
    });
    parser.write(run.stdout).close(); // throws on any well-formedness error
    expect(cases.map((c) => c.name)).toEqual([
      path.join(CORPUS_DIR, 'file-empty.xlsx'),
      path.join(RETURNS, 'fouten.xlsx'),
      path.join(RETURNS, 'geldig.xlsx'),
    ]);
    expect(cases.map((c) => c.failures.sort())).toEqual([
      ['FILE_EMPTY'],
      ['EMAIL_INVALID', 'REQUIRED_MISSING', 'STATUS_MISSING'],
      [],
    ]);
  });
});

describe('--format github', () => {
  it('gives one workflow command per finding; errors start with ::error file=', () => {
    const run = validate([RETURNS, '--format', 'github']);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    for (const line of lines) expect(line).toMatch(/^::(error|warning|notice) file=[^,\n]+,title=[A-Z_]+[^:\n]*::\S/);
    expect(lines.filter((l) => l.startsWith(`::error file=${path.join(RETURNS, 'fouten.xlsx')},title=`))).toHaveLength(3);
    expect(lines.filter((l) => l.startsWith('::warning file='))).toHaveLength(1);
  });
});

describe('--format markdown', () => {
  it('has a heading, a table of files and the findings per failed file', () => {
    const run = validate([RETURNS, '--format', 'markdown']);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toMatch(/^## /);
    const header = lines.findIndex((l) => /^\| .+ \|$/.test(l));
    expect(header).toBeGreaterThan(0);
    expect(lines[header + 1]).toMatch(/^\|(---\|)+$/);
    expect(lines.slice(header + 2, header + 4)).toEqual([
      expect.stringContaining('fouten.xlsx'),
      expect.stringContaining('geldig.xlsx'),
    ]);
    expect(run.stdout).toContain('`STATUS_MISSING`');
  });
});

describe('the table output', () => {
  it('matches the snapshot (colour off)', () => {
    const run = validate([RETURNS]);
    expect(run.stdout).not.toMatch(/\u001b\[/);
    expect(transcript(`weerbaar validate ${RETURNS}`, run)).toMatchSnapshot();
  });

  it('--lang en gives English', () => {
    const run = validate([RETURNS, '--lang', 'en']);
    expect(run.stdout).toContain('is not a valid e-mail address');
    expect(run.stdout).toMatch(/\baccepted\b/);
    expect(run.stdout).not.toContain('goedgekeurd');
    const jsonRun = validate([RETURNS, '--lang', 'en', '--format', 'json']);
    const messages = json(jsonRun.stdout).files.flatMap((f) => f.findings.map((x) => x.message));
    expect(messages.find((m) => m.includes('has no status'))).toBeDefined();
  });
});

describe('robustness', () => {
  it('skips a lock file and a hidden file with a note; they do not fail the run', () => {
    const dir = path.join(tempDir(), 'map');
    mkdirSync(dir);
    copyFileSync(path.join(REAL_DIR, 'openpyxl-zaanstad.xlsx'), path.join(dir, 'zaanstad.xlsx'));
    writeFileSync(path.join(dir, '~$zaanstad.xlsx'), 'lock');
    writeFileSync(path.join(dir, '.verborgen.xlsx'), 'hidden');
    const table = runCliOnFixtures(['validate', dir]);
    expect(table.status).toBe(0);
    expect(table.stdout).toMatch(/~\$zaanstad\.xlsx: Overgeslagen: tijdelijk vergrendelbestand van Office/);
    expect(table.stdout).toMatch(/\.verborgen\.xlsx: Overgeslagen: verborgen bestand/);
    const report = json(runCliOnFixtures(['validate', dir, '--format', 'json']).stdout);
    expect(report.files.map((f) => [path.basename(f.file), f.ok, f.skipped ?? null])).toEqual([
      ['.verborgen.xlsx', true, 'hidden'],
      ['zaanstad.xlsx', true, null],
      ['~$zaanstad.xlsx', true, 'lock'],
    ]);
  });

  it('one bad file does not stop the others', () => {
    const dir = tempDir();
    copyFileSync(path.join(REAL_DIR, 'openpyxl-alkmaar.xlsx'), path.join(dir, 'a.xlsx'));
    // deterministic "random" bytes
    writeFileSync(path.join(dir, 'b.xlsx'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 251)));
    const whole = readFileSync(path.join(REAL_DIR, 'openpyxl-alkmaar.xlsx'));
    writeFileSync(path.join(dir, 'c.xlsx'), whole.subarray(0, whole.length >> 1)); // cut off while copying
    copyFileSync(path.join(REAL_DIR, 'libreoffice-haarlem.xlsx'), path.join(dir, 'd.xlsx'));
    const run = runCliOnFixtures(['validate', dir, '--format', 'json']);
    expect(run.status).toBe(1);
    expect(json(run.stdout).files.map((f) => [path.basename(f.file), f.ok, f.findings.map((x) => x.code)])).toEqual([
      ['a.xlsx', true, []],
      ['b.xlsx', false, ['FILE_NOT_XLSX']],
      ['c.xlsx', false, ['FILE_CORRUPT_ZIP']],
      ['d.xlsx', true, []],
    ]);
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });

  it('the whole corpus: exit 1 and never a stack trace', () => {
    const run = runCliOnFixtures(['validate', 'test/fixtures/corpus']);
    expect(run.status).toBe(1);
    expect(run.stderr).not.toMatch(/^ {4}at /m);
    expect(run.stdout).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    const files = readdirSync(CORPUS_DIR).filter((f) => /\.(xlsx?|xlsm)$/.test(f));
    // Our own outputs in the corpus are listed as skipped, outside the count of files read.
    const ownOutputs = files.filter((f) => /^own-output-(report|feedback)\.xlsx$/.test(f)).length;
    expect(run.stdout).toContain(`${files.length - ownOutputs} bestanden`);
    // ... and so is every file that is no spreadsheet (expected.json), never dropped silently.
    const foreign = readdirSync(CORPUS_DIR).filter((f) => !/\.(xlsx?|xlsm|ods)$/.test(f)).length;
    expect(run.stdout).toContain(`${ownOutputs + foreign} overgeslagen`);
  });
});

describe('--feedback DIR', () => {
  let out: string;
  let input: string;
  let before: Record<string, string>;
  let run: ReturnType<typeof validate>;
  beforeAll(() => {
    out = path.join(root, 'terugkoppeling');
    input = path.join(root, 'feedback-in');
    mkdirSync(input);
    copyFileSync(path.join(root, RETURNS, 'fouten.xlsx'), path.join(input, 'fouten.xlsx'));
    copyFileSync(path.join(REAL_DIR, 'libreoffice-alkmaar.xlsx'), path.join(input, 'geldig.xlsx'));
    copyFileSync(path.join(CORPUS_DIR, 'file-not-xlsx-pdf.xlsx'), path.join(input, 'pdf.xlsx'));
    before = Object.fromEntries(readdirSync(input).map((f) => [f, sha256(path.join(input, f))]));
    run = validate([input, '--feedback', out, '--format', 'json']);
  });

  it('writes one copy per readable file with findings; none for a clean or an unreadable file', () => {
    expect(run.status).toBe(1);
    expect(readdirSync(out).sort()).toEqual(['fouten-bevindingen.xlsx']);
    expect(run.stderr).toContain('pdf.xlsx');
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });

  it('never changes the originals', () => {
    expect(Object.fromEntries(readdirSync(input).map((f) => [f, sha256(path.join(input, f))]))).toEqual(before);
  });

  it('adds a Bevindingen sheet listing every finding, and marks each problem cell with a border and hatching', async () => {
    const findings = json(run.stdout).files.find((f) => f.file.endsWith('fouten.xlsx'))?.findings ?? [];
    expect(findings).toHaveLength(4);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(path.join(out, 'fouten-bevindingen.xlsx')) as unknown as ExcelJS.Buffer);
    const list = wb.getWorksheet('Bevindingen');
    expect(list).toBeDefined();
    const rows: string[][] = [];
    let inList = false;
    list!.eachRow((row) => {
      const values = (row.values as ExcelJS.CellValue[]).slice(1).map((v) => cellText(v));
      if (inList) rows.push(values);
      if (values[0] === 'Ernst') inList = true;
    });
    // Fewer than three of a kind: one row per finding, the code in the last column.
    expect(rows.map((r) => r[5]).sort()).toEqual(findings.map((f) => f.code).sort());
    for (const f of findings) {
      expect(
        rows.some((r) => r[4] === f.message),
        f.code,
      ).toBe(true);
      if (!f.sheet || !f.cell) continue;
      const cell = wb.getWorksheet(f.sheet)!.getCell(f.cell);
      const fill = cell.fill as ExcelJS.FillPattern | undefined;
      expect(fill?.pattern, `${f.code} ${f.cell}`).toMatch(/^light(Up|Down)$/);
      expect(cell.border?.left?.style, `${f.code} ${f.cell}`).toBe('thick');
    }
  });

  it('colours only the problem cells (exceljs shares styles between cells of one style)', async () => {
    const findings = json(run.stdout).files.find((f) => f.file.endsWith('fouten.xlsx'))?.findings ?? [];
    const marked = new Set(findings.filter((f) => f.sheet && f.cell).map((f) => `${f.sheet}!${f.cell}`));
    const [original, copy] = await Promise.all(
      [path.join(input, 'fouten.xlsx'), path.join(out, 'fouten-bevindingen.xlsx')].map(async (file) => {
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(readFileSync(file) as unknown as ExcelJS.Buffer);
        return wb;
      }),
    );
    let compared = 0;
    original!.eachSheet((ws) => {
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (marked.has(`${ws.name}!${cell.address}`)) return;
          const after = copy!.getWorksheet(ws.name)!.getCell(cell.address);
          expect(JSON.stringify(after.fill ?? null), `${ws.name}!${cell.address}`).toBe(JSON.stringify(cell.fill ?? null));
          compared++;
        }),
      );
    });
    expect(compared).toBeGreaterThan(400);
  });

  it('keeps the answers: the copy, once saved again, validates with the same findings as the original', async () => {
    const codes = (file: string) =>
      json(validate([file, '--format', 'json']).stdout).files[0]?.findings.map((x) => [x.code, x.cell]);
    const copy = path.join(out, 'fouten-bevindingen.xlsx');
    // Untouched, it is our own output and never read as a return.
    expect(codes(copy)).toEqual([['FILE_SKIPPED', null]]);
    // Saved again, its output stamp no longer holds (here: removed), and it is a return like the original.
    const zip = await JSZip.loadAsync(readFileSync(copy));
    const custom = (await zip.file('docProps/custom.xml')?.async('string')) ?? '';
    zip.file('docProps/custom.xml', custom.replace(/<property\b[^>]*name="weerbaar_uitvoer"[^>]*>[\s\S]*?<\/property>/, ''));
    const resaved = path.join(tempDir(), 'terug.xlsx');
    writeFileSync(resaved, await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
    expect(codes(resaved)).toEqual(codes(path.join(input, 'fouten.xlsx')));
  });
});

describe('the worker pool (dist/io/validate-files.js)', () => {
  type Pool = typeof import('../../src/io/validate-files.js');
  let pool: Pool;
  let ctx: ReturnBuilder['ctx'];
  beforeAll(async () => {
    pool = (await import(pathToFileURL(path.join(REPO_ROOT, 'dist', 'io', 'validate-files.js')).href)) as Pool;
    ctx = (await ReturnBuilder.create()).ctx;
  });
  const real = (f: string) => path.join(REAL_DIR, f);

  it.each([
    ['in this thread', {}],
    ['in workers', { isolate: true }],
  ])('a time limit of 1 ms gives FILE_TIMEOUT for every file (%s), and the batch completes', async (_, where) => {
    const files = [real('openpyxl-alkmaar.xlsx'), real('libreoffice-haarlem.xlsx')];
    const outcomes = await pool.validateFiles(files, ctx, { timeoutMs: 1, jobs: 1, ...where });
    expect(outcomes.map((o) => [o.file, o.findings.map((f) => f.code)])).toEqual(files.map((f) => [f, ['FILE_TIMEOUT']]));
  });

  it.each([
    ['the default XML reader', 2, {}],
    ['the exceljs reader', 8, { reader: 'exceljs' as const }],
  ])(
    'a tiny heap limit (%s, %i MB) gives one memory (or parse) finding per file, and the batch completes',
    async (_, memoryMb, reader) => {
      const files = [real('openpyxl-alkmaar.xlsx'), real('openpyxl-zaanstad.xlsx'), real('libreoffice-haarlem.xlsx')];
      const outcomes = await pool.validateFiles(files, { ...ctx, ...reader }, { memoryMb, jobs: 1, isolate: true });
      expect(outcomes.map((o) => o.file)).toEqual(files);
      for (const o of outcomes) {
        expect(o.findings).toHaveLength(1);
        expect(['FILE_MEMORY', 'FILE_PARSE_FAILED']).toContain(o.findings[0]?.code);
      }
      // What it really yields: the worker runs out of heap (a later file may instead see "worker stopped").
      expect(outcomes[0]?.findings[0]).toMatchObject({ code: 'FILE_MEMORY', args: { limit: memoryMb } });
    },
  );

  it('takes bytes in memory with a name next to paths, and reads them as it reads the files', async () => {
    const files = [real('openpyxl-zaanstad.xlsx'), real('openpyxl-alkmaar.xlsx')];
    const fromDisk = await pool.validateFiles(files, ctx, { jobs: 2 });
    const inputs = [
      { name: 'upload/zaanstad.xlsx', bytes: new Uint8Array(readFileSync(files[0] ?? '')) },
      files[1] ?? '',
      { name: 'leeg.xlsx', bytes: new Uint8Array(0) },
    ];
    const seen: string[] = [];
    const fromMemory = await pool.validateFiles(inputs, ctx, { jobs: 2, onProgress: (_, __, file) => seen.push(file) });
    expect(fromMemory.map((o) => o.file)).toEqual(['upload/zaanstad.xlsx', files[1], 'leeg.xlsx']);
    expect(seen.sort()).toEqual(['leeg.xlsx', 'upload/zaanstad.xlsx', files[1]].sort());
    const [zaanstad, alkmaar, empty] = fromMemory;
    expect(zaanstad).toMatchObject({ size: fromDisk[0]?.size, sha256: fromDisk[0]?.sha256 });
    expect(zaanstad?.mtimeMs).toBeUndefined();
    expect(zaanstad?.submission).toEqual(fromDisk[0]?.submission);
    expect(zaanstad?.findings).toEqual(fromDisk[0]?.findings);
    expect(alkmaar).toEqual(fromDisk[1]);
    expect(empty?.findings.map((f) => f.code)).toEqual(['FILE_EMPTY']);
    // In this thread (jobs 0) the same.
    const inThread = await pool.validateFiles(inputs.slice(0, 1), ctx, { jobs: 0 });
    expect(inThread[0]?.submission).toEqual(fromDisk[0]?.submission);
  });

  it('keeps its workers for the next call, each call with its own context, and gives each the answer of a fresh start', async () => {
    type Lib = typeof import('../../src/index.js');
    const lib = (await import(pathToFileURL(path.join(REPO_ROOT, 'dist', 'index.js')).href)) as Lib;
    // The fixtures were made with norm 0.9.0 (ctx); the built-in norm is 1.0.0 and reads them differently.
    const builtin = await lib.loadBuiltinNorm();
    const files = [real('openpyxl-zaanstad.xlsx'), path.join(CORPUS_DIR, 'file-empty.xlsx'), real('libreoffice-haarlem.xlsx')];
    const codes = (outcomes: Awaited<ReturnType<Pool['validateFiles']>>) => outcomes.map((o) => o.findings.map((f) => f.code));
    const fixtureNorm = codes(await pool.validateFiles(files, ctx, { jobs: 0 }));
    const builtinNorm = codes(await pool.validateFiles(files, builtin, { jobs: 0 }));
    expect(builtinNorm).not.toEqual(fixtureNorm);
    for (const jobs of [1, 2, 1]) {
      const isolate = true;
      expect(codes(await pool.validateFiles(files, builtin, { jobs, isolate })), `built-in norm, ${jobs} worker(s)`).toEqual(
        builtinNorm,
      );
      expect(codes(await pool.validateFiles(files, ctx, { jobs, isolate })), `fixture norm, ${jobs} worker(s)`).toEqual(
        fixtureNorm,
      );
    }
    // A worker stopped at its time limit is not kept; the next call is answered as before.
    await pool.validateFiles(files, ctx, { jobs: 1, timeoutMs: 1, isolate: true });
    await pool.releaseWorkers();
    expect(codes(await pool.validateFiles(files, ctx, { jobs: 2, isolate: true }))).toEqual(fixtureNorm);
    // And in this thread, the same.
    expect(codes(await pool.validateFiles(files, builtin))).toEqual(builtinNorm);
  });

  it('never keeps a process alive with its idle workers', () => {
    const lib = pathToFileURL(path.join(REPO_ROOT, 'dist', 'index.js')).href;
    // A script file: a script given with -e ends the process when it is done, workers or not.
    const script = path.join(tempDir(), 'valideer.mjs');
    writeFileSync(
      script,
      `import { loadBuiltinNorm, validateFiles } from ${JSON.stringify(lib)};
      const outcomes = await validateFiles([${JSON.stringify(real('openpyxl-zaanstad.xlsx'))}], await loadBuiltinNorm(), { jobs: 2, isolate: true });
      console.log(outcomes.length);`,
    );
    const r = spawnSync(process.execPath, [script], { encoding: 'utf8', timeout: 30_000 });
    expect([r.status, r.signal, r.stdout.trim(), r.stderr]).toEqual([0, null, '1', '']);
  });

  it('with the default limits the same files pass, in the order given', async () => {
    expect(DEFAULT_MEMORY_MB).toBeGreaterThan(8);
    const files = [real('openpyxl-zaanstad.xlsx'), path.join(CORPUS_DIR, 'file-empty.xlsx'), real('openpyxl-alkmaar.xlsx')];
    const outcomes = await pool.validateFiles(files, ctx, { jobs: 2 });
    expect(outcomes.map((o) => [o.file, o.findings.map((f) => f.code)])).toEqual([
      [files[0], []],
      [files[1], ['FILE_EMPTY']],
      [files[2], []],
    ]);
  });
});

describe("usage errors speak the user's language", () => {
  it('words an invalid choice, a missing required option and conflicting options in Dutch, with exit 2', () => {
    const bad = runCliOnFixtures(['validate', 'x', '--format', 'bogus']);
    expect([bad.status, bad.stderr]).toEqual([
      2,
      expect.stringContaining("'bogus' is geen geldige waarde voor --format. Kies uit: table, json"),
    ]);
    const missing = runCliOnFixtures(['report', 'x']);
    expect([missing.status, missing.stderr]).toEqual([2, expect.stringContaining('De optie -o, --output is verplicht.')]);
    const both = runCliOnFixtures(['report', 'x', '-o', 'y', '--anonymise', '--aggregate-only']);
    expect([both.status, both.stderr]).toEqual([
      2,
      expect.stringContaining('Deze opties gaan niet samen: --anonymise, --aggregate-only'),
    ]);
  });

  it('shows English help with English placeholders under --lang en', () => {
    const help = runCliOnFixtures(['report', '--help', '--lang', 'en']);
    expect(help.stdout).toContain('Usage: weerbaar report [options] <path...>');
    expect(help.stdout).not.toMatch(/<bestand>|<map>/);
  });
});
