import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs, runCliOnFixtures, tempDir } from '../helpers/cli-run.js';
import { CORPUS_DIR, REAL_DIR } from '../helpers/fill-workbook.js';
import { REPO_ROOT, type CliRun } from '../helpers/run-cli.js';
import { parseOutput } from '../helpers/output-schema.js';

const VERSIONS_DIR = path.join(REPO_ROOT, 'test', 'fixtures', 'versions');

/**
 * The coordinator's loop on the built CLI (issue 17): intake, one word per outcome, empty input,
 * a reason on stderr for every non-zero exit, help, global options, -O, --quiet, the config file
 * and shell completion. Each case records its exit code and the line that says why (colour off).
 */

let root: string;
/** Two accepted returns (Alkmaar twice, Haarlem), one for another meetmoment, one rejected, a PDF, a .docx and a lock file. */
let returns: string;
let empty: string;

/** Runs the CLI in `root`, with a wide terminal so that tables do not depend on the machine. */
const cli = (args: string[], env: NodeJS.ProcessEnv = {}): CliRun =>
  runCliOnFixtures(args, { cwd: root, env: { COLUMNS: '120', ...env } });
const firstLine = (text: string) => text.split('\n').find((l) => l.trim() !== '') ?? '';

beforeAll(() => {
  root = tempDir('weerbaar-coordinator-');
  returns = path.join(root, 'retouren');
  empty = path.join(root, 'leeg');
  mkdirSync(returns);
  mkdirSync(empty);
  for (const f of ['openpyxl-alkmaar.xlsx', 'libreoffice-alkmaar.xlsx', 'libreoffice-haarlem.xlsx', 'openpyxl-zaanstad.xlsx'])
    copyFileSync(path.join(REAL_DIR, f), path.join(returns, f));
  copyFileSync(path.join(CORPUS_DIR, 'email-invalid.xlsx'), path.join(returns, 'email-invalid.xlsx'));
  // Only the name counts for a file that is no spreadsheet: it is listed, never read.
  writeFileSync(path.join(returns, 'texel-print.pdf'), '%PDF-1.4\n');
  writeFileSync(path.join(returns, 'huizen-toelichting.docx'), 'PK');
  writeFileSync(path.join(returns, '~$openpyxl-alkmaar.xlsx'), '');
}, 60_000);

afterAll(removeTempDirs);

describe('CLI behaviour table: exit code and the sentence that says why', () => {
  // [what, args, exit code, where the sentence is, a fragment of it]
  const cases: Array<[string, () => string[], number, 'stdout' | 'stderr', string | RegExp]> = [
    ['weerbaar alone shows the help', () => [], 0, 'stdout', 'Gebruik: weerbaar [opties] [opdracht]'],
    ['weerbaar norm alone shows its help', () => ['norm'], 0, 'stdout', 'Gebruik: weerbaar norm [opties] [opdracht]'],
    [
      'weerbaar help validate shows the help of validate',
      () => ['help', 'validate'],
      0,
      'stdout',
      'Gebruik: weerbaar validate [opties] <pad...>',
    ],
    ['an unknown norm subcommand', () => ['norm', 'chek'], 2, 'stderr', "Zie 'weerbaar norm --help'."],
    [
      'an unknown option points at the subcommand help',
      () => ['validate', '--bogus', 'x'],
      2,
      'stderr',
      "Zie 'weerbaar validate --help'.",
    ],
    ['--lang before the subcommand', () => ['--lang', 'en', 'validate', empty], 2, 'stderr', 'No spreadsheets found'],
    ['--norm before the subcommand', () => ['--norm', 'geen-norm.yaml', 'validate', returns], 2, 'stderr', 'geen-norm.yaml'],
    ['validate on an empty folder', () => ['validate', empty], 2, 'stderr', 'Geen spreadsheets gevonden'],
    ['score on an empty folder', () => ['score', empty], 2, 'stderr', 'Geen spreadsheets gevonden'],
    [
      'report on an empty folder',
      () => ['report', empty, '-o', path.join(root, 'rapport-leeg')],
      2,
      'stderr',
      'Geen spreadsheets gevonden',
    ],
    [
      'intake on an empty folder',
      () => ['intake', empty, '-o', path.join(root, 'intake-leeg')],
      2,
      'stderr',
      'Geen spreadsheets gevonden',
    ],
    ['a pattern that matches nothing', () => ['validate', path.join(empty, '*.xlsx')], 2, 'stderr', 'past op geen enkel bestand'],
    ['a path that does not exist', () => ['validate', path.join(root, 'nergens.xlsx')], 2, 'stderr', 'bestaat niet'],
    [
      'validate json with a rejected file',
      () => ['validate', returns, '--format', 'json'],
      1,
      'stderr',
      /^1 bestand afgekeurd: .*email-invalid\.xlsx/,
    ],
    [
      'score csv with an unmet threshold',
      () => ['score', path.join(returns, 'openpyxl-zaanstad.xlsx'), '--format', 'csv', '--threshold', 'overall>=101'],
      1,
      'stderr',
      'Drempel niet gehaald (overall>=101)',
    ],
    [
      'score json with a file that cannot be scored',
      () => ['score', path.join(returns, 'email-invalid.xlsx'), '--format', 'json'],
      1,
      'stderr',
      'niet gescoord wegens fouten',
    ],
    [
      'report --fail-on-rejected',
      () => ['report', returns, '-o', path.join(root, 'rapport'), '--fail-on-rejected', '--quiet'],
      1,
      'stderr',
      /^1 bestand afgekeurd/,
    ],
    [
      'intake -o into a returns folder',
      () => ['intake', returns, '-o', returns],
      2,
      'stderr',
      /^De uitvoermap .*retouren valt samen met de invoer/,
    ],
    [
      'intake -o inside a returns folder',
      () => ['intake', returns, '-o', path.join(returns, 'lijst')],
      2,
      'stderr',
      /^De uitvoermap .*lijst valt samen met de invoer/,
    ],
    [
      'intake that is not complete',
      () => ['intake', returns, '-o', path.join(root, 'intake'), '--quiet'],
      1,
      'stderr',
      'Nog niet compleet: 43 van de 45 organisaties',
    ],
    ['completion for an unknown shell', () => ['completion', 'fish'], 2, 'stderr', "'fish' is geen geldige waarde"],
  ];
  it.each(cases)('%s', (_what, args, code, stream, fragment) => {
    const run = cli(args());
    expect(run.status).toBe(code);
    const text = stream === 'stdout' ? run.stdout : run.stderr;
    if (typeof fragment === 'string') expect(text).toContain(fragment);
    else expect(firstLine(text)).toMatch(fragment);
    // Every non-zero exit says why on stderr.
    if (code !== 0) expect(run.stderr.trim()).not.toBe('');
  });

  it('the same empty-input sentence for validate, score, report and intake', () => {
    const lines = [
      ['validate', empty],
      ['score', empty],
      ['report', empty, '-o', path.join(root, 'r2')],
      ['intake', empty, '-o', path.join(root, 'i2')],
    ].map((a) => firstLine(cli(a).stderr));
    expect(new Set(lines).size).toBe(1);
    expect(existsSync(path.join(root, 'r2'))).toBe(false);
  });
});

describe('weerbaar intake', () => {
  let run: CliRun;
  let csv: string;
  beforeAll(() => {
    run = cli(['intake', returns, '-o', path.join(root, 'intake-tabel')]);
    csv = readFileSync(path.join(root, 'intake-tabel', 'intake.csv'), 'utf8');
  });

  it('lists every organisation with one state and every file that is not a return, exit 1 while not complete', () => {
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('45 organisaties: 2 goedgekeurd, 0 afgekeurd, 43 niet ontvangen (en 4 samengevoegd');
    expect(run.stdout).toContain('2 geen spreadsheet, 1 vervangen, 1 buiten de selectie, 1 overgeslagen');
    for (const f of ['texel-print.pdf', 'huizen-toelichting.docx', 'email-invalid.xlsx', 'libreoffice-alkmaar.xlsx'])
      expect(run.stdout).toContain(f);
  });

  it('writes intake.csv in the Dutch dialect with a BOM, a row per organisation and per other file, and the sentence to send', () => {
    expect(csv.startsWith('\uFEFFStand;Organisatie;Code;RIEC;Bestand;Redenen;E-mailadres;Bericht\r\n')).toBe(true);
    const rows = csv.trim().split('\r\n');
    // 45 current + 4 merged organisations, then 6 other files: superseded, rejected, other meetmoment, lock, PDF, docx.
    expect(rows).toHaveLength(1 + 49 + 6);
    const haarlem = rows.find((r) => r.includes(';Haarlem;')) ?? '';
    expect(haarlem.split(';')[0]).toBe('goedgekeurd');
    expect(haarlem).toContain('ondermijning@haarlem.nl');
    const pdf = rows.find((r) => r.includes('texel-print.pdf')) ?? '';
    expect(pdf.split(';')[0]).toBe('geen spreadsheet');
    expect(pdf).toContain('Excel-bestand (.xlsx)');
    expect(rows.find((r) => r.includes(';Hoorn;'))?.split(';')[0]).toBe('niet ontvangen');
    expect(rows.find((r) => r.includes(';Weesp;'))?.split(';')[0]).toBe('samengevoegd');
  });

  it('--format json with -O writes the document atomically to the file and nothing to stdout', () => {
    const file = path.join(root, 'uit', 'intake.json');
    const r = cli(['intake', returns, '-o', path.join(root, 'intake-json'), '--format', 'json', '-O', file]);
    expect(r.status).toBe(1);
    const doc = parseOutput<{ complete: boolean; organisations: number; counts: Record<string, number> }>(
      'intake',
      readFileSync(file, 'utf8'),
    );
    expect([doc.complete, doc.organisations, doc.counts.accepted]).toEqual([false, 45, 2]);
    expect(r.stdout).not.toContain('"schemaVersion"');
  });

  it('writes nothing when -o points into a returns folder, and takes the working folder above the returns by default', () => {
    expect(cli(['intake', returns, '-o', returns]).status).toBe(2);
    expect(existsSync(path.join(returns, 'intake.csv'))).toBe(false);
    const dir = tempDir('weerbaar-intake-cwd-');
    mkdirSync(path.join(dir, 'inzendingen'));
    copyFileSync(path.join(REAL_DIR, 'libreoffice-haarlem.xlsx'), path.join(dir, 'inzendingen', 'haarlem.xlsx'));
    copyFileSync(path.join(REAL_DIR, 'openpyxl-zaanstad.xlsx'), path.join(dir, 'zaanstad.xlsx'));
    expect(runCliOnFixtures(['intake', 'inzendingen', '--quiet'], { cwd: dir }).status).toBe(1);
    expect(existsSync(path.join(dir, 'intake.csv'))).toBe(true);
    // A named file in the working folder is no folder that is scanned: intake.csv may go next to it.
    expect(runCliOnFixtures(['intake', 'zaanstad.xlsx', '-o', '.', '--quiet'], { cwd: dir }).status).toBe(1);
  });

  it('reads a return of an archived norm version with that version and says so, in Dutch and in English', () => {
    const norm = path.join(VERSIONS_DIR, 'norm-1.0.0.yaml');
    const old = path.join(VERSIONS_DIR, 'returns-0.9.0');
    const run = (lang: string) => {
      const r = cli([
        'intake',
        old,
        '--norm',
        norm,
        '-o',
        path.join(root, `intake-versie-${lang}`),
        '--format',
        'json',
        '--lang',
        lang,
      ]);
      expect(r.status).toBe(1);
      return parseOutput<{
        rows: Array<{
          kind: string;
          state: string;
          file: string | null;
          organisation: { name: string } | null;
          reasons: string[];
          action: string;
        }>;
      }>('intake', r.stdout);
    };
    const nl = run('nl');
    // Read with 0.9.0 from the archive: valid, so not rejected, but not counted for 1.0.0 either.
    const files = nl.rows.filter((r) => r.kind === 'file').map((r) => [path.basename(r.file ?? ''), r.state, r.reasons]);
    expect(files).toEqual([
      [
        'libreoffice-haarlem.xlsx',
        'excluded',
        ['gemaakt met versie 0.9.0 van de norm, niet met de huidige versie 1.0.0; telt niet mee'],
      ],
      [
        'openpyxl-alkmaar.xlsx',
        'excluded',
        ['gemaakt met versie 0.9.0 van de norm, niet met de huidige versie 1.0.0; telt niet mee'],
      ],
    ]);
    const alkmaar = nl.rows.find((r) => r.kind === 'organisation' && r.organisation?.name === 'Alkmaar');
    expect(alkmaar?.state).toBe('not-received');
    expect(alkmaar?.reasons).toEqual([
      'alleen ontvangen in een sjabloon van een eerdere versie van de norm dan 1.0.0: openpyxl-alkmaar.xlsx',
    ]);
    expect(alkmaar?.action).toContain('ingevuld in het sjabloon van versie 0.9.0 van de norm; de huidige versie is 1.0.0');
    const en = run('en');
    expect(en.rows.filter((r) => r.kind === 'file').map((r) => r.reasons[0])).toEqual([
      'made with version 0.9.0 of the standard, not with the current version 1.0.0; does not count',
      'made with version 0.9.0 of the standard, not with the current version 1.0.0; does not count',
    ]);
    expect(en.rows.find((r) => r.organisation?.name === 'Haarlem')?.action).toContain(
      'the template of version 0.9.0 of the standard; the current version is 1.0.0',
    );
  });

  it('exit 0 when every organisation of the chosen scope is accepted', () => {
    const registry = path.join(root, 'twee.yaml');
    writeFileSync(
      registry,
      'formaat: 1\norganisaties:\n  - { code: GM0361, naam: Alkmaar, soort: gemeente, riec: RIEC Noord-Holland }\n  - { code: GM0392, naam: Haarlem, soort: gemeente, riec: RIEC Noord-Holland }\n',
    );
    const only = path.join(root, 'twee');
    mkdirSync(only);
    for (const f of ['openpyxl-alkmaar.xlsx', 'libreoffice-haarlem.xlsx'])
      copyFileSync(path.join(REAL_DIR, f), path.join(only, f));
    const r = cli(['intake', only, '--registry', registry, '-o', path.join(root, 'intake-twee')]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe(`Lijst voor samenvoegen (mail merge) geschreven: ${path.join(root, 'intake-twee', 'intake.csv')}.\n`);
    expect(r.stdout).toContain('2 organisaties: 2 goedgekeurd');
  });
});

describe('folder scans never drop a file silently', () => {
  it('validate lists the PDF and the .docx as FILE_NOT_SPREADSHEET without failing on them', () => {
    const r = cli(['validate', returns, '--format', 'json']);
    const doc = parseOutput<{
      files: Array<{ file: string; ok: boolean; findings: Array<{ code: string; args: Record<string, string> }> }>;
    }>('validate', r.stdout);
    const foreign = doc.files.filter((f) => f.findings.some((x) => x.code === 'FILE_NOT_SPREADSHEET'));
    expect(foreign.map((f) => [path.basename(f.file), f.ok, f.findings[0]?.args.kind])).toEqual([
      ['huizen-toelichting.docx', true, 'word'],
      ['texel-print.pdf', true, 'pdf'],
    ]);
  });

  it('score names them on stderr', () => {
    const r = cli(['score', returns, '--format', 'json', '--force']);
    expect(r.stderr).toContain('texel-print.pdf: Geen spreadsheet (PDF)');
    expect(r.stderr).toContain('huizen-toelichting.docx: Geen spreadsheet (DOCX)');
  });

  it('the report lists them among its inputs and carries the intake table', () => {
    const out = path.join(root, 'rapport-scan');
    cli(['report', returns, '-o', out, '--quiet']);
    const report = parseOutput<{
      inputs: Array<{ file: string; status: string; reason: string | null }>;
      intake: { organisations: number; rows: Array<{ state: string; email?: string }> } | null;
    }>('report', readFileSync(path.join(out, 'rapportage.json'), 'utf8'));
    expect(report.inputs.filter((i) => i.reason === 'foreign').map((i) => [path.basename(i.file), i.status])).toEqual([
      ['huizen-toelichting.docx', 'skipped'],
      ['texel-print.pdf', 'skipped'],
    ]);
    expect(report.intake?.organisations).toBe(45);
    expect(report.intake?.rows.some((r) => 'email' in r)).toBe(false);
  });
});

describe('--quiet, -O and the config file', () => {
  it('--quiet prints no table and no summary; the reason for exit 1 still goes to stderr', () => {
    const r = cli(['validate', returns, '--quiet']);
    expect([r.status, r.stdout]).toEqual([1, '']);
    expect(r.stderr).toMatch(/^1 bestand afgekeurd/);
  });

  it('-O writes a machine format to a file instead of stdout', () => {
    const file = path.join(root, 'ci', 'score.csv');
    const r = cli(['score', path.join(returns, 'libreoffice-haarlem.xlsx'), '--format', 'csv', '-O', file]);
    expect([r.status, r.stdout]).toEqual([0, '']);
    expect(readFileSync(file, 'utf8')).toContain('libreoffice-haarlem.xlsx');
  });

  it('takes the registry from weerbaar.config.yaml in the working folder; the command line wins', () => {
    const dir = tempDir('weerbaar-config-');
    writeFileSync(
      path.join(dir, 'een.yaml'),
      'formaat: 1\norganisaties:\n  - { code: GM0392, naam: Haarlem, soort: gemeente, riec: RIEC Noord-Holland }\n',
    );
    writeFileSync(path.join(dir, 'weerbaar.config.yaml'), 'registry: een.yaml\nmin-group: 3\n');
    const r = runCliOnFixtures(['intake', path.join(REAL_DIR, 'libreoffice-haarlem.xlsx'), '-o', dir], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('1 organisatie: 1 goedgekeurd');
  });

  it('refuses a literal salt in the config file, with line and column', () => {
    const dir = tempDir('weerbaar-config-');
    writeFileSync(path.join(dir, 'instellingen.yaml'), 'riec: Noord-Holland\nsalt: geheim123\n');
    const r = runCliOnFixtures(['--config', 'instellingen.yaml', 'validate', REAL_DIR], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('instellingen.yaml:2:7: zet het geheim (salt) niet in het instellingenbestand');
    expect(r.stderr).not.toContain('geheim123');
  });

  it('takes the salt from the environment variable named by salt-env', () => {
    const dir = tempDir('weerbaar-config-');
    writeFileSync(path.join(dir, 'weerbaar.config.yaml'), 'salt-env: RIEC_GEHEIM\n');
    const args = ['report', path.join(REAL_DIR, 'libreoffice-haarlem.xlsx'), '-o', 'r', '--anonymise', '--quiet'];
    const missing = runCliOnFixtures(args, { cwd: dir, env: { RIEC_GEHEIM: '' } });
    expect([missing.status, firstLine(missing.stderr)]).toEqual([
      2,
      expect.stringContaining('weerbaar.config.yaml:1:11: de omgevingsvariabele RIEC_GEHEIM'),
    ]);
    const given = runCliOnFixtures(args, { cwd: dir, env: { RIEC_GEHEIM: 'vast-geheim' } });
    expect(given.status).toBe(0);
    const notes = parseOutput<{ notes: string[] }>(
      'report',
      readFileSync(path.join(dir, 'r', 'rapportage.json'), 'utf8'),
    ).notes.join(' ');
    // A random salt adds a note that pseudonyms are not stable; the salt from the environment does not.
    expect(notes).not.toMatch(/willekeurig|random/i);
  });

  it('rejects an unknown key with line and column', () => {
    const dir = tempDir('weerbaar-config-');
    writeFileSync(path.join(dir, 'weerbaar.config.yaml'), 'norm: norm.yaml\nminGroup: 3\n');
    const r = runCliOnFixtures(['validate', REAL_DIR], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/weerbaar\.config\.yaml:2:\d+: onbekend veld 'minGroup'/);
  });
});

describe('weerbaar completion', () => {
  it.each(['bash', 'zsh'])('%s: generated from the program, so every command and option is in it', (shell) => {
    const r = cli(['completion', shell]);
    expect(r.status).toBe(0);
    for (const word of ['intake', 'validate', '--output-file', '--quiet', '--meetmoment', 'junit'])
      expect(r.stdout).toContain(word);
    expect(r.stdout).toContain('complete -o default -F _weerbaar_complete weerbaar');
  });

  it('bash accepts the script and completes a subcommand and a --format choice', () => {
    const bash = spawnSync('bash', ['--version']);
    if (bash.status !== 0) return; // no bash on this machine: the syntax check is left to one that has it
    const script = cli(['completion', 'bash']).stdout;
    const probe = (words: string[]) =>
      spawnSync(
        'bash',
        [
          '-c',
          `${script}\nCOMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _weerbaar_complete; echo "\${COMPREPLY[@]}"`,
        ],
        { encoding: 'utf8' },
      ).stdout.trim();
    expect(probe(['weerbaar', 'int'])).toBe('intake');
    expect(probe(['weerbaar', 'validate', '--format', 'j']).split(' ').sort()).toEqual(['json', 'junit']);
    expect(probe(['weerbaar', 'norm', 'ch'])).toBe('check');
  });
});
