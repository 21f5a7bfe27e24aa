import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs, tempDir } from '../helpers/cli-run.js';
import { CORPUS_DIR, REAL_DIR, ReturnBuilder } from '../helpers/fill-workbook.js';
import { REPO_ROOT } from '../helpers/run-cli.js';
import { fitsInThread, IN_THREAD_MAX_BYTES } from '../../src/io/validate-files.js';

/**
 * A lone file is validated in the calling thread, without a worker, when its zip directory
 * declares little enough (src/io/validate-files.ts, IN_THREAD_MAX_BYTES). The guarantees a worker
 * gives must still hold: a file that takes too long is stopped at the time limit, wherever it is,
 * and no file within the bound can take much memory.
 */
afterAll(removeTempDirs);

type Pool = typeof import('../../src/io/validate-files.js');

/** A real return with `rows` appended to the answer sheet, inside its sheetData. */
async function withAnswerRows(rows: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(readFileSync(path.join(REAL_DIR, 'openpyxl-alkmaar.xlsx')));
  const sheet = (await zip.file('xl/worksheets/sheet3.xml')?.async('string')) ?? '';
  zip.file('xl/worksheets/sheet3.xml', sheet.replace('</sheetData>', `${rows}</sheetData>`));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** Rows of empty cells (four bytes each) up to the bound: the most entries the reader indexes. */
function manyCells(): string {
  const row = (r: number) => `<row r="${r}">${'<c/>'.repeat(10_000)}</row>`;
  const rows: string[] = [];
  for (let r = 1000; rows.length * 40_020 < IN_THREAD_MAX_BYTES - 200_000; r++) rows.push(row(r));
  return rows.join('');
}

/** The pool as built (dist/), and a context for the norm the fixtures were made with (0.9.0). */
let pool: Pool;
let ctx: ReturnBuilder['ctx'];
beforeAll(async () => {
  pool = (await import(pathToFileURL(path.join(REPO_ROOT, 'dist', 'io', 'validate-files.js')).href)) as Pool;
  ctx = (await ReturnBuilder.create()).ctx;
});

describe('a lone file validated without a worker', () => {
  it('is a return made from the template; not a file that declares more, nor one that is no zip', () => {
    expect(fitsInThread(readFileSync(path.join(REAL_DIR, 'openpyxl-alkmaar.xlsx')))).toBe(true);
    expect(fitsInThread(readFileSync(path.join(REAL_DIR, 'libreoffice-haarlem.xlsx')))).toBe(true);
    expect(fitsInThread(readFileSync(path.join(CORPUS_DIR, 'file-zip-bomb-300mb.xlsx')))).toBe(false);
    expect(fitsInThread(readFileSync(path.join(CORPUS_DIR, 'file-not-xlsx-pdf.xlsx')))).toBe(false);
    expect(fitsInThread(new Uint8Array(0))).toBe(false);
  });

  it('gives the outcome a worker gives', async () => {
    const file = path.join(REAL_DIR, 'libreoffice-haarlem.xlsx');
    const [alone] = await pool.validateFiles([file], ctx);
    const [inWorker] = await pool.validateFiles([file], ctx, { isolate: true });
    expect(alone).toEqual(inWorker);
  });

  it('stops a file within the bound at the time limit, wherever its reading is', async () => {
    // As many empty cells as fit within the bound: reading them takes far longer than the 5 ms
    // allowed here, and in this thread nothing between the steps looks at the clock, so only the
    // limit on the validation as a whole can stop it. (Rows that never close, which once made one
    // step take minutes, are now read in one pass: the reader finds its elements by position.)
    const bytes = await withAnswerRows(manyCells());
    expect(fitsInThread(bytes)).toBe(true);
    const file = path.join(tempDir(), 'traag.xlsx');
    writeFileSync(file, bytes);
    const started = Date.now();
    const outcomes = await pool.validateFiles([file], ctx, { timeoutMs: 5 });
    expect(outcomes).toEqual([{ file, findings: [expect.objectContaining({ code: 'FILE_TIMEOUT', args: { seconds: 0.005 } })] }]);
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('takes little memory for the costliest shape within the bound: as many cells as fit', async () => {
    // Rows of empty cells (four bytes each) up to the bound: the most entries the reader indexes.
    const bytes = await withAnswerRows(manyCells());
    expect(fitsInThread(bytes)).toBe(true);
    const file = path.join(tempDir(), 'veel-cellen.xlsx');
    writeFileSync(file, bytes);
    // In a process of its own, to see the peak of this one validation.
    const script = `
      import { validateFiles } from './dist/io/validate-files.js';
      import { loadBuiltinNorm } from './dist/io/load-builtin-norm.js';
      const inputs = await loadBuiltinNorm({ norm: 'norm/archief/noord-hollandse-norm-0.9.0.yaml' });
      const before = process.resourceUsage().maxRSS;
      const [outcome] = await validateFiles([${JSON.stringify(file)}], inputs);
      const after = process.resourceUsage().maxRSS;
      console.log(JSON.stringify({ codes: outcome.findings.map((f) => f.code), growthMb: (after - before) / 1024 }));`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: REPO_ROOT, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as { codes: string[]; growthMb: number };
    expect(out.codes).not.toContain('FILE_TIMEOUT');
    // A worker may use 768 MB of heap; this stays far below.
    expect(out.growthMb).toBeLessThan(200);
  });
});

describe('a batch read in this thread', () => {
  const codes = (outcomes: Awaited<ReturnType<Pool['validateFiles']>>) => outcomes.map((o) => o.findings.map((f) => f.code));

  it('sends a file that declares more to a worker, and gives what workers give for every file', async () => {
    const files = [
      path.join(REAL_DIR, 'openpyxl-alkmaar.xlsx'),
      path.join(CORPUS_DIR, 'file-zip-bomb-300mb.xlsx'),
      path.join(REAL_DIR, 'libreoffice-haarlem.xlsx'),
      path.join(CORPUS_DIR, 'file-empty.xlsx'),
      path.join(REAL_DIR, 'openpyxl-zaanstad.xlsx'),
    ];
    const here = await pool.validateFiles(files, ctx, { jobs: 1 });
    expect(codes(here)[1]).toEqual(['FILE_ZIP_BOMB']);
    expect(here).toEqual(await pool.validateFiles(files, ctx, { jobs: 2, isolate: true }));
  });

  it('with more at a time and many files, reads beside workers, and gives every file its own outcome', async () => {
    // One worker for every 200 files: 450 files and 3 at a time give this thread and two workers.
    const alkmaar = path.join(REAL_DIR, 'openpyxl-alkmaar.xlsx');
    const haarlem = path.join(REAL_DIR, 'libreoffice-haarlem.xlsx');
    const files = Array.from({ length: 450 }, (_, i) => (i % 3 === 0 ? haarlem : alkmaar));
    const [a, h] = await pool.validateFiles([alkmaar, haarlem], ctx);
    const seen = new Set<number>();
    const outcomes = await pool.validateFiles(files, ctx, { jobs: 3, onProgress: (done) => seen.add(done) });
    expect(outcomes).toEqual(files.map((f) => (f === haarlem ? h : a)));
    expect(seen.size).toBe(450);
  });

  it('stops a slow file at the time limit, and the files around it are read in full', async () => {
    // Reading the slow file takes some 250 ms in a warm thread; the others a few. It is the second
    // of its slice, so the limit of the slice stops it before its own time is up: it is read
    // again, alone, and stopped at its own limit.
    const slow = path.join(tempDir(), 'traag.xlsx');
    writeFileSync(slow, await withAnswerRows(manyCells()));
    const alkmaar = path.join(REAL_DIR, 'openpyxl-alkmaar.xlsx');
    const others = [path.join(REAL_DIR, 'libreoffice-haarlem.xlsx'), path.join(REAL_DIR, 'openpyxl-zaanstad.xlsx')];
    const expected = codes(await pool.validateFiles([alkmaar, ...others], ctx));
    const outcomes = await pool.validateFiles([alkmaar, slow, ...others], ctx, { timeoutMs: 60 });
    expect(codes(outcomes)).toEqual([expected[0], ['FILE_TIMEOUT'], ...expected.slice(1)]);
  });
});
