import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { findingMessage } from '../../src/i18n/format-finding.js';
import { makeFinding } from '../../src/findings/make-finding.js';
import { removeTempDirs, runCliWith, tempDir } from '../helpers/cli-run.js';
import { sheetRows as copyRows } from '../helpers/feedback-copy.js';
import { parseOutput } from '../helpers/output-schema.js';
import { parseCsv, readReportOutput, round1, sheetRows, workbookTexts, type ReportOutput } from '../helpers/report-output.js';
import { REPO_ROOT, type CliRun } from '../helpers/run-cli.js';
import { cellText, loadWorkbook, resolveName } from '../helpers/template-workbook.js';

/**
 * The whole chain on the example norm of another (made-up) province, through the built CLI:
 * norm check, template (nl and en), sample, validate, score, report twice (with --previous),
 * feedback copies and a prefilled template. The example norm differs from the built-in one in
 * every way a norm may: ids like L1.1, a five-step scale without n.v.t., answer fields with other
 * ids and roles, a rule over a front field, front fields with other ids whose roles say which is the
 * date of filling in and which the (free-text) meetmoment, and a registry of its own.
 */

const NORM = path.join(REPO_ROOT, 'norm', 'voorbeelden', 'voorbeeldprovincie-norm.yaml');

interface ExampleNorm {
  schaal: Array<{ code: string; label: string; score?: number; nvt?: boolean }>;
  velden: Array<{ id: string; label: string; label_en?: string }>;
  voorblad: Array<{ id: string; label: string; rol?: string }>;
  themas: Array<{ id: string; uitgangspunten: Array<{ id: string; gewicht?: number }> }>;
}
const norm = parse(readFileSync(NORM, 'utf8')) as ExampleNorm;
const fieldIds = norm.velden.map((f) => f.id);
const scoreOf = new Map(norm.schaal.map((o) => [o.code, o.score ?? 0]));
const weightOf = new Map(norm.themas.flatMap((t) => t.uitgangspunten.map((p) => [p.id, p.gewicht ?? 1] as const)));

let root: string;
const at = (...parts: string[]) => path.join(root, ...parts);
/** The CLI on the example norm, in the temp folder; the registry comes from the norm's `register:`. */
const cli = (args: string[]): CliRun => runCliWith(['--norm', NORM, ...args], { cwd: root, env: { COLUMNS: '120' } });
const ok = (run: CliRun, what: string): CliRun => {
  if (run.status !== 0) throw new Error(`${what} failed (${run.status}): ${run.stderr}`);
  return run;
};
const filesIn = (dir: string): string[] => readdirSync(dir).sort();

/** No built-in norm, registry or field name in a text the tool wrote for the example norm. */
function expectOwnWording(text: string, what: string): void {
  expect(text, what).not.toContain('Noord-Holland');
  expect(text, what).not.toContain('Noord-Hollandse');
}

let check: CliRun;
let reports: { first: ReportOutput; second: ReportOutput };

beforeAll(async () => {
  root = tempDir('weerbaar-voorbeeldnorm-');
  check = runCliWith(['norm', 'check', NORM], { cwd: root });
  ok(cli(['template', '-o', at('sjabloon-nl.xlsx')]), 'template nl');
  ok(cli(['template', '--lang', 'en', '-o', at('template-en.xlsx')]), 'template en');
  // Six returns per meetmoment: one per organisation, and clean (every seventh carries a mistake).
  ok(cli(['sample', '-o', at('meting-2026'), '--count', '6', '--seed', '11']), 'sample 2026');
  ok(cli(['sample', '-o', at('meting-2027'), '--count', '6', '--seed', '12', '--meetmoment', 'Meting 2027']), 'sample 2027');
  ok(cli(['report', at('meting-2026'), '-o', at('rapport-2026'), '--min-group', '2', '--quiet']), 'report 2026');
  ok(
    cli([
      'report',
      at('meting-2027'),
      '-o',
      at('rapport-2027'),
      '--min-group',
      '2',
      '--previous',
      at('rapport-2026', 'rapportage.json'),
      '--quiet',
    ]),
    'report 2027',
  );
  reports = { first: await readReportOutput(at('rapport-2026')), second: await readReportOutput(at('rapport-2027')) };
}, 240_000);

afterAll(removeTempDirs);

describe('the example norm through the whole chain', () => {
  it('norm check: in order, with its own ids and its own five-step scale', () => {
    expect(check.status).toBe(0);
    expect(check.stdout).toContain('in orde');
    for (const id of ['L1', 'L2', 'L3']) expect(check.stdout).toContain(id);
    for (const o of norm.schaal) expect(check.stdout).toContain(o.code);
    expect(norm.schaal.some((o) => o.nvt)).toBe(false);
    expectOwnWording(check.stdout, 'norm check');
  });

  it('template nl and en: one column per answer field, named and labelled by the norm', async () => {
    for (const [file, lang] of [
      ['sjabloon-nl.xlsx', 'nl'],
      ['template-en.xlsx', 'en'],
    ] as const) {
      const bytes = new Uint8Array(readFileSync(at(file)));
      const wb = await loadWorkbook(bytes);
      for (const f of norm.velden) {
        const range = resolveName(wb, f.id);
        const header = cellText(range.sheet.getCell(range.firstRow - 1, range.firstCol).value);
        expect(header, `${file} ${f.id}`).toContain(lang === 'en' ? (f.label_en ?? f.label) : f.label);
      }
      const names = wb.definedNames.model.map((n) => n.name);
      for (const builtin of ['status', 'toelichting', 'planning', 'eigenaar', 'prioriteit'])
        expect(names, file).not.toContain(builtin);
      for (const f of norm.voorblad) expect(names, file).toContain(f.id);
      const { cells } = await workbookTexts(bytes);
      const text = cells.join('\n');
      expect(text).toContain(lang === 'en' ? 'Example standard — not a real standard' : 'Voorbeeldnorm — geen echte norm');
      expect(text).toContain('L3.2');
      expectOwnWording(text, file);
    }
  });

  it('sample writes returns that validate without a finding; the organisations come from the registry the norm names', () => {
    expect(filesIn(at('meting-2026'))).toHaveLength(6);
    const run = cli(['validate', at('meting-2026'), at('meting-2027'), '--format', 'json']);
    expect(run.status).toBe(0);
    const out = parseOutput<{
      summary: { files: number; passed: number; error: number; warning: number };
      files: Array<{ organisation: { code: string; name: string } | null }>;
    }>('validate', run.stdout);
    expect(out.summary).toMatchObject({ files: 12, passed: 12, error: 0, warning: 0 });
    const names = new Set(out.files.map((f) => f.organisation?.name));
    expect([...names].sort()).toEqual([
      'Modelmeer',
      'Oefenwaard',
      'Proefdorp',
      'Testerveen',
      'Voorbeeldprovincie',
      'Voorbeeldstad',
    ]);
  });

  it('score uses the example scale: every answer counts with its own score (0.75, 0.25, …) and its weight', () => {
    const run = cli(['score', at('meting-2026'), at('meting-2027'), '--format', 'json']);
    expect(run.status).toBe(0);
    const out = parseOutput<{
      results: Array<{
        organisation: { code: string };
        meetmoment: string;
        overall: { score: number };
        themes: Array<{ counts: Record<string, number>; notApplicable: number }>;
      }>;
    }>('score', run.stdout);
    expect(out.results).toHaveLength(12);
    const statuses = new Map(
      [reports.first, reports.second].flatMap((r) =>
        r.json.organisations.map((o) => [`${o.code} ${o.meetmoment ?? ''}`, o.statuses] as const),
      ),
    );
    const used = new Set<string>();
    for (const r of out.results) {
      for (const t of r.themes) {
        expect(Object.keys(t.counts)).toEqual(norm.schaal.map((o) => o.code));
        expect(t.notApplicable).toBe(0);
      }
      const answers = statuses.get(`${r.organisation.code} ${r.meetmoment}`) ?? {};
      const entries = Object.entries(answers);
      expect(entries).toHaveLength(weightOf.size);
      let sum = 0;
      let weights = 0;
      for (const [id, code] of entries) {
        used.add(code ?? '');
        sum += (weightOf.get(id) ?? 1) * (scoreOf.get(code ?? '') ?? 0);
        weights += weightOf.get(id) ?? 1;
      }
      expect(r.overall.score, r.organisation.code).toBe(round1((100 * sum) / weights));
    }
    // The steps between the best and the worst are in use, so their scores count above.
    expect([...used].filter((c) => c === 'grotendeels' || c === 'half' || c === 'begonnen').length).toBeGreaterThan(0);
  });

  it('report: the long table has one column per answer field of the norm, in CSV, JSON and xlsx', () => {
    for (const r of [reports.first, reports.second]) {
      const rows = parseCsv(r.csv.replace(/^\uFEFF/, ''), ';');
      const header = rows[0] ?? [];
      const start = header.indexOf('uitgangspunt') + 1;
      expect(start).toBeGreaterThan(0);
      expect(header.slice(start)).toEqual(fieldIds);
      for (const builtin of ['status', 'toelichting', 'planning', 'eigenaar', 'prioriteit'])
        expect(header).not.toContain(builtin);
      expect(rows.filter((row) => row.length > 1)).toHaveLength(1 + 6 * weightOf.size);
      expect(r.json.fields.map((f) => f.id)).toEqual(fieldIds);
      expect(r.json.fields.find((f) => f.role === 'status')?.id).toBe('stand');
      expect(r.json.fields.find((f) => f.role === 'planning')?.id).toBe('gereed_op');
      expect(r.json.fields.find((f) => f.explanation)?.id).toBe('onderbouwing');
      for (const a of r.json.answers) expect(Object.keys(a.values)).toEqual(fieldIds);
      const data = r.wb.getWorksheet('Gegevens');
      const head = data ? (sheetRows(data)[1] ?? []) : [];
      expect(head.slice(head.indexOf('Uitgangspunt') + 1)).toEqual(norm.velden.map((f) => f.label));
    }
  });

  it('report --previous: the second meetmoment compares with the first', () => {
    const r = reports.second.json;
    expect(r.scope.meetmoment).toBe('Meting 2027');
    expect(r.trend?.previous.meetmoment).toBe('Meting 2026');
    expect(r.trend?.organisations).toHaveLength(6);
    expect(r.history?.measurements.map((m) => m.meetmoment)).toEqual(['Meting 2026', 'Meting 2027']);
  });

  it('the date of filling in and the meetmoment are front fields with ids of their own, found by their roles', () => {
    const ids = norm.voorblad.map((f) => f.id);
    for (const fixed of ['datum', 'meetmoment']) expect(ids).not.toContain(fixed);
    const byRole = Object.fromEntries(norm.voorblad.filter((f) => f.rol).map((f) => [f.rol, f.id]));
    expect(byRole).toEqual({ invuldatum: 'ingevuld_op', meetmoment: 'meetronde' });
    for (const [r, moment] of [
      [reports.first, 'Meting 2026'],
      [reports.second, 'Meting 2027'],
    ] as const) {
      expect(r.json.organisations).toHaveLength(6);
      for (const o of r.json.organisations) {
        expect(o.meetmoment, o.code).toBe(moment);
        expect(o.datum, o.code).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
      for (const f of r.json.inputs) expect(f.datum, f.file).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('no output names the built-in norm or its registry', async () => {
    for (const r of [reports.first, reports.second]) {
      for (const [what, text] of [
        ['md', r.md],
        ['html', r.html],
        ['csv', r.csv],
        ['json', JSON.stringify(r.json)],
      ] as const)
        expectOwnWording(text, what);
      expectOwnWording((await workbookTexts(r.xlsxBytes)).cells.join('\n'), 'xlsx');
      for (const page of filesIn(path.join(r.dir, 'organisaties')))
        expectOwnWording(readFileSync(path.join(r.dir, 'organisaties', page), 'utf8'), page);
    }
  });

  it('feedback copies name the norm’s own fields: missing required answers (by an answer and by a front field) and a planned date before the date it is compared with', async () => {
    // Fourteen returns: the seventh and the fourteenth carry a typical mistake.
    ok(cli(['sample', '-o', at('met-fouten'), '--count', '14', '--seed', '5']), 'sample with mistakes');
    // One more return with a 'Gereed op' before the 'Peildatum' of its front sheet.
    const source = at('meting-2026', filesIn(at('meting-2026'))[0] ?? '');
    const wb = await loadWorkbook(new Uint8Array(readFileSync(source)));
    const planned = resolveName(wb, 'gereed_op');
    const nr = resolveName(wb, 'nr');
    let row = nr.firstRow;
    while (row <= nr.lastRow && cellText(nr.sheet.getCell(row, nr.firstCol).value) !== 'L2.1') row++;
    planned.sheet.getCell(row, planned.firstCol).value = new Date(Date.UTC(2001, 0, 2));
    // And no evidence where the front sheet says 'Definitief': the rule over a front field.
    const evidence = resolveName(wb, 'bewijsstuk');
    evidence.sheet.getCell(row, evidence.firstCol).value = null;
    writeFileSync(at('met-fouten', 'vroege-datum.xlsx'), new Uint8Array(await wb.xlsx.writeBuffer()));

    const run = cli(['validate', at('met-fouten'), '--feedback', at('terugkoppeling'), '--format', 'json']);
    expect(run.status).toBe(1);
    const out = parseOutput<{ files: Array<{ file: string; findings: Array<{ code: string; message: string }> }> }>(
      'validate',
      run.stdout,
    );
    const findings = out.files.flatMap((f) => f.findings);
    const required = findings.find((f) => f.code === 'REQUIRED_MISSING');
    expect(required?.message).toContain("'Onderbouwing'");
    expect(required?.message).toContain('Stand van zaken');
    const byFront = findings.find((f) => f.code === 'REQUIRED_MISSING' && f.message.includes("'Bewijsstuk'"));
    expect(byFront?.message).toContain('Soort inzending');
    expect(byFront?.message).toContain('Definitief');
    const early = findings.find((f) => f.code === 'PLANNING_BEFORE_DATUM');
    expect(early?.message).toContain("'Gereed op'");
    expect(early?.message).toContain("'Peildatum'");
    expect(early?.message).not.toContain('datum van invullen');

    const copies = filesIn(at('terugkoppeling'));
    expect(copies).toHaveLength(out.files.filter((f) => f.findings.length > 0).length);
    expect(copies).toContain('vroege-datum-bevindingen.xlsx');
    const rows = await copyRows(
      new Uint8Array(readFileSync(at('terugkoppeling', 'vroege-datum-bevindingen.xlsx'))),
      'Bevindingen',
    );
    const text = rows.flat().join('\n');
    expect(text).toContain("'Gereed op'");
    expectOwnWording(text, 'feedback copy');
  });

  it('a prefilled template heads the earlier answers with the norm’s own field labels', async () => {
    const source = at('meting-2026', filesIn(at('meting-2026'))[0] ?? '');
    ok(cli(['template', '--from', source, '-o', at('vooraf.xlsx')]), 'template --from');
    const wb = await loadWorkbook(new Uint8Array(readFileSync(at('vooraf.xlsx'))));
    const sheet = wb.getWorksheet('Vorige meting');
    expect(sheet).toBeDefined();
    const cells = sheet ? sheetRows(sheet).flat() : [];
    expect(cells).toContain('Stand van zaken (vorige meting)');
    expect(cells).toContain('Onderbouwing (vorige meting)');
    expect(cells.join('\n')).not.toContain('Vorige toelichting');
    // The intro and the heading of the principles to look at again name the status field by its label.
    expect(cells.join('\n')).toContain('kies een nieuwe stand van zaken');
    expect(cells).toContain('Opnieuw bekijken: de stand van zaken is leeg gelaten');
    expect(cells.join('\n')).not.toMatch(/\bstatus\b/i);
  });
});

describe('what the code once took from the built-in norm, now from the example norm', () => {
  it('the weakest principles are ranked by their mean score on the five-step scale, not by the share at the best step', () => {
    for (const r of [reports.first, reports.second]) {
      const stand = (code: string, id: string) => r.json.organisations.find((o) => o.code === code)?.statuses[id] ?? null;
      for (const p of r.json.principles) {
        const scores = r.json.organisations
          .map((o) => stand(o.code, p.id))
          .filter((c): c is string => c !== null)
          .map((c) => scoreOf.get(c) ?? 0);
        expect(p.meanScore, p.id).toBe(round1((scores.reduce((a, b) => a + b, 0) / scores.length) * 100));
      }
      const means = r.json.principles.map((p) => p.meanScore ?? 101);
      expect(means).toEqual([...means].sort((a, b) => a - b));
      // The intermediate steps count: a mean that is neither 0 nor a multiple of the best step alone.
      expect(r.json.principles.some((p) => p.meanScore !== null && p.meanScore > 0 && p.meanScore !== p.meetsShare)).toBe(true);
    }
  });

  it('the groups of its registry are named as the registry names them, never with RIEC put in front', async () => {
    for (const r of [reports.first, reports.second]) {
      const { cells } = await workbookTexts(r.xlsxBytes);
      for (const text of [r.md, r.html, r.csv, cells.join('\n')]) {
        expect(text).toContain('Steunpunt Noord');
        expect(text).not.toMatch(/RIEC\s+Steunpunt/);
      }
    }
  });

  it('the copied-text check looks at the field the norm marks (onderbouwing), not at one called toelichting', async () => {
    const source = at('meting-2027', filesIn(at('meting-2027'))[0] ?? '');
    const wb = await loadWorkbook(new Uint8Array(readFileSync(source)));
    const range = resolveName(wb, 'onderbouwing');
    for (let row = range.firstRow; row <= range.lastRow; row++) {
      const id = cellText(range.sheet.getCell(row, 1).value);
      if (/^L\d\.\d$/.test(id)) range.sheet.getCell(row, range.firstCol).value = 'Zie het plan van aanpak van de gemeente.';
    }
    const copied = at('gekopieerd.xlsx');
    writeFileSync(copied, new Uint8Array(await wb.xlsx.writeBuffer()));
    const run = cli(['validate', copied, '--format', 'json']);
    const findings =
      parseOutput<{
        files: Array<{
          findings: Array<{ code: string; message: string; args: { field?: string; label?: string; count?: number } }>;
        }>;
      }>('validate', run.stdout).files[0]?.findings ?? [];
    const found = findings.filter((f) => f.code === 'COPIED_TOELICHTING');
    expect(found.map((f) => [f.args.field, f.args.label, f.args.count])).toEqual([['onderbouwing', 'Onderbouwing', 6]]);
    expect(found[0]?.message).toContain("'Onderbouwing'");
  });
});

describe('messages in the words of the example norm', () => {
  it('a blank template: the missing status is named by the status field of the norm, one by one and grouped', () => {
    const run = cli(['validate', at('sjabloon-nl.xlsx'), '--format', 'json']);
    expect(run.status).toBe(1);
    const findings =
      parseOutput<{ files: Array<{ findings: Array<{ code: string; message: string; args: { label?: string } }> }> }>(
        'validate',
        run.stdout,
      ).files[0]?.findings ?? [];
    const missing = findings.filter((f) => f.code === 'STATUS_MISSING');
    expect(missing.length).toBe(6);
    for (const f of missing) {
      expect(f.args.label).toBe('Stand van zaken');
      expect(f.message).toMatch(/^Uitgangspunt L\d\.\d heeft geen stand van zaken\./);
      expect(f.message).not.toMatch(/\bstatus\b/i);
    }
    const table = cli(['validate', at('sjabloon-nl.xlsx')]);
    expect(table.stdout.replace(/\s+/g, ' ')).toContain('6 uitgangspunten zonder stand van zaken: L1.1–L3.2');
  });
});

describe('the registry that belongs to the example norm', () => {
  it('--norm without --registry uses the registry the norm names; --registry still wins', () => {
    const named = cli(['validate', at('meting-2026'), '--format', 'json']);
    expect(named.status).toBe(0);
    const given = runCliWith(
      [
        '--norm',
        NORM,
        '--registry',
        path.join(REPO_ROOT, 'norm', 'organisaties.yaml'),
        'validate',
        at('meting-2026'),
        '--format',
        'json',
      ],
      { cwd: root },
    );
    // The built-in registry does not know the example's organisations.
    expect(given.status).toBe(1);
    expect(given.stdout).toContain('ORG_UNKNOWN');
  });

  it('a copy of the norm without `register:` stops with REGISTRY_NOT_GIVEN', () => {
    const copy = at('zonder-register.yaml');
    writeFileSync(copy, readFileSync(NORM, 'utf8').replace(/^register:.*\n/m, ''));
    expect(readFileSync(copy, 'utf8')).not.toMatch(/^register:/m);
    const run = runCliWith(['--norm', copy, 'validate', at('meting-2026')], { cwd: root });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(findingMessage(makeFinding('REGISTRY_NOT_GIVEN', { norm: copy }), 'nl'));
  });
});
