import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFolderAsUnit } from '../../src/io/write-folder.js';
import { isRoot, NOBODY, removeTempDirs, runCliOnFixtures, tempDir } from '../helpers/cli-run.js';
import { CORPUS_DIR, REAL_DIR } from '../helpers/fill-workbook.js';
import type { CliRun } from '../helpers/run-cli.js';
import { parseOutput } from '../helpers/output-schema.js';

/**
 * The folder-level cases of issue 10 (the file-level ones are in the corpus, made by
 * test/fixtures/make_hostile.py): every case ends with exit 0, 1 or 2, a finding or a message, no
 * stack trace, the other files handled, and the inputs byte-identical.
 */
afterAll(removeTempDirs);

interface JsonFile {
  file: string;
  ok: boolean;
  skipped?: string;
  findings: Array<{ code: string; args: Record<string, unknown> }>;
}
const filesOf = (run: CliRun) => parseOutput<{ files: JsonFile[] }>('validate', run.stdout).files;
const byName = (run: CliRun) =>
  Object.fromEntries(
    filesOf(run).map((f) => [
      path.basename(f.file),
      f.skipped ? `skipped:${f.skipped}` : f.findings.map((x) => x.code).join(','),
    ]),
  );

/** sha256 of every file below a folder, by relative path. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.isFile()) out[path.relative(dir, full)] = createHash('sha256').update(readFileSync(full)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

function returnsFolder(): string {
  const dir = tempDir();
  const inbox = path.join(dir, 'inzendingen');
  mkdirSync(inbox);
  copyFileSync(path.join(REAL_DIR, 'openpyxl-alkmaar.xlsx'), path.join(inbox, 'alkmaar.xlsx'));
  copyFileSync(path.join(CORPUS_DIR, 'status-missing.xlsx'), path.join(inbox, 'gemeente.xlsx'));
  return dir;
}

function clean(run: CliRun, codes: number[]): void {
  expect(codes).toContain(run.status);
  expect(run.stderr).not.toMatch(/^\s+at /m);
  expect(run.stderr + run.stdout).not.toMatch(/Interne fout|Internal error/);
}

describe('item 2: outputs never replace or become inputs', () => {
  it('refuses --feedback into the returns folder (exit 2), writing nothing', () => {
    const dir = returnsFolder();
    const inbox = path.join(dir, 'inzendingen');
    const before = snapshot(inbox);
    const run = runCliOnFixtures(['validate', inbox, '--feedback', inbox]);
    clean(run, [2]);
    expect(run.stderr).toMatch(/uitvoermap/);
    expect(snapshot(inbox)).toEqual(before);
    const inside = runCliOnFixtures(['validate', inbox, '--feedback', path.join(inbox, 'terug')]);
    clean(inside, [2]);
    expect(existsSync(path.join(inbox, 'terug'))).toBe(false);
  });

  it("never writes a feedback copy over another organisation's file of the same name", () => {
    const dir = returnsFolder();
    const fb = path.join(dir, 'terug');
    mkdirSync(fb);
    // Another organisation's file that happens to carry the copy's name.
    copyFileSync(path.join(REAL_DIR, 'openpyxl-zaanstad.xlsx'), path.join(fb, 'gemeente-bevindingen.xlsx'));
    const before = snapshot(fb);
    const run = runCliOnFixtures(['validate', path.join(dir, 'inzendingen'), '--feedback', fb]);
    clean(run, [1]);
    expect(snapshot(fb)['gemeente-bevindingen.xlsx']).toBe(before['gemeente-bevindingen.xlsx']);
    expect(readdirSync(fb).sort()).toEqual(['gemeente-bevindingen-2.xlsx', 'gemeente-bevindingen.xlsx']);
    // A second run replaces its own copy, and still not the other file.
    clean(runCliOnFixtures(['validate', path.join(dir, 'inzendingen'), '--feedback', fb]), [1]);
    expect(readdirSync(fb).sort()).toEqual(['gemeente-bevindingen-2.xlsx', 'gemeente-bevindingen.xlsx']);
    expect(snapshot(fb)['gemeente-bevindingen.xlsx']).toBe(before['gemeente-bevindingen.xlsx']);
  });

  it('refuses a report folder inside the returns or holding them (exit 2)', () => {
    const dir = returnsFolder();
    const inbox = path.join(dir, 'inzendingen');
    const before = snapshot(dir);
    clean(runCliOnFixtures(['report', inbox, '-o', path.join(inbox, 'rapportage')]), [2]);
    clean(runCliOnFixtures(['report', inbox, '-o', dir]), [2]);
    clean(runCliOnFixtures(['report', path.join(inbox, 'alkmaar.xlsx'), '-o', inbox]), [2]);
    clean(runCliOnFixtures(['report', `${inbox}/*.xlsx`, '-o', inbox]), [2]);
    expect(snapshot(dir)).toEqual(before);
  });

  it('lists its own outputs among the returns as skipped, never as a return; a re-saved copy is a return again', () => {
    const dir = returnsFolder();
    const inbox = path.join(dir, 'inzendingen');
    for (const f of ['own-output-report.xlsx', 'own-output-feedback.xlsx', 'own-output-feedback-resaved.xlsx'])
      copyFileSync(path.join(CORPUS_DIR, f), path.join(inbox, f));
    const run = runCliOnFixtures(['validate', inbox, '--format', 'json']);
    clean(run, [1]);
    expect(byName(run)).toEqual({
      'alkmaar.xlsx': '',
      'gemeente.xlsx': 'STATUS_MISSING,STATUS_MISSING,STATUS_MISSING',
      'own-output-feedback-resaved.xlsx': 'STATUS_MISSING,STATUS_MISSING,STATUS_MISSING',
      'own-output-feedback.xlsx': 'skipped:output',
      'own-output-report.xlsx': 'skipped:output',
    });
    const report = runCliOnFixtures(['report', inbox, '-o', path.join(dir, 'rapportage')]);
    clean(report, [0]);
    const json = parseOutput<{ inputs: Array<{ file: string; status: string; reason: string | null }> }>(
      'report',
      readFileSync(path.join(dir, 'rapportage', 'rapportage.json'), 'utf8'),
    );
    expect(json.inputs.filter((i) => i.status === 'skipped').map((i) => [path.basename(i.file), i.reason])).toEqual([
      ['own-output-feedback.xlsx', 'output'],
      ['own-output-report.xlsx', 'output'],
    ]);
  });

  it('says that an input is missing, not that the output overlaps it (report and --feedback)', () => {
    const dir = tempDir();
    for (const args of [
      ['report', 'bestaat-niet', '-o', 'rapportage'],
      ['validate', 'bestaat-niet', '--feedback', 'terug'],
    ]) {
      const run = runCliOnFixtures(args, { cwd: dir });
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr).toContain('bestaat-niet bestaat niet');
      expect(run.stderr).not.toContain('valt samen');
    }
  });

  it('does not write into a report folder holding other files without --force; with --force they stay', () => {
    const dir = returnsFolder();
    const out = path.join(dir, 'rapportage');
    mkdirSync(out);
    writeFileSync(path.join(out, 'notities.txt'), 'van de coördinator');
    const run = runCliOnFixtures(['report', path.join(dir, 'inzendingen'), '-o', out]);
    clean(run, [2]);
    expect(run.stderr).toMatch(/notities\.txt/);
    expect(readdirSync(out)).toEqual(['notities.txt']);
    clean(runCliOnFixtures(['report', path.join(dir, 'inzendingen'), '-o', out, '--force']), [0]);
    expect(readdirSync(out).sort()).toEqual([
      'notities.txt',
      'organisaties',
      'rapportage.csv',
      'rapportage.html',
      'rapportage.json',
      'rapportage.md',
      'rapportage.xlsx',
    ]);
    expect(readFileSync(path.join(out, 'notities.txt'), 'utf8')).toBe('van de coördinator');
    // A folder with only a previous report is replaced without --force.
    const again = path.join(dir, 'opnieuw');
    clean(runCliOnFixtures(['report', path.join(dir, 'inzendingen'), '-o', again]), [0]);
    clean(runCliOnFixtures(['report', path.join(dir, 'inzendingen'), '-o', again]), [0]);
  });
});

describe('item 4: the library never throws for a bad file', () => {
  it("validateWorkbook (import from 'weerbaar') returns findings for every corpus file, also invalid character references", () => {
    const script = `
      import { readFileSync, readdirSync } from 'node:fs';
      import { validateWorkbook, loadBuiltinNorm } from 'weerbaar';
      // The corpus is of norm 0.9.0 (norm/archief/).
      const { norm, registry, fingerprint } = await loadBuiltinNorm({ norm: 'norm/archief/noord-hollandse-norm-0.9.0.yaml' });
      const dir = 'test/fixtures/corpus';
      const out = {};
      for (const f of readdirSync(dir).filter((f) => f !== 'expected.json')) {
        try {
          const r = await validateWorkbook(readFileSync(dir + '/' + f), { norm, registry, fingerprint });
          out[f] = r.findings.map((x) => x.code);
        } catch (e) {
          out[f] = 'THREW ' + e;
        }
      }
      const bad = Buffer.from('<x>&#x110000;</x>');
      out.text = (await validateWorkbook(bad, { norm, registry, fingerprint })).findings.map((x) => x.code);
      console.log(JSON.stringify(out));`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as Record<string, string[] | string>;
    expect(Object.entries(out).filter(([, v]) => typeof v === 'string')).toEqual([]);
    expect(out['hostile-char-ref-invalid.xlsx']).toEqual([]);
  });

  it('--jobs 0 keeps the batch going past a file with invalid references (no exit 3)', () => {
    const dir = returnsFolder();
    const inbox = path.join(dir, 'inzendingen');
    copyFileSync(path.join(CORPUS_DIR, 'hostile-char-ref-invalid.xlsx'), path.join(inbox, 'refs.xlsx'));
    const run = runCliOnFixtures(['validate', inbox, '--jobs', '0', '--format', 'json']);
    clean(run, [1]);
    expect(byName(run)).toMatchObject({ 'alkmaar.xlsx': '', 'refs.xlsx': '' });
  });
});

describe('item 6: limits also without workers', () => {
  it('--timeout holds with --jobs 0: a huge legal sheet is stopped, the next file is read', async () => {
    const dir = tempDir();
    // 600,000 rows of the answer sheet, within every size limit, and the id name to row 1,048,576.
    const zip = await JSZip.loadAsync(readFileSync(path.join(REAL_DIR, 'openpyxl-alkmaar.xlsx')));
    const sheet = (await zip.file('xl/worksheets/sheet3.xml')?.async('string')) ?? '';
    const rows: string[] = [];
    for (let r = 100; r < 600_100; r++) rows.push(`<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>9.${r}</t></is></c></row>`);
    zip.file('xl/worksheets/sheet3.xml', sheet.replace('</sheetData>', `${rows.join('')}</sheetData>`));
    const wb = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
    zip.file('xl/workbook.xml', wb.replace('Implementatieoverzicht!$A$3:$A$49', 'Implementatieoverzicht!$A$3:$A$1048576'));
    writeFileSync(
      path.join(dir, 'a-groot.xlsx'),
      await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 1 } }),
    );
    copyFileSync(path.join(REAL_DIR, 'openpyxl-zaanstad.xlsx'), path.join(dir, 'b-zaanstad.xlsx'));
    const before = snapshot(dir);
    const started = Date.now();
    const run = runCliOnFixtures(['validate', dir, '--jobs', '0', '--timeout', '1', '--format', 'json']);
    clean(run, [1]);
    expect(byName(run)).toEqual({ 'a-groot.xlsx': 'FILE_TIMEOUT', 'b-zaanstad.xlsx': '' });
    expect(Date.now() - started).toBeLessThan(45_000);
    expect(snapshot(dir)).toEqual(before);
  });
});

describe('item 7: the report set is replaced as one unit', () => {
  it('removes the temporaries of an interrupted run, and puts back an old report whose replacement never arrived', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'rapportage');
    // A run killed between its two renames: the old set moved aside, the new one not yet in place.
    mkdirSync(path.join(dir, '.rapportage.weerbaar-old-1234-deadbeef'));
    writeFileSync(path.join(dir, '.rapportage.weerbaar-old-1234-deadbeef', 'rapportage.md'), 'oud');
    mkdirSync(path.join(dir, '.rapportage.weerbaar-tmp-1234-deadbeef'));
    writeFileSync(path.join(dir, '.rapportage.weerbaar-tmp-1234-deadbeef', 'rapportage.md'), 'half');
    // The next run fails while writing (a file where its folder should be): the restored old set stays whole.
    await expect(
      writeFolderAsUnit(out, [
        ['rapportage.md', 'nieuw'],
        ['rapportage.md/pagina.html', 'x'],
      ]),
    ).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(['rapportage']);
    expect(readFileSync(path.join(out, 'rapportage.md'), 'utf8')).toBe('oud');
    // A leftover of writeAtomic inside the folder is removed by the next successful run.
    writeFileSync(path.join(out, '.rapportage.csv.1234.abcdef12.tmp'), 'x');
    await writeFolderAsUnit(out, [
      ['rapportage.md', 'nieuw'],
      ['rapportage.csv', 'a;b'],
    ]);
    expect(readdirSync(dir)).toEqual(['rapportage']);
    expect(readdirSync(out).sort()).toEqual(['rapportage.csv', 'rapportage.md']);
    expect(readFileSync(path.join(out, 'rapportage.md'), 'utf8')).toBe('nieuw');
  });

  it('makes each file when it writes it, and a file that cannot be made leaves the old set whole', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'rapportage');
    await writeFolderAsUnit(out, [['rapportage.md', 'oud']]);
    const made: string[] = [];
    await expect(
      writeFolderAsUnit(out, [
        ['rapportage.md', () => (made.push('md'), 'nieuw')],
        [
          'rapportage.csv',
          () => {
            made.push('csv');
            throw new Error('cannot make it');
          },
        ],
        ['rapportage.html', () => (made.push('html'), '<p>')],
      ]),
    ).rejects.toThrow('cannot make it');
    // The third file was never made: the first failure stops the set.
    expect(made).toEqual(['md', 'csv']);
    expect(readdirSync(dir)).toEqual(['rapportage']);
    expect(readdirSync(out)).toEqual(['rapportage.md']);
    expect(readFileSync(path.join(out, 'rapportage.md'), 'utf8')).toBe('oud');
    await writeFolderAsUnit(out, [
      ['rapportage.md', async () => Promise.resolve('nieuw')],
      ['rapportage.csv', () => new TextEncoder().encode('a;b')],
    ]);
    expect(readdirSync(out).sort()).toEqual(['rapportage.csv', 'rapportage.md']);
    expect(readFileSync(path.join(out, 'rapportage.csv'), 'utf8')).toBe('a;b');
  });

  it('the CLI leaves no temporaries beside or inside the report folder', () => {
    const dir = returnsFolder();
    const out = path.join(dir, 'rapportage');
    clean(runCliOnFixtures(['report', path.join(dir, 'inzendingen'), '-o', out]), [0]);
    clean(runCliOnFixtures(['report', path.join(dir, 'inzendingen'), '-o', out]), [0]);
    expect(readdirSync(dir).sort()).toEqual(['inzendingen', 'rapportage']);
    expect(readdirSync(out).sort()).toEqual([
      'organisaties',
      'rapportage.csv',
      'rapportage.html',
      'rapportage.json',
      'rapportage.md',
      'rapportage.xlsx',
    ]);
    expect(readdirSync(path.join(out, 'organisaties'))).toEqual(['GM0361-alkmaar.html']);
  });
});

describe('item 8: arguments and odd folder entries', () => {
  it('--feedback at a file exits 2 with a message', () => {
    const dir = returnsFolder();
    const run = runCliOnFixtures(['validate', path.join(dir, 'inzendingen'), '--feedback', path.join(REAL_DIR, 'answers.json')]);
    clean(run, [2]);
    expect(run.stderr).toMatch(/geen map/);
  });

  it('--feedback at a read-only folder exits 2 with a message', () => {
    const dir = returnsFolder();
    const ro = path.join(dir, 'alleen-lezen');
    mkdirSync(ro);
    chmodSync(ro, 0o555);
    const run = runCliOnFixtures(
      ['validate', path.join(dir, 'inzendingen'), '--feedback', ro],
      isRoot() ? { uid: NOBODY, gid: NOBODY } : {},
    );
    clean(run, [2]);
    expect(run.stderr).toMatch(/kan niet worden geschreven/);
    expect(readdirSync(ro)).toEqual([]);
  });

  it('follows a symlinked return, lists a symlinked folder as skipped and a broken link as unreadable', () => {
    const dir = returnsFolder();
    const inbox = path.join(dir, 'inzendingen');
    const elsewhere = path.join(dir, 'elders');
    mkdirSync(elsewhere);
    copyFileSync(path.join(REAL_DIR, 'openpyxl-zaanstad.xlsx'), path.join(elsewhere, 'zaanstad.xlsx'));
    symlinkSync(path.join(elsewhere, 'zaanstad.xlsx'), path.join(inbox, 'link-zaanstad.xlsx'));
    symlinkSync(elsewhere, path.join(inbox, 'link-map'));
    symlinkSync(path.join(dir, 'weg.xlsx'), path.join(inbox, 'link-weg.xlsx'));
    const run = runCliOnFixtures(['validate', inbox, '--format', 'json']);
    clean(run, [1]);
    expect(byName(run)).toEqual({
      'alkmaar.xlsx': '',
      'gemeente.xlsx': 'STATUS_MISSING,STATUS_MISSING,STATUS_MISSING',
      'link-map': 'skipped:symlink',
      'link-weg.xlsx': 'FILE_UNREADABLE',
      'link-zaanstad.xlsx': '',
    });
    expect(statSync(path.join(elsewhere, 'zaanstad.xlsx')).isFile()).toBe(true);
  });
});
