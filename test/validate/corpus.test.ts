import { argsOf } from '../helpers/finding-args.js';
import { copyFileSync, chmodSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_FINDING_CODES, type FindingCode } from '../../src/findings/codes.js';
import { findingMessage } from '../../src/i18n/format-finding.js';
import { readAndValidate } from '../../src/io/read-and-validate.js';
import { passes, validateWorkbook, type ValidationContext } from '../../src/validate/validate-workbook.js';
import { DEFAULT_LIMITS } from '../../src/workbook/inspect-container.js';
import { isRoot, NOBODY, removeTempDirs, runCliWith, tempDir } from '../helpers/cli-run.js';
import { codesOf, CORPUS_DIR, REAL_DIR } from '../helpers/fill-workbook.js';
import { loadFixtureBuiltins } from '../helpers/template-workbook.js';
import { FIXTURE_NORM } from '../helpers/run-cli.js';
import { parseOutput } from '../helpers/output-schema.js';

interface Expectation {
  codes: FindingCode[];
  may?: FindingCode[];
  why: string;
}

const expected = JSON.parse(readFileSync(path.join(CORPUS_DIR, 'expected.json'), 'utf8')) as Record<string, Expectation>;
const realFiles = readdirSync(REAL_DIR)
  .filter((f) => f.endsWith('.xlsx'))
  .sort();

/** Codes that no file in the corpus can carry: they come from limits, the file system, the pool, or --feedback (see test/feedback). */
const NEEDS_NO_FILE: FindingCode[] = [
  'FILE_TOO_LARGE',
  'FILE_TIMEOUT',
  'FILE_MEMORY',
  'FILE_UNREADABLE',
  'FILE_PARSE_FAILED',
  'FILE_SKIPPED',
  'FEEDBACK_FAILED',
  'FILE_NOT_SPREADSHEET',
];
/** Codes that need a file name, several files or a registry entry that starts later: test/validate/returns.test.ts covers them (with test/fixtures/returns). */
const COVERED_BY_RETURNS: FindingCode[] = [
  'ORG_FILENAME_MISMATCH',
  'RETURN_CONFLICT',
  'RETURN_DUPLICATE',
  'ROW_NOTE_INSERTED',
  'ROW_HEADING_FILLED',
  'ORG_NOT_YET_VALID',
];
const isNormCode = (c: string) => c.startsWith('NORM_') || c.startsWith('REGISTRY_');
/** Combining parts of a return: tested on the parts in test/fixtures/merge (test/merge/, test/report/combine-parts.test.ts). */
const COMBINING: FindingCode[] = [
  'PARTIAL_RETURN',
  'MERGE_CONFLICT',
  'MERGE_CHOICE',
  'MERGE_MISMATCH',
  'MERGE_PART_INVALID',
  'PARTS_MERGED',
  'PARTS_FRONT_LATEST',
];
/** Codes that need a norm with an archive of earlier versions: test/carry/template-from.test.ts has those files. */
const NEEDS_AN_ARCHIVE: FindingCode[] = ['TEMPLATE_ARCHIVED_VERSION'];

let ctx: ValidationContext;
beforeAll(async () => {
  const b = await loadFixtureBuiltins();
  ctx = { norm: b.norm, registry: b.registry, fingerprint: b.fingerprint };
});
afterAll(removeTempDirs);

const validateFile = (file: string) => validateWorkbook(readFileSync(file), ctx);

describe('the corpus (test/fixtures/corpus/expected.json)', () => {
  it('lists every file in the folder, and only those', () => {
    const files = readdirSync(CORPUS_DIR)
      .filter((f) => f !== 'expected.json')
      .sort();
    expect(Object.keys(expected).sort()).toEqual(files);
  });

  it.each(Object.entries(expected))('%s yields its codes and nothing else', async (file, e) => {
    const { findings } = await validateFile(path.join(CORPUS_DIR, file));
    const found = codesOf(findings);
    // Every code that must appear, appears ...
    expect(found, e.why).toEqual(expect.arrayContaining(e.codes));
    // ... and nothing outside codes + may (a false alarm).
    const allowed = new Set<string>([...e.codes, ...(e.may ?? [])]);
    expect(
      found.filter((c) => !allowed.has(c)),
      e.why,
    ).toEqual([]);
    // Every finding words in both languages with its real arguments.
    for (const f of findings)
      for (const lang of ['nl', 'en'] as const) expect(findingMessage(f, lang), f.code).not.toMatch(/undefined|NaN|\[object/);
    if (e.codes.length === 0) {
      expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
      expect(passes(findings)).toBe(true);
    } else if (e.codes.some((c) => findings.find((f) => f.code === c)?.severity === 'error')) {
      expect(passes(findings)).toBe(false);
    }
  });

  it('covers every validate code except those that need no file', () => {
    const covered = new Set(Object.values(expected).flatMap((e) => e.codes));
    const needed = ALL_FINDING_CODES.filter(
      (c) =>
        !isNormCode(c) &&
        !NEEDS_NO_FILE.includes(c) &&
        !NEEDS_AN_ARCHIVE.includes(c) &&
        !COVERED_BY_RETURNS.includes(c) &&
        !COMBINING.includes(c),
    );
    expect(needed.filter((c) => !covered.has(c))).toEqual([]);
  });
});

describe('the real returns (test/fixtures/real)', () => {
  it('are four files', () => {
    expect(realFiles).toHaveLength(4);
  });

  it.each(realFiles)('%s passes with zero errors and zero warnings', async (file) => {
    const { findings, submission } = await validateFile(path.join(REAL_DIR, file));
    expect(findings).toEqual([]);
    expect(passes(findings, true)).toBe(true);
    expect(submission?.organisation).toMatch(/^GM\d{4}$/);
  });
});

describe('file codes without a corpus file', () => {
  const valid = () => readFileSync(path.join(REAL_DIR, 'openpyxl-alkmaar.xlsx'));

  it('FILE_TOO_LARGE: a file above maxFileBytes, checked before anything else', async () => {
    const bytes = valid();
    const { findings } = await validateWorkbook(bytes, { ...ctx, limits: { ...DEFAULT_LIMITS, maxFileBytes: 1000 } });
    expect(findings.map((f) => [f.code, f.args])).toEqual([['FILE_TOO_LARGE', { size: bytes.length, limit: 1000 }]]);
  });

  it('FILE_TOO_LARGE: readAndValidate checks the size before reading the file', async () => {
    const out = await readAndValidate(path.join(REAL_DIR, 'openpyxl-alkmaar.xlsx'), {
      ...ctx,
      limits: { ...DEFAULT_LIMITS, maxFileBytes: 1000 },
    });
    expect(out.findings.map((f) => f.code)).toEqual(['FILE_TOO_LARGE']);
    expect(out.sha256).toBeUndefined();
  });

  it('FILE_ZIP_BOMB also follows the limits (entries and uncompressed size)', async () => {
    const bytes = valid();
    const entries = await validateWorkbook(bytes, { ...ctx, limits: { ...DEFAULT_LIMITS, maxEntries: 3 } });
    expect(entries.findings.map((f) => [f.code, argsOf(f).reason])).toEqual([['FILE_ZIP_BOMB', 'entries']]);
    const size = await validateWorkbook(bytes, { ...ctx, limits: { ...DEFAULT_LIMITS, maxUncompressedBytes: 10_000 } });
    expect(size.findings.map((f) => [f.code, argsOf(f).reason])).toEqual([['FILE_ZIP_BOMB', 'size']]);
  });

  it('FILE_PARSE_FAILED: a whole zip with our parts whose XML the exceljs reader cannot parse', async () => {
    const zip = await JSZip.loadAsync(valid());
    zip.file('xl/styles.xml', 'not xml <<<');
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    const { findings } = await validateWorkbook(bytes, { ...ctx, reader: 'exceljs' });
    expect(findings.map((f) => f.code)).toEqual(['FILE_PARSE_FAILED']);
    expect(String(argsOf(findings[0]).detail)).not.toBe('');
    // The default XML reader needs no styles to read text answers: it neither throws nor fails the return.
    const xml = await validateWorkbook(bytes, ctx);
    expect(xml.findings).toEqual([]);
  });

  it('FILE_UNREADABLE: readAndValidate on a path that is a folder', async () => {
    const out = await readAndValidate(tempDir(), ctx);
    expect(out.findings.map((f) => [f.code, argsOf(f).detail])).toEqual([['FILE_UNREADABLE', 'EISDIR']]);
  });

  it('FILE_UNREADABLE: the CLI on a file without read permission, next to a readable one', () => {
    const dir = tempDir();
    copyFileSync(path.join(REAL_DIR, 'openpyxl-alkmaar.xlsx'), path.join(dir, 'leesbaar.xlsx'));
    copyFileSync(path.join(REAL_DIR, 'openpyxl-alkmaar.xlsx'), path.join(dir, 'geheim.xlsx'));
    chmodSync(path.join(dir, 'geheim.xlsx'), 0o000);
    // root reads anything, so run the CLI as 'nobody' then.
    const run = runCliWith(
      ['validate', dir, '--norm', FIXTURE_NORM, '--format', 'json'],
      isRoot() ? { uid: NOBODY, gid: NOBODY, cwd: dir } : { cwd: dir },
    );
    expect(run.status).toBe(1);
    const files = parseOutput<{ files: Array<{ file: string; ok: boolean; findings: Array<{ code: string }> }> }>(
      'validate',
      run.stdout,
    ).files;
    expect(files.map((f) => [path.basename(f.file), f.ok, f.findings.map((x) => x.code)])).toEqual([
      ['geheim.xlsx', false, ['FILE_UNREADABLE']],
      ['leesbaar.xlsx', true, []],
    ]);
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });

  it('FILE_SKIPPED: a lock file ~$x.xlsx in a folder given to the CLI is listed as skipped and does not fail the run', () => {
    const dir = tempDir();
    copyFileSync(path.join(REAL_DIR, 'openpyxl-alkmaar.xlsx'), path.join(dir, 'alkmaar.xlsx'));
    writeFileSync(path.join(dir, '~$x.xlsx'), Buffer.from('owner-file of Excel, not a workbook'));
    const run = runCliWith(['validate', dir, '--norm', FIXTURE_NORM, '--format', 'json']);
    expect(run.status).toBe(0);
    const files = parseOutput<{
      files: Array<{ file: string; ok: boolean; skipped?: string; findings: Array<{ code: string; severity: string }> }>;
    }>('validate', run.stdout).files;
    const lock = files.find((f) => path.basename(f.file) === '~$x.xlsx');
    expect(lock).toMatchObject({ ok: true, skipped: 'lock' });
    expect(lock?.findings.map((f) => [f.code, f.severity])).toEqual([['FILE_SKIPPED', 'info']]);
  });

  it('a nested folder is read recursively', () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'a', 'b'), { recursive: true });
    copyFileSync(path.join(REAL_DIR, 'openpyxl-zaanstad.xlsx'), path.join(dir, 'a', 'b', 'zaanstad.xlsx'));
    const run = runCliWith(['validate', dir, '--norm', FIXTURE_NORM, '--format', 'json']);
    expect(run.status).toBe(0);
    expect(
      parseOutput<{ files: Array<{ file: string }> }>('validate', run.stdout).files.map((f) => path.relative(dir, f.file)),
    ).toEqual([path.join('a', 'b', 'zaanstad.xlsx')]);
  });
});
