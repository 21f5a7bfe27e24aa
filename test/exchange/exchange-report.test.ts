import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs, runCliWith, tempDir } from '../helpers/cli-run.js';
import { parseCsv, readReportOutput, sheetRows, type ReportOutput } from '../helpers/report-output.js';

/**
 * Leren van elkaar end to end: `weerbaar report` on seven hand-built returns of the test norm
 * (openpyxl, three saved by LibreOffice; see make_exchange_fixtures.py for who answered what),
 * named, anonymised and totals only, with the built-in registry (three RIECs).
 */
const HERE = path.dirname(fileURLToPath(import.meta.url));
const FIXTURES = path.join(HERE, '..', 'fixtures', 'exchange');
const NORM = path.join(FIXTURES, 'norm-uitwisseling.yaml');
const RETURNS = path.join(FIXTURES, 'returns');

/** Every organisation name and every contact in the returns: none may show in a report that names no one. */
const NAMES = ['Alkmaar', 'Hoorn', 'Haarlem', 'Zaanstad', 'Amstelveen', 'Hilversum'];
const CONTACTS = [
  'P. de Wit',
  'leren@alkmaar.nl',
  'coordinator@alkmaar.nl',
  'B. Visser',
  'weerbaar@hoorn.nl',
  'F. El Amrani',
  'weerbaarheid@amsterdam.nl',
  'L. Meijer',
  'T. de Boer',
  'M. Smit',
  'S. Bakker',
];

function report(extra: string[]): { dir: string; out: Promise<ReportOutput> } {
  const dir = path.join(tempDir(), 'out');
  const r = runCliWith(['report', '--norm', NORM, RETURNS, '-o', dir, '--salt', 'vast', '-q', ...extra]);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return { dir, out: readReportOutput(dir) };
}

/** The section from its heading to the next heading of the same level. */
const mdSection = (md: string) =>
  md.slice(md.indexOf('### Leren van elkaar'), md.indexOf('\n### ', md.indexOf('### Leren van elkaar') + 5));
const htmlSection = (html: string) =>
  html.slice(html.indexOf('<section aria-labelledby="h-exchange">'), html.indexOf('</section>', html.indexOf('h-exchange')));

let named: ReportOutput;
let namedDir: string;
let anonymised: ReportOutput;
let anonymisedDir: string;
let aggregate: ReportOutput;
let aggregateDir: string;

beforeAll(async () => {
  const a = report([]);
  const b = report(['--anonymise']);
  const c = report(['--aggregate-only']);
  [named, anonymised, aggregate] = await Promise.all([a.out, b.out, c.out]);
  [namedDir, anonymisedDir, aggregateDir] = [a.dir, b.dir, c.dir];
}, 120_000);
afterAll(removeTempDirs);

describe('Leren van elkaar, named', () => {
  it('ranks the principles by how many seek help', () => {
    const x = named.json.exchange;
    expect(x?.named).toBe(true);
    expect(x?.principles.slice(0, 4).map((p) => [p.id, p.seekerCount, p.helperCount])).toEqual([
      ['1.1', 3, 2],
      ['2.2', 2, 1],
      ['1.3', 1, 0],
      ['2.1', 0, 1],
    ]);
  });

  it('names as helpers only organisations that offered and have the best status', () => {
    const helpers = (id: string) => named.json.exchange?.principles.find((p) => p.id === id)?.helpers.map((h) => h.name);
    // 1.1: Haarlem has Uitgevoerd but offered nothing; Zaanstad offered but is In ontwikkeling.
    expect(helpers('1.1')).toEqual(['Amsterdam', 'Hoorn']);
    // 2.2: Haarlem and Amstelveen have Uitgevoerd without offering.
    expect(helpers('2.2')).toEqual(['Alkmaar']);
    expect(helpers('2.1')).toEqual(['Haarlem']);
    const everHelper = new Set(named.json.exchange?.principles.flatMap((p) => p.helpers.map((h) => `${p.id} ${h.name}`)));
    for (const never of ['1.1 Haarlem', '1.1 Zaanstad', '2.2 Haarlem', '2.2 Amstelveen'])
      expect(everHelper.has(never)).toBe(false);
  });

  it('takes the contact from the exchange fields, else from the invuller and e-mail, field by field', () => {
    const helper = (id: string, name: string) =>
      named.json.exchange?.principles.find((p) => p.id === id)?.helpers.find((h) => h.name === name)?.contact;
    expect(helper('2.2', 'Alkmaar')).toEqual({ name: 'P. de Wit', email: 'leren@alkmaar.nl' });
    expect(helper('1.1', 'Hoorn')).toEqual({ name: 'B. Visser', email: 'weerbaar@hoorn.nl' });
    expect(helper('1.1', 'Amsterdam')).toEqual({ name: 'F. El Amrani', email: 'weerbaarheid@amsterdam.nl' });
  });

  it('writes leren-van-elkaar.csv: a row per seeker and helper, the own RIEC first, a seeker without helper once', () => {
    const rows = parseCsv(readFileSync(path.join(namedDir, 'leren-van-elkaar.csv'), 'utf8').replace(/^\uFEFF/, ''), ';');
    const head = rows[0] ?? [];
    expect(head).toEqual([
      'uitgangspunt',
      'titel',
      'zoekt_hulp',
      'zoekt_hulp_code',
      'zoekt_hulp_riec',
      'zoekt_hulp_status',
      'zoekt_hulp_contact',
      'zoekt_hulp_email',
      'helper',
      'helper_code',
      'helper_riec',
      'helper_contact',
      'helper_email',
      'regio',
    ]);
    const col = (r: string[], name: string) => r[head.indexOf(name)] ?? '';
    const pairs = rows.slice(1).map((r) => [col(r, 'uitgangspunt'), col(r, 'zoekt_hulp'), col(r, 'helper'), col(r, 'regio')]);
    expect(pairs).toEqual([
      ['1.1', 'Amstelveen', 'Amsterdam', 'zelfde RIEC'],
      ['1.1', 'Amstelveen', 'Hoorn', 'elders'],
      ['1.1', 'Hilversum', 'Amsterdam', 'elders'],
      ['1.1', 'Hilversum', 'Hoorn', 'elders'],
      ['1.1', 'Alkmaar', 'Hoorn', 'zelfde RIEC'],
      ['1.1', 'Alkmaar', 'Amsterdam', 'elders'],
      ['2.2', 'Hoorn', 'Alkmaar', 'zelfde RIEC'],
      ['2.2', 'Zaanstad', 'Alkmaar', 'zelfde RIEC'],
      ['1.3', 'Amsterdam', '', 'geen helper'],
    ]);
    const alkmaar = rows.find((r) => col(r, 'zoekt_hulp') === 'Hoorn');
    expect([
      col(alkmaar ?? [], 'zoekt_hulp_contact'),
      col(alkmaar ?? [], 'zoekt_hulp_email'),
      col(alkmaar ?? [], 'helper_contact'),
      col(alkmaar ?? [], 'helper_email'),
    ]).toEqual(['B. Visser', 'weerbaar@hoorn.nl', 'P. de Wit', 'leren@alkmaar.nl']);
  });

  it('shows the same matches in Markdown, HTML and the sheet Leren van elkaar', () => {
    const md = mdSection(named.md);
    expect(md).toContain(
      '| Alkmaar | RIEC Noord-Holland | P. de Wit, leren@alkmaar.nl | Hoorn (B. Visser, weerbaar@hoorn.nl) | Amsterdam (F. El Amrani, weerbaarheid@amsterdam.nl) |',
    );
    expect(md).toContain('Aanbod zonder vraag (nog niemand zocht hulp): 2.1 Gedragscode (1).');
    const html = htmlSection(named.html);
    expect(html).toContain('<strong>Hoorn</strong> (B. Visser, weerbaar@hoorn.nl)');
    const ws = named.wb.getWorksheet('Leren van elkaar');
    expect(ws).toBeDefined();
    const rows = sheetRows(ws!).filter((r) => r !== undefined);
    const alkmaar = rows.find((r) => r.includes('Alkmaar') && r.includes('1.1'));
    expect(alkmaar).toEqual(
      expect.arrayContaining([
        'P. de Wit',
        'leren@alkmaar.nl',
        'Hoorn (B. Visser, weerbaar@hoorn.nl)',
        'Amsterdam (F. El Amrani, weerbaarheid@amsterdam.nl)',
      ]),
    );
    // Only the named helpers; Haarlem and Zaanstad (1.1) appear nowhere as helpers.
    for (const text of [md, html, rows.map((r) => r.slice(9).join(' ')).join('\n')]) {
      expect(text).not.toMatch(/Haarlem \(|Zaanstad \(|class="helper"><strong>(Haarlem|Zaanstad)</);
    }
  });

  it('tells each organisation on its page who in its own RIEC offered help on its open points, with the contact', () => {
    const page = (file: string) => readFileSync(path.join(namedDir, 'organisaties', file), 'utf8');
    const alkmaar = page('GM0361-alkmaar.html');
    const section = alkmaar.slice(alkmaar.indexOf('<section class="exchange">'));
    // Open: 1.1 (Ontbreekt, asked for help) and 2.1 (In ontwikkeling). In RIEC Noord-Holland: Hoorn for 1.1, Haarlem for 2.1.
    expect(section).toContain('<strong>Hoorn</strong> (B. Visser, weerbaar@hoorn.nl)');
    expect(section).toContain('<strong>Haarlem</strong> (S. Bakker, ondermijning@haarlem.nl)');
    expect(section).toContain('u zocht hulp');
    expect(section).not.toContain('Amsterdam (');
    expect(section).not.toContain('Zaanstad');
    const amstelveen = page('GM0362-amstelveen.html');
    const other = amstelveen.slice(amstelveen.indexOf('<section class="exchange">'));
    expect(other).toContain('<strong>Amsterdam</strong> (F. El Amrani, weerbaarheid@amsterdam.nl)');
    expect(other).not.toContain('Hoorn');
    // Haarlem has 1.2 open; nobody in its RIEC offered on 1.2: no section.
    expect(page('GM0392-haarlem.html')).not.toContain('<section class="exchange">');
  });
});

describe.each([
  ['--anonymise', () => anonymised, () => anonymisedDir],
  ['--aggregate-only', () => aggregate, () => aggregateDir],
])('Leren van elkaar with %s', (_flag, out, dir) => {
  it('keeps only the counts: no names and no contacts in the section, no list', () => {
    const x = out().json.exchange;
    expect(x?.named).toBe(false);
    expect(x?.principles.find((p) => p.id === '1.1')).toMatchObject({
      seekerCount: 3,
      helperCount: 2,
      matchedInRiec: 2,
      seekers: [],
      helpers: [],
    });
    expect(existsSync(path.join(dir(), 'leren-van-elkaar.csv'))).toBe(false);
    const sheet = out().wb.getWorksheet('Leren van elkaar');
    expect(sheet).toBeDefined();
    const sections = [
      mdSection(out().md),
      htmlSection(out().html),
      JSON.stringify(x),
      sheetRows(sheet!)
        .filter((r) => r !== undefined)
        .flat()
        .join('\n'),
    ];
    expect(sections[0]).toContain('| 1.1 | Weerbaarheidsscan | 3 | 2 | 2 |');
    for (const text of sections) for (const name of [...NAMES, 'GM0', ...CONTACTS]) expect(text).not.toContain(name);
  });

  it('shows no contact anywhere in the report files', () => {
    const all = [out().md, out().html, JSON.stringify(out().json), out().csv];
    for (const text of all) for (const contact of CONTACTS) expect(text).not.toContain(contact);
  });
});
