import { Chalk } from 'chalk';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings/finding.js';
import { makeFinding } from '../../src/findings/make-finding.js';
import type { Registry } from '../../src/norm/registry-schema.js';
import { describeGroup } from '../../src/render/findings/describe-group.js';
import { groupFindings, placeRuns } from '../../src/render/findings/group-findings.js';
import { MAX_FINDINGS_PER_CODE } from '../../src/render/findings/cap-findings.js';
import type { RenderOptions } from '../../src/render/render-options.js';
import { renderScoreMarkdown } from '../../src/render/score/render-markdown.js';
import { renderScoreTable } from '../../src/render/score/render-table.js';
import { VALIDATE_RENDERERS } from '../../src/render/validate/index.js';
import type { ScoreReport } from '../../src/score/score-report.js';
import { buildValidateReport, type FileInput } from '../../src/validate/validate-report.js';
import { parseOutput } from '../helpers/output-schema.js';

/**
 * The validate formats on reports built in memory: grouping and width of the human formats, the
 * cap on huge finding counts, and escaping of hostile file names and cell values per format.
 */
const REGISTRY: Registry = {
  formaat: 1,
  organisaties: [
    {
      code: 'GM0361',
      naam: 'Alkmaar',
      soort: 'gemeente',
      veiligheidsregio: null,
      veiligheidsregio_code: null,
      riec: null,
      geldig_vanaf: null,
      geldig_tot: null,
    },
  ],
};
const META = {
  tool: { name: 'weerbaar', version: '0.0.0' },
  norm: { id: 'nh-weerbare-overheid', version: '0.9.0', fingerprint: 'f'.repeat(64) },
};
const plain = (o: Partial<RenderOptions> = {}): RenderOptions => ({ lang: 'nl', color: new Chalk({ level: 0 }), ...o });
const report = (inputs: FileInput[]) => buildValidateReport(inputs, META, REGISTRY, false);

const OVERVIEW = 'Implementatieoverzicht';
const FRONT = 'Organisatie';
/** The 41 principle ids of the built-in norm, in order, at rows 4–44 as in the template. */
const IDS = [
  '1.1',
  '1.2',
  '1.3',
  '1.4',
  '1.5',
  '1.6',
  '1.7',
  '2.1',
  '2.2',
  '2.3',
  '2.4',
  '2.5',
  '2.6',
  '2.7',
  '3.1',
  '3.2',
  '3.3',
  '3.4',
  '3.5',
  '3.6',
  '3.7',
  '4.1',
  '4.2',
  '4.3',
  '4.4',
  '4.5',
  '4.6',
  '4.7',
  '5.1',
  '5.2',
  '5.3',
  '5.4',
  '5.5',
  '5.6',
  '5.7',
  '6.1',
  '6.2',
  '6.3',
  '6.4',
  '6.5',
  '6.6',
];

/** What validate finds in a blank return: the organisation, four front fields and 41 statuses. */
function blankFindings(): Finding[] {
  const front = [
    ['invuller', 'Ingevuld door', 'B4'],
    ['email', 'E-mailadres', 'B6'],
    ['datum', 'Datum van invullen', 'B7'],
    ['meetmoment', 'Meetmoment', 'B8'],
  ] as const;
  return [
    makeFinding('ORG_MISSING', { field: 'organisatie', label: 'Organisatie', sheet: FRONT }, { sheet: FRONT, cell: 'B3' }),
    ...front.map(([field, label, cell]) => makeFinding('FRONT_MISSING', { field, label, sheet: FRONT }, { sheet: FRONT, cell })),
    ...IDS.map((id, i) =>
      makeFinding('STATUS_MISSING', { id, label: 'Status' }, { sheet: OVERVIEW, cell: `E${i + 4}`, principle: id }),
    ),
  ];
}

describe('grouping in the human formats', () => {
  it('a blank return: one line per code, 41 statuses as the range 1.1–6.6', () => {
    const groups = groupFindings(blankFindings());
    expect(groups.map((g) => [g.code, g.total])).toEqual([
      ['ORG_MISSING', 1],
      ['FRONT_MISSING', 4],
      ['STATUS_MISSING', 41],
    ]);
    const status = describeGroup(groups[2]!, 'nl');
    expect(status).toMatchObject({ sheet: OVERVIEW, cells: 'E4:E44' });
    expect(status.message).toContain('1.1–6.6');
    expect(describeGroup(groups[1]!, 'en').message).toContain("'Ingevuld door'");
    expect(describeGroup(groups[1]!, 'nl').cells).toBe('B4, B6:B8');
  });

  it('places follow the cells: a gap in the rows starts a new run', () => {
    const f = ['1.1', '1.2', '1.3', '1.5', '2.1'].map((id) =>
      makeFinding('STATUS_MISSING', { id, label: 'Status' }, { sheet: OVERVIEW, cell: `E${IDS.indexOf(id) + 4}`, principle: id }),
    );
    expect(placeRuns(f).map((r) => [r.firstPrinciple, r.lastPrinciple, r.count])).toEqual([
      ['1.1', '1.3', 3],
      ['1.5', '1.5', 1],
      ['2.1', '2.1', 1],
    ]);
    expect(describeGroup(groupFindings(f)[0]!, 'nl').message).toContain('1.1–1.3, 1.5, 2.1');
  });

  it("with the norm's order, a run of principles continues across the theme rows between them", () => {
    // As in the template: a heading row above each theme, so 1.7 is in E10 and 2.1 in E12.
    const cellOf = (id: string) => `E${IDS.indexOf(id) + 4 + Number(id.split('.')[0])}`;
    const f = IDS.filter((id) => id !== '3.3').map((id) =>
      makeFinding('STATUS_MISSING', { id, label: 'Status' }, { sheet: OVERVIEW, cell: cellOf(id), principle: id }),
    );
    const [group] = groupFindings(f);
    expect(describeGroup(group!, 'nl', IDS).message).toContain('1.1–3.2, 3.4–6.6');
    expect(describeGroup(group!, 'nl', IDS).cells).toBe('E5:E22, E24:E50');
    expect(describeGroup(group!, 'nl').message).toContain('1.1–1.7, 2.1–2.7');
  });

  it('findings without a place stay one per line', () => {
    const copied = ['1.1, 1.2, 1.3, 1.4, 1.5', '2.1, 2.2, 2.3, 2.4, 2.5'].map((ids) =>
      makeFinding('COPIED_TOELICHTING', { field: 'toelichting', label: 'Toelichting', count: 5, ids, text: 'zie boven' }),
    );
    expect(groupFindings(copied).map((g) => g.total)).toEqual([1, 1]);
  });

  it('the table of a blank return fits one screen: at most 24 lines of at most 80 columns', () => {
    const out = VALIDATE_RENDERERS.table(
      report([{ file: 'retouren/leeg.xlsx', findings: blankFindings() }]),
      plain({ width: 80 }),
    );
    const lines = out.split('\n');
    expect(lines.length).toBeLessThanOrEqual(24);
    for (const line of lines) expect(line.length, line).toBeLessThanOrEqual(80);
    expect(out).toMatchSnapshot();
  });

  it('the table fits narrower and wider terminals too', () => {
    for (const width of [80, 100, 160]) {
      const out = VALIDATE_RENDERERS.table(
        report([{ file: 'retouren/leeg.xlsx', findings: blankFindings() }]),
        plain({ width, lang: 'en' }),
      );
      for (const line of out.split('\n')) expect(line.length, `${width}: ${line}`).toBeLessThanOrEqual(width);
    }
  });

  it('markdown groups the same way; JSON, JUnit and GitHub keep one entry per place', () => {
    const r = report([{ file: 'leeg.xlsx', findings: blankFindings() }]);
    const md = VALIDATE_RENDERERS.markdown(r, plain());
    expect(md.split('\n').filter((l) => l.startsWith('- '))).toHaveLength(3);
    expect(md).toMatchSnapshot();
    const json = parseOutput<{ files: Array<{ findings: unknown[]; omitted: unknown[] }> }>(
      'validate',
      VALIDATE_RENDERERS.json(r, plain()),
    );
    expect(json.files[0]?.findings).toHaveLength(46);
    expect(json.files[0]?.omitted).toEqual([]);
    expect(VALIDATE_RENDERERS.github(r, plain()).trimEnd().split('\n')).toHaveLength(46);
    expect(VALIDATE_RENDERERS.junit(r, plain()).match(/<failure /g)).toHaveLength(46);
  });
});

describe('huge finding counts', () => {
  const N = 200_000;
  const many = (): Finding[] =>
    Array.from({ length: N }, (_, i) =>
      makeFinding(
        'TEXT_CHANGED',
        { id: `9.${i}`, old: 'a', new: 'b' },
        { sheet: OVERVIEW, cell: `C${i + 4}`, principle: `9.${i}` },
      ),
    );
  const r = report([{ file: 'groot.xlsx', findings: [...many(), makeFinding('PROTECTION_REMOVED', {}, { sheet: OVERVIEW })] }]);

  it('the table prints, with the full count in one line', () => {
    const out = VALIDATE_RENDERERS.table(r, plain({ width: 80 }));
    expect(out).toContain('200.000');
    expect(out.split('\n').length).toBeLessThan(30);
  });

  it('every format caps per file and code and says how many were left out', () => {
    const json = parseOutput<{
      files: Array<{
        counts: { warning: number };
        findings: Array<{ code: string }>;
        omitted: Array<{ code: string; severity: string; count: number }>;
      }>;
    }>('validate', VALIDATE_RENDERERS.json(r, plain()));
    const file = json.files[0]!;
    expect(file.findings.filter((f) => f.code === 'TEXT_CHANGED')).toHaveLength(MAX_FINDINGS_PER_CODE);
    expect(file.findings.filter((f) => f.code === 'PROTECTION_REMOVED')).toHaveLength(1);
    expect(file.omitted).toEqual([{ code: 'TEXT_CHANGED', severity: 'warning', count: N - MAX_FINDINGS_PER_CODE }]);
    expect(file.counts.warning).toBe(N);
    const github = VALIDATE_RENDERERS.github(r, plain()).trimEnd().split('\n');
    expect(github).toHaveLength(MAX_FINDINGS_PER_CODE + 2);
    expect(github.at(-1)).toMatch(/^::warning file=groot\.xlsx,title=TEXT_CHANGED::.*199\.000/);
    const md = VALIDATE_RENDERERS.markdown(r, plain());
    expect(md).toContain('200.000');
    expect(md.length).toBeLessThan(5000);
    const junit = VALIDATE_RENDERERS.junit(r, plain({ maxPerCode: 10 }));
    expect(junit.match(/warning TEXT_CHANGED/g)).toHaveLength(11);
  });
});

describe('hostile file names and cell values', () => {
  const ESC = '\u001b';
  const NAME = `retouren/<script>alert(1)</script>${ESC}[2J${ESC}]0;titel\u0007\r\u0000\u009b31m&amp;.xlsx`;
  const CELL = `<img src=x onerror=alert(1)> [klik](javascript:alert(1)) ${ESC}[31mrood${ESC}[0m\r\nregel\u0008\u202e`;
  const hostile = () =>
    report([
      {
        file: NAME,
        findings: [
          makeFinding(
            'OPTION_UNKNOWN',
            { field: 'status', label: 'Status', value: CELL, suggestion: CELL },
            { sheet: `${OVERVIEW}${ESC}[1m`, cell: 'E4', principle: '1.1' },
          ),
          makeFinding('TEXT_CHANGED', { id: '1.2', old: CELL, new: CELL }, { sheet: OVERVIEW, cell: 'C5', principle: '1.2' }),
        ],
      },
    ]);

  it('table and github pass no control character but the line break to the terminal', () => {
    for (const out of [
      VALIDATE_RENDERERS.table(hostile(), plain({ width: 80 })),
      VALIDATE_RENDERERS.github(hostile(), plain()),
    ]) {
      expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
      expect(out).toContain('␛[2J');
    }
  });

  it('JUnit is well-formed XML, and the names come back as visible text', () => {
    const xml = VALIDATE_RENDERERS.junit(hostile(), plain());
    const names: string[] = [];
    const failures: string[] = [];
    const parser = new SaxesParser();
    parser.on('opentag', (tag) => {
      if (tag.name === 'testcase') names.push(String(tag.attributes.name));
      if (tag.name === 'failure') failures.push(String(tag.attributes.message));
    });
    parser.write(xml).close(); // throws on any well-formedness error
    expect(names).toHaveLength(1);
    expect(names[0]).toContain('<script>alert(1)</script>␛[2J');
    expect(failures[0]).toContain('<img src=x onerror=alert(1)>');
  });

  it('markdown escapes HTML, links, CR and ESC', () => {
    const md = VALIDATE_RENDERERS.markdown(hostile(), plain());
    // A link needs an unescaped ']('; every '[' and ']' from the file is escaped.
    expect(md).not.toMatch(/<script|<img|(?<!\\)\]\(javascript:|\r|\u001b/i);
    expect(md).toContain('&lt;script&gt;');
    expect(md).toContain('\\[klik\\](javascript:');
  });

  it('JSON keeps the values as data, escaped by JSON itself', () => {
    const json = VALIDATE_RENDERERS.json(hostile(), plain());
    expect(json).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    expect(parseOutput<{ files: Array<{ file: string }> }>('validate', json).files[0]?.file).toBe(NAME);
  });

  it('score table and markdown escape file and organisation names', () => {
    const score = {
      schemaVersion: 1,
      results: [
        {
          file: NAME,
          organisation: { code: 'GM0361', name: `Alk${ESC}[31mmaar` },
          meetmoment: `<b>${ESC}</b>`,
          errors: 0,
          forced: false,
          scorable: false,
          overall: null,
          themes: [],
          unmet: [],
        },
      ],
      options: [],
      thresholds: [],
    } as unknown as ScoreReport;
    expect(renderScoreTable(score, plain())).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    const md = renderScoreMarkdown(score, plain());
    expect(md).not.toMatch(/<script|<b>|\u001b|\r/);
  });
});
