import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/report-model.js';
import { removeTempDirs, runCliOnFixtures, tempDir } from '../helpers/cli-run.js';
import { parseOutput } from '../helpers/output-schema.js';
import { REPO_ROOT } from '../helpers/run-cli.js';

/**
 * report, intake and score combine the parts of one return (PARTIAL_RETURN copies of several
 * departments) the way `weerbaar merge` does, and never decide a conflict between them (issue 16).
 * The parts come from test/fixtures/merge/ (openpyxl and LibreOffice copies of the Alkmaar return).
 */

const MERGE_DIR = path.join(REPO_ROOT, 'test', 'fixtures', 'merge');
const ONE_FILE = path.join(REPO_ROOT, 'test', 'fixtures', 'real', 'openpyxl-alkmaar.xlsx');
afterAll(removeTempDirs);

/** A returns folder holding the files of one fixture folder. */
function folderWith(fixture: string): string {
  const dir = path.join(tempDir('weerbaar-parts-'), 'inzendingen');
  mkdirSync(dir);
  for (const f of readdir(fixture)) copyFileSync(path.join(MERGE_DIR, fixture, f), path.join(dir, f));
  return dir;
}
const readdir = (fixture: string): string[] =>
  readdirSync(path.join(MERGE_DIR, fixture))
    .filter((f) => f.endsWith('.xlsx'))
    .sort();

function report(dir: string): Report {
  const out = path.join(path.dirname(dir), 'rapport');
  const r = runCliOnFixtures(['report', dir, '-o', out, '--quiet']);
  expect(r.status).toBe(0);
  return parseOutput<Report>('report', readFileSync(path.join(out, 'rapportage.json'), 'utf8'));
}

const scoreOf = (files: string[]) => {
  const r = runCliOnFixtures(['score', ...files, '--format', 'json']);
  return parseOutput<{
    results: Array<{
      file: string;
      scorable: boolean;
      overall: { score: number | null };
      themes: Array<{ id: string; score: number | null }>;
    }>;
  }>('score', r.stdout);
};

describe('report on a folder with the parts of one return', () => {
  it.each(['twee', 'drie'])('%s: counts the organisation once, with the score of the same answers in one file', (fixture) => {
    const dir = folderWith(fixture);
    const rep = report(dir);
    expect(rep.organisations.map((o) => o.name)).toEqual(['Alkmaar']);
    const one = scoreOf([ONE_FILE]).results[0];
    const alkmaar = rep.organisations[0];
    expect(alkmaar?.overall.score).toBe(one?.overall.score);
    expect(alkmaar?.themes.map((t) => t.score)).toEqual(one?.themes.map((t) => t.score));
    const parts = readdir(fixture);
    // Every part is listed as combined into the one return that counts, which names its parts.
    const combined = rep.inputs.filter((i) => i.status === 'accepted');
    expect(combined).toHaveLength(1);
    expect(combined[0]?.firstFindings.map((f) => f.code)).toContain('PARTS_MERGED');
    // The three department copies name different people on the front page: the latest is taken, and said.
    const frontLatest = combined[0]?.firstFindings.filter((f) => f.code === 'PARTS_FRONT_LATEST') ?? [];
    expect(frontLatest.length > 0).toBe(fixture === 'drie');
    const partRows = rep.inputs.filter((i) => i.reason === 'merged');
    expect(partRows.map((i) => path.basename(i.file)).sort()).toEqual([...parts].sort());
    for (const p of partRows) expect(p.supersededBy).toBe(combined[0]?.file);
    expect(rep.missing.organisations.map((m) => m.name)).not.toContain('Alkmaar');
    // The intake table: Alkmaar accepted from the combined file, each part samengevoegd.
    const rows = rep.intake?.rows ?? [];
    expect(rows.find((r) => r.kind === 'organisation' && r.organisation?.name === 'Alkmaar')?.state).toBe('accepted');
    const merged = rows.filter((r) => r.kind === 'file' && r.state === 'merged');
    expect(merged.map((r) => path.basename(r.file ?? '')).sort()).toEqual([...parts].sort());
    expect(merged[0]?.reasons[0]).toContain('met de andere delen samengevoegd');
  });

  it('a conflicting pair is reported as a conflict, with the principle and both values, and the organisation is not counted', () => {
    const dir = folderWith('conflict');
    const rep = report(dir);
    expect(rep.organisations).toEqual([]);
    expect(rep.inputs.map((i) => i.status)).toEqual(['conflict', 'conflict']);
    const messages = rep.inputs.flatMap((i) => i.firstFindings.filter((f) => f.code === 'MERGE_CONFLICT').map((f) => f.message));
    expect(messages[0]).toMatch(
      /Uitgangspunt 4\.1, 'Status': 'In ontwikkeling' in .*alkmaar-a\.xlsx maar 'Uitgevoerd' in .*alkmaar-b\.xlsx/,
    );
    expect(
      rep.notes.some((n) => n.includes('Van Alkmaar zijn delen van één inzending ontvangen') && n.includes('MERGE_CONFLICT')),
    ).toBe(true);
    const alkmaar = rep.intake?.rows.find((r) => r.kind === 'organisation' && r.organisation?.name === 'Alkmaar');
    expect(alkmaar?.state).toBe('rejected');
    expect(alkmaar?.reasons.join(' ')).toContain("Uitgangspunt 4.1, 'Status'");
    // Sent something, so not listed as missing; named in the notes instead.
    expect(rep.missing.organisations.map((m) => m.name)).not.toContain('Alkmaar');
  });
});

describe('intake and score combine the parts too', () => {
  it('intake: Alkmaar accepted, the parts samengevoegd; a conflict asks which answer holds', () => {
    const dir = folderWith('twee');
    const r = runCliOnFixtures(['intake', dir, '-o', path.dirname(dir), '--format', 'json']);
    const doc = parseOutput<{
      rows: Array<{ kind: string; state: string; file: string | null; organisation: { name: string } | null; action: string }>;
    }>('intake', r.stdout);
    expect(doc.rows.find((x) => x.organisation?.name === 'Alkmaar' && x.kind === 'organisation')?.state).toBe('accepted');
    expect(doc.rows.filter((x) => x.state === 'merged' && x.kind === 'file')).toHaveLength(2);
    const conflict = folderWith('conflict');
    const c = runCliOnFixtures(['intake', conflict, '-o', path.dirname(conflict), '--format', 'json']);
    const cdoc = parseOutput<{
      rows: Array<{ kind: string; state: string; organisation: { name: string } | null; action: string }>;
    }>('intake', c.stdout);
    const row = cdoc.rows.find((x) => x.organisation?.name === 'Alkmaar' && x.kind === 'organisation');
    expect(row?.state).toBe('rejected');
    expect(row?.action).toContain('Wilt u laten weten welk antwoord geldt');
  });

  it('score: one result for the parts, equal to the one-file score; conflicting parts are not scored and say why', () => {
    const dir = folderWith('drie');
    const doc = scoreOf([dir]);
    expect(doc.results).toHaveLength(1);
    expect(
      doc.results[0]?.file
        .split(' + ')
        .map((f) => path.basename(f))
        .sort(),
    ).toEqual(readdir('drie').sort());
    expect(doc.results[0]?.overall.score).toBe(scoreOf([ONE_FILE]).results[0]?.overall.score);
    const conflict = folderWith('conflict');
    const r = runCliOnFixtures(['score', conflict, '--format', 'json']);
    expect(r.status).toBe(1);
    expect(parseOutput<{ results: Array<{ scorable: boolean }> }>('score', r.stdout).results.map((x) => x.scorable)).toEqual([
      false,
      false,
    ]);
    expect(r.stderr).toContain("Uitgangspunt 4.1, 'Status'");
  });
});
