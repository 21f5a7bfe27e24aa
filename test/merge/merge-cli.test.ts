import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempDirs, runCliOnFixtures, tempDir } from '../helpers/cli-run.js';
import { REPO_ROOT } from '../helpers/run-cli.js';
import { parseOutput } from '../helpers/output-schema.js';

/** weerbaar merge end to end (needs dist/: `npm run build`). */
const DIR = path.join(REPO_ROOT, 'test', 'fixtures', 'merge');
const at = (f: string) => path.join(DIR, f);
afterAll(removeTempDirs);

const json = (stdout: string) =>
  parseOutput<{
    written: boolean;
    findings: Array<{ code: string; args: Record<string, unknown> }>;
    contributions: Array<{ file: string; themes: string[] }>;
    check: { ok: boolean } | null;
  }>('merge', stdout);

describe('weerbaar merge', () => {
  it('combines two parts into a return that validates and scores like the one-file return', () => {
    const out = path.join(tempDir(), 'alkmaar.xlsx');
    const r = runCliOnFixtures([
      'merge',
      at('twee/alkmaar-integriteit.xlsx'),
      at('twee/alkmaar-ciso.xlsx'),
      '-o',
      out,
      '--format',
      'json',
    ]);
    expect(r.status).toBe(0);
    const j = json(r.stdout);
    expect(j.written).toBe(true);
    expect(j.check?.ok).toBe(true);
    expect(j.contributions.map((c) => c.themes)).toEqual([
      ['1', '2', '3'],
      ['4', '5', '6'],
    ]);
    expect(runCliOnFixtures(['validate', out]).status).toBe(0);
    const score = (f: string) => {
      const res = parseOutput<{ results: Array<{ overall: { score: number }; themes: unknown[] }> }>(
        'score',
        runCliOnFixtures(['score', f, '--format', 'json']).stdout,
      ).results[0];
      return { overall: res?.overall, themes: res?.themes };
    };
    const merged = score(out);
    expect(merged.overall?.score).toBe(73.4);
    expect(merged).toEqual(score(path.join(REPO_ROOT, 'test', 'fixtures', 'real', 'openpyxl-alkmaar.xlsx')));
  });

  it('never overwrites without --force (exit 2), and does with it', () => {
    const out = path.join(tempDir(), 'er-al.xlsx');
    writeFileSync(out, 'iets');
    const args = ['merge', at('twee/alkmaar-integriteit.xlsx'), at('twee/alkmaar-ciso.xlsx'), '-o', out];
    expect(runCliOnFixtures(args).status).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('iets');
    expect(runCliOnFixtures([...args, '--force']).status).toBe(0);
  });

  it('refuses a conflicting pair, naming the conflict, and writes nothing (exit 1); --voorkeur resolves it', () => {
    const out = path.join(tempDir(), 'samen.xlsx');
    const parts = [at('conflict/alkmaar-a.xlsx'), at('conflict/alkmaar-b.xlsx')];
    const r = runCliOnFixtures(['merge', ...parts, '-o', out, '--format', 'json']);
    expect(r.status).toBe(1);
    expect(existsSync(out)).toBe(false);
    const conflict = json(r.stdout).findings.find((f) => f.code === 'MERGE_CONFLICT' && f.args.field === 'status');
    expect(conflict?.args).toMatchObject({ id: '4.1', file: parts[0], otherFile: parts[1] });
    const table = runCliOnFixtures(['merge', ...parts, '-o', out]);
    expect(table.stdout).toContain('4.1');
    const chosen = runCliOnFixtures([
      'merge',
      ...parts,
      '-o',
      out,
      '--voorkeur',
      at('conflict/alkmaar-b.xlsx'),
      '--format',
      'json',
    ]);
    expect(chosen.status).toBe(0);
    expect(json(chosen.stdout).findings.map((f) => f.code)).toContain('MERGE_CHOICE');
    expect(existsSync(out)).toBe(true);
  });

  it('combines three parts with --voorkeur for the contact fields', () => {
    const out = path.join(tempDir(), 'drie.xlsx');
    const parts = ['drie/alkmaar-deel-1.xlsx', 'drie/alkmaar-deel-2.xlsx', 'drie/alkmaar-deel-3.xlsx'].map(at);
    expect(runCliOnFixtures(['merge', ...parts, '-o', out]).status).toBe(1);
    const r = runCliOnFixtures(['merge', ...parts, '-o', out, '--voorkeur', parts[1] ?? '', '--format', 'json']);
    expect(r.status).toBe(0);
    expect(runCliOnFixtures(['validate', out]).status).toBe(0);
  });

  it('refuses parts of different organisations (exit 1), and usage errors with exit 2', () => {
    const out = path.join(tempDir(), 'mix.xlsx');
    const r = runCliOnFixtures([
      'merge',
      at('anders/alkmaar-thema-1-3.xlsx'),
      at('anders/haarlem-thema-4-6.xlsx'),
      '-o',
      out,
      '--format',
      'json',
    ]);
    expect(r.status).toBe(1);
    expect(json(r.stdout).findings.map((f) => f.code)).toEqual(['MERGE_MISMATCH']);
    expect(existsSync(out)).toBe(false);
    expect(runCliOnFixtures(['merge', at('twee/alkmaar-ciso.xlsx'), '-o', out]).status).toBe(2);
    expect(
      runCliOnFixtures([
        'merge',
        at('twee/alkmaar-ciso.xlsx'),
        at('twee/alkmaar-integriteit.xlsx'),
        '-o',
        out,
        '--voorkeur',
        'elders.xlsx',
      ]).status,
    ).toBe(2);
    expect(
      runCliOnFixtures([
        'merge',
        at('twee/alkmaar-ciso.xlsx'),
        at('twee/alkmaar-integriteit.xlsx'),
        '-o',
        at('twee/alkmaar-ciso.xlsx'),
        '--force',
      ]).status,
    ).toBe(2);
  });
});
