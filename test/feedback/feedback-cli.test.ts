import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { partText, setPartText, writePackage } from '../../src/workbook/xlsx-package.js';
import { removeTempDirs, runCliOnFixtures, tempDir } from '../helpers/cli-run.js';
import { packageOf } from '../helpers/feedback-copy.js';
import { CORPUS_DIR, ReturnBuilder } from '../helpers/fill-workbook.js';
import { REPO_ROOT } from '../helpers/run-cli.js';
import { parseOutput } from '../helpers/output-schema.js';

/**
 * `validate --feedback` end to end (the built CLI, dist/) on a batch with hostile files: each file
 * ends in a copy or a finding, never a crash, and the other files of the batch get their copies.
 */
interface JsonFile {
  file: string;
  findings: Array<{ code: string; severity: string; message: string }>;
}

const DATE = new Date(Date.UTC(2025, 0, 1));
let dir: string;
let b: ReturnBuilder;

/** A return with a few findings, then its package edited. */
async function edited(edit: (parts: Map<string, Uint8Array>) => void): Promise<Uint8Array> {
  const parts = packageOf(await b.bytes({ answers: { '1.3': { status: null } } }));
  edit(parts);
  return writePackage(parts, DATE);
}

beforeAll(async () => {
  b = await ReturnBuilder.create();
  dir = tempDir();
  const input = path.join(dir, 'in');
  mkdirSync(input);
  writeFileSync(
    path.join(input, 'fouten.xlsx'),
    await b.bytes({ front: { email: 'geen adres' }, answers: { '2.2': { status: null } } }),
  );
  // A defined name reaching row 99,999,999: a reader that expands ranges would need gigabytes.
  writeFileSync(
    path.join(input, 'rij-99999999.xlsx'),
    await edited((parts) => {
      const wb = partText(parts, 'xl/workbook.xml') ?? '';
      setPartText(parts, 'xl/workbook.xml', wb.replace(/(<definedName name="eigenaar">[^<]*!\$G\$3:\$G\$)\d+/, '$199999999'));
    }),
  );
  // A workbook without a styles part: readable as a return, but no copy can be styled.
  writeFileSync(
    path.join(input, 'zonder-stijlen.xlsx'),
    await edited((parts) => {
      parts.delete('xl/styles.xml');
      setPartText(
        parts,
        'xl/_rels/workbook.xml.rels',
        (partText(parts, 'xl/_rels/workbook.xml.rels') ?? '').replace(/<Relationship [^>]*styles[^>]*\/>/, ''),
      );
      setPartText(
        parts,
        '[Content_Types].xml',
        (partText(parts, '[Content_Types].xml') ?? '').replace(/<Override PartName="\/xl\/styles.xml"[^>]*\/>/, ''),
      );
    }),
  );
  copyFileSync(path.join(CORPUS_DIR, 'file-zip-bomb-300mb.xlsx'), path.join(input, 'zip-bom.xlsx'));
  copyFileSync(path.join(CORPUS_DIR, 'file-corrupt-zip.xlsx'), path.join(input, 'kapot.xlsx'));
});
afterAll(removeTempDirs);

describe.each([
  ['in worker threads', []],
  ['in the main thread (--jobs 0)', ['--jobs', '0']],
])('validate --feedback on hostile files, %s', (_, extra) => {
  let run: ReturnType<typeof runCliOnFixtures>;
  let out: string;
  let files: JsonFile[];
  beforeAll(() => {
    out = path.join(dir, `uit-${extra.length}`);
    run = runCliOnFixtures(['validate', path.join(dir, 'in'), '--feedback', out, '--format', 'json', ...extra]);
    files = parseOutput<{ files: JsonFile[] }>('validate', run.stdout).files;
  });
  const codes = (name: string) => files.find((f) => f.file.endsWith(name))?.findings.map((f) => f.code) ?? [];

  it('ends with exit 1 and no stack trace, every file with a result', () => {
    expect(run.status).toBe(1);
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(files).toHaveLength(5);
  });

  it('gives the readable files a copy, the unreadable and unstylable ones a finding instead', () => {
    expect(readdirSync(out).sort()).toEqual(['fouten-bevindingen.xlsx', 'rij-99999999-bevindingen.xlsx']);
    expect(codes('zip-bom.xlsx')).toEqual(['FILE_ZIP_BOMB']);
    expect(codes('kapot.xlsx')).toEqual(['FILE_CORRUPT_ZIP']);
    expect(codes('zonder-stijlen.xlsx')).toEqual(['STATUS_MISSING', 'FEEDBACK_FAILED']);
    expect(codes('rij-99999999.xlsx')).toContain('STATUS_MISSING');
    expect(codes('rij-99999999.xlsx')).not.toContain('FEEDBACK_FAILED');
    expect(run.stderr).toContain('zonder-stijlen.xlsx');
  });

  it('stamps the copies as our own output, so an untouched copy is never read back as a return', () => {
    // Once saved again by the municipality the stamp no longer matches and the copy is a return like
    // any other: the LibreOffice round trips in feedback-roundtrip tests show it validates like its original.
    const again = runCliOnFixtures(['validate', path.join(out, 'fouten-bevindingen.xlsx'), '--format', 'json']);
    const file = parseOutput<{ files: JsonFile[] }>('validate', again.stdout).files[0];
    expect(file?.findings.map((f) => f.code)).toEqual(['FILE_SKIPPED']);
  });
});

describe('--feedback that is not a folder', () => {
  it('is a usage error (exit 2) before anything is read', () => {
    const file = path.join(dir, 'een-bestand');
    writeFileSync(file, 'x');
    const run = runCliOnFixtures(['validate', path.join(dir, 'in', 'fouten.xlsx'), '--feedback', file]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(readFileSync(file, 'utf8')).toBe('x');
  });
});

describe('the worker pool with feedback (dist/io/validate-files.js)', () => {
  it('keeps the findings and adds FEEDBACK_FAILED when the copy, not the reading, trips over a part (here one over the zip limits)', async () => {
    type Pool = typeof import('../../src/io/validate-files.js');
    const pool = (await import(pathToFileURL(path.join(REPO_ROOT, 'dist', 'io', 'validate-files.js')).href)) as Pool;
    // 51 MB of comment (a part may hold 50 MB) in a sheet the reader never opens, packed into about
    // 70 KB: reading the return passes, but the copy has to unpack every part and refuses this one
    // as a zip bomb.
    const big = path.join(dir, 'groot-blad.xlsx');
    writeFileSync(
      big,
      await edited((parts) => {
        const sheet = 'xl/worksheets/sheet4.xml';
        const xml = partText(parts, sheet) ?? '';
        setPartText(parts, sheet, xml.replace('<sheetData', `<!--${'x'.repeat(51 * 1024 * 1024)}--><sheetData`));
      }),
    );
    const files = [big, path.join(dir, 'in', 'fouten.xlsx')];
    // A generous limit: unpacking 90 MB takes a while on a busy machine, and the time limit is not what this tests.
    const outcomes = await pool.validateFiles(files, b.ctx, {
      jobs: 1,
      timeoutMs: 30_000,
      feedback: { lang: 'nl', strict: false },
    });
    expect(outcomes[0]?.findings.map((f) => f.code)).toEqual(['STATUS_MISSING', 'FEEDBACK_FAILED']);
    const failed = outcomes[0]?.findings[1];
    expect(failed?.code === 'FEEDBACK_FAILED' ? [failed.args.reason, failed.args.detail] : undefined).toEqual([
      'error',
      'FILE_ZIP_BOMB',
    ]);
    expect(outcomes[0]?.feedback).toBeUndefined();
    expect(outcomes[1]?.feedback?.bytes.length).toBeGreaterThan(1000);
  }, 60_000);
});
