import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs, runCliWith, tempDir, transcript } from '../helpers/cli-run.js';
import { FIXTURE_NORM } from '../helpers/run-cli.js';
import { CORPUS_DIR, REAL_DIR } from '../helpers/fill-workbook.js';
import { loadFixtureBuiltins } from '../helpers/template-workbook.js';
import { parseOutput } from '../helpers/output-schema.js';

/**
 * `weerbaar score` end to end on the built CLI (dist/). Zaanstad scores 42.9 / 50 / 50 / 33.3 /
 * 31.3 / 30 per theme and 39.6 overall (see real-fixtures.test.ts); Alkmaar 73.4 overall.
 */
interface JsonTheme {
  id: string;
  name: string;
  score: number | null;
  label: string | null;
  counts: Record<string, number>;
  unanswered: number;
  notApplicable: number;
  applicable: number;
  total: number;
}
interface JsonResult {
  file: string;
  organisation: { code: string; name: string } | null;
  meetmoment: string | null;
  scorable: boolean;
  forced: boolean;
  errors: number;
  overall: { score: number | null; label: string | null } | null;
  themes: JsonTheme[];
  trace: {
    formula: string;
    method: string;
    notApplicable: string;
    unanswered: string;
    modelFingerprint: string;
    tool: string;
  } | null;
  thresholdsUnmet: Array<{ threshold: string; actual: number }>;
}
interface JsonReport {
  schemaVersion: number;
  tool: { name: string; version: string };
  norm: { id: string; version: string; fingerprint: string };
  results: JsonResult[];
}

let root: string;
const ZAANSTAD = 'zaanstad.xlsx';
const ALKMAAR = 'alkmaar.xlsx';
const BROKEN = 'status-ontbreekt.xlsx';
let fingerprint: string;

beforeAll(async () => {
  fingerprint = (await loadFixtureBuiltins()).fingerprint;
  root = tempDir();
  copyFileSync(path.join(REAL_DIR, 'openpyxl-zaanstad.xlsx'), path.join(root, ZAANSTAD));
  copyFileSync(path.join(REAL_DIR, 'libreoffice-alkmaar.xlsx'), path.join(root, ALKMAAR));
  // three statuses empty: 3 validation errors
  copyFileSync(path.join(CORPUS_DIR, 'status-missing.xlsx'), path.join(root, BROKEN));
  mkdirSync(path.join(root, 'retouren'));
  copyFileSync(path.join(REAL_DIR, 'openpyxl-zaanstad.xlsx'), path.join(root, 'retouren', ZAANSTAD));
  copyFileSync(path.join(CORPUS_DIR, 'status-missing.xlsx'), path.join(root, 'retouren', BROKEN));
});
afterAll(removeTempDirs);

// The committed returns are of norm 0.9.0 (FIXTURE_NORM).
const score = (args: string[]) => runCliWith(['score', '--norm', FIXTURE_NORM, ...args], { cwd: root });
const json = (stdout: string) => parseOutput<JsonReport>('score', stdout);
const noStack = (stderr: string) => expect(stderr).not.toMatch(/^\s+at /m);

describe('--format json', () => {
  let report: JsonReport;
  beforeAll(() => {
    const run = score([ZAANSTAD, ALKMAAR, '--format', 'json']);
    expect(run.status).toBe(0);
    report = json(run.stdout);
  });

  it('has the documented top level', () => {
    expect(report).toMatchObject({
      schemaVersion: 1,
      tool: { name: 'weerbaar', version: expect.stringMatching(/^\d+\.\d+\.\d+/) },
      norm: { id: 'nh-weerbare-overheid', version: '0.9.0', fingerprint },
    });
    expect(report.results.map((r) => r.file)).toEqual([ALKMAAR, ZAANSTAD]);
  });

  it('gives per result the organisation, meetmoment, overall and six themes "1".."6"', () => {
    const z = report.results.find((r) => r.file === ZAANSTAD)!;
    expect(z).toMatchObject({
      organisation: { code: 'GM0479', name: 'Zaanstad' },
      meetmoment: 'Nulmeting 2025',
      scorable: true,
      forced: false,
      overall: { score: 39.6, label: 'Beginfase' },
    });
    expect(z.themes.map((t) => t.id)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(z.themes.map((t) => t.score)).toEqual([42.9, 50, 50, 33.3, 31.3, 30]);
    for (const t of z.themes) {
      expect(Object.keys(t).sort()).toEqual(
        ['applicable', 'counts', 'id', 'label', 'name', 'notApplicable', 'score', 'total', 'unanswered'].sort(),
      );
      expect(Object.keys(t.counts)).toEqual(['uitgevoerd', 'in-ontwikkeling', 'ontbreekt', 'nvt']);
      expect(typeof t.name).toBe('string');
    }
    expect(z.themes[5]).toMatchObject({
      counts: { uitgevoerd: 0, 'in-ontwikkeling': 3, ontbreekt: 2, nvt: 1 },
      unanswered: 0,
      notApplicable: 1,
      applicable: 5,
      total: 6,
    });
  });

  it('records the score trace', () => {
    for (const r of report.results) {
      expect(r.trace).toMatchObject({
        formula: expect.any(String),
        method: 'gemiddelde-themas',
        notApplicable: 'excluded',
        unanswered: 'zero',
        modelFingerprint: expect.stringMatching(/^[0-9a-f]{64}$/),
        tool: `weerbaar ${report.tool.version}`,
      });
    }
    expect(new Set(report.results.map((r) => r.trace?.modelFingerprint)).size).toBe(1);
  });
});

describe('returns with validation errors', () => {
  it('are not scorable: exit 1, no scores, the error count given', () => {
    const run = score([BROKEN, ZAANSTAD, '--format', 'json']);
    expect(run.status).toBe(1);
    const r = json(run.stdout).results.find((x) => x.file === BROKEN)!;
    expect(r).toMatchObject({ scorable: false, forced: false, errors: 3, overall: null, themes: [], trace: null });
    expect(json(run.stdout).results.find((x) => x.file === ZAANSTAD)?.scorable).toBe(true);
    expect(score([BROKEN]).stdout).toMatch(/niet te scoren: 3 fouten/);
  });

  it('with --force are scored and marked forced (the run still does not pass: exit 1)', () => {
    const run = score([BROKEN, '--force', '--format', 'json']);
    const r = json(run.stdout).results[0]!;
    expect(r).toMatchObject({ scorable: false, forced: true, errors: 3 });
    // 1.1, 1.3 and 2.5 are empty and count as unanswered (0)
    expect(r.themes.map((t) => t.unanswered)).toEqual([2, 1, 0, 0, 0, 0]);
    expect(r.overall?.score).toEqual(expect.any(Number));
    expect(run.status).toBe(1);
    expect(score([BROKEN, '--force']).stdout).toMatch(/--force/);
  });
});

describe('thresholds', () => {
  it('lists every unmet threshold, not only the first, and exits 1', () => {
    const run = score([ZAANSTAD, '--threshold', 'overall>=60,thema.1>=40,thema.3>=55,thema.4>=40', '--format', 'json']);
    expect(run.status).toBe(1);
    expect(json(run.stdout).results[0]?.thresholdsUnmet).toEqual([
      { threshold: 'overall>=60', actual: 39.6 },
      { threshold: 'thema.3>=55', actual: 50 },
      { threshold: 'thema.4>=40', actual: 33.3 },
    ]);
    const table = score([ZAANSTAD, '--threshold', 'overall>=60,thema.3>=50']);
    expect(table.status).toBe(1);
    expect(table.stdout).toMatch(/overall>=60/);
    expect(table.stdout).not.toMatch(/✖.*thema\.3>=50/); // 50 >= 50 is met
  });

  it('exits 0 when every threshold is met', () => {
    const run = score([ZAANSTAD, ALKMAAR, '--threshold', 'overall>=35,thema.3>=50']);
    expect(run.status).toBe(0);
    noStack(run.stderr);
  });

  it('judges every file of a folder', () => {
    const run = score([ZAANSTAD, ALKMAAR, '--threshold', 'totaal>=60', '--format', 'json']);
    expect(run.status).toBe(1);
    expect(json(run.stdout).results.map((r) => [r.file, r.thresholdsUnmet.map((u) => u.threshold)])).toEqual([
      [ALKMAAR, []],
      [ZAANSTAD, ['totaal>=60']],
    ]);
  });

  it.each([
    ['a list of expressions', 'lijst.yaml', '- overall >= 60\n- thema.3 >= 55\n'],
    ['a mapping', 'tabel.yaml', 'totaal: 60\nthema:\n  "3": 55\n'],
  ])('--thresholds FILE as %s', (_, name, yaml) => {
    writeFileSync(path.join(root, name), yaml);
    const run = score([ZAANSTAD, '--thresholds', name, '--format', 'json']);
    expect(run.status).toBe(1);
    expect(json(run.stdout).results[0]?.thresholdsUnmet.map((u) => u.actual)).toEqual([39.6, 50]);
    expect(score([ALKMAAR, '--thresholds', name]).status).toBe(0);
  });

  it.each([
    ['a bad expression', ['--threshold', 'overal>=60']],
    ['a bad operator', ['--threshold', 'overall=>60']],
    ['an unknown theme', ['--threshold', 'thema.9>=50']],
    ['an unknown theme in a file', ['--thresholds', 'onbekend.yaml']],
    ['a missing thresholds file', ['--thresholds', 'bestaat-niet.yaml']],
    ['both --threshold and --thresholds', ['--threshold', 'overall>=1', '--thresholds', 'lijst.yaml']],
  ])('%s exits 2 with a message', (_, args) => {
    writeFileSync(path.join(root, 'onbekend.yaml'), 'thema:\n  "7": 50\n');
    writeFileSync(path.join(root, 'lijst.yaml'), '- overall >= 60\n');
    const run = score([ZAANSTAD, ...args]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim()).not.toBe('');
    noStack(run.stderr);
  });
});

describe('exit 2 on usage and I/O errors', () => {
  it.each([
    ['a missing path', ['bestaat-niet.xlsx']],
    ['an unknown --format', [ZAANSTAD, '--format', 'xml']],
    ['an unknown option', [ZAANSTAD, '--bogus']],
  ])('%s', (_, args) => {
    const run = score(args);
    expect(run.status).toBe(2);
    noStack(run.stderr);
  });
});

describe('--format csv', () => {
  const rows = (csv: string, sep: string) =>
    csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n')
      .map((l) => l.split(sep));

  it('Dutch by default: a BOM, ";" and a decimal comma', () => {
    const run = score([ZAANSTAD, '--format', 'csv']);
    expect(run.status).toBe(0);
    expect(run.stdout.startsWith('\uFEFF')).toBe(true);
    const table = rows(run.stdout, ';');
    expect(table).toHaveLength(1 + 6 + 1); // header, six themes, overall
    for (const r of table) expect(r).toHaveLength(table[0]!.length);
    const score1 = table[0]!.indexOf('score');
    expect(table.slice(1).map((r) => r[score1])).toEqual(['42,9', '50', '50', '33,3', '31,3', '30', '39,6']);
    expect(run.stdout).not.toMatch(/\d\.\d/);
  });

  it('--lang en: "," and a decimal point', () => {
    const run = score([ZAANSTAD, '--format', 'csv', '--lang', 'en']);
    expect(run.stdout.startsWith('\uFEFF')).toBe(true);
    const table = rows(run.stdout, ',');
    for (const r of table) expect(r).toHaveLength(table[0]!.length);
    const col = table[0]!.indexOf('score');
    expect(table.slice(1).map((r) => r[col])).toEqual(['42.9', '50', '50', '33.3', '31.3', '30', '39.6']);
  });
});

describe('--format csv header', () => {
  // Count columns carry a prefix (aantal_nvt), so an option code never clashes with another column.
  it('names every column once', () => {
    const header = score([ZAANSTAD, '--format', 'csv'])
      .stdout.replace(/^\uFEFF/, '')
      .split('\r\n')[0]!
      .split(';');
    expect(new Set(header).size).toBe(header.length);
  });
});

describe('--format markdown', () => {
  it('has one table row per file', () => {
    const run = score([ZAANSTAD, ALKMAAR, '--format', 'markdown']);
    const lines = run.stdout.split('\n').filter((l) => l.startsWith('|'));
    expect(lines).toHaveLength(2 + 2);
    expect(lines[1]).toMatch(/^\|(---\|)+$/);
    expect(run.stdout).toContain('**39,6%**');
  });
});

describe('the table output', () => {
  it('matches the snapshot (colour off)', () => {
    const run = score(['retouren']);
    expect(run.stdout).not.toMatch(/\u001b\[/);
    expect(transcript('weerbaar score retouren', run)).toMatchSnapshot();
  });

  it('with thresholds and --force, matches the snapshot (colour off)', () => {
    const run = score(['retouren', '--force', '--threshold', 'overall>=60,thema.3>=50']);
    expect(transcript("weerbaar score retouren --force --threshold 'overall>=60,thema.3>=50'", run)).toMatchSnapshot();
  });

  it('--lang en gives English', () => {
    const run = score([ZAANSTAD, '--lang', 'en']);
    expect(run.stdout).toContain('Early stage');
    expect(run.stdout).toContain('39.6%');
    expect(run.stdout).not.toContain('Beginfase');
  });
});
