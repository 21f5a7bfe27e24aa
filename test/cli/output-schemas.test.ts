import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JavaScript build script without type declarations
import { OUTPUT_SCHEMAS, outputSchemaText } from '../../scripts/generate-output-schemas.js';
import { removeTempDirs, runCliOnFixtures, tempDir } from '../helpers/cli-run.js';
import { CORPUS_DIR, REAL_DIR } from '../helpers/fill-workbook.js';
import { expectSchemaValid, type OutputKind } from '../helpers/output-schema.js';
import { REPO_ROOT } from '../helpers/run-cli.js';

/**
 * The JSON Schemas in docs/ for the JSON of validate, score, report, intake and merge: current
 * (generated from the types the renderers fill in), and the JSON of the widest runs validates.
 * Every other test that reads a JSON output checks it too (test/helpers/output-schema.ts).
 */

interface Spec {
  file: string;
  kind: OutputKind;
}

const specs = OUTPUT_SCHEMAS as Spec[];
const expectValid = expectSchemaValid;

let root: string;
beforeAll(() => {
  root = tempDir('weerbaar-schemas-');
});
afterAll(removeTempDirs);

describe('JSON Schemas of the outputs', () => {
  it('are current: docs/*.schema.json equal what npm run schemas generates from the types', () => {
    for (const spec of specs) {
      expect(readFileSync(path.join(REPO_ROOT, spec.file), 'utf8'), `${spec.file} is not current: run npm run schemas`).toBe(
        (outputSchemaText as (s: Spec) => string)(spec),
      );
    }
  }, 240_000);

  it('validate --format json over the whole corpus (every kind of finding) validates', () => {
    const r = runCliOnFixtures(['validate', CORPUS_DIR, REAL_DIR, '--format', 'json']);
    expect(r.status).toBe(1);
    expectValid('validate', JSON.parse(r.stdout));
  });

  it('score --format json, also with --force and an unmet threshold, validates', () => {
    const r = runCliOnFixtures([
      'score',
      REAL_DIR,
      path.join(CORPUS_DIR, 'email-invalid.xlsx'),
      '--format',
      'json',
      '--force',
      '--threshold',
      'overall>=90,thema.3>=50',
    ]);
    expectValid('score', JSON.parse(r.stdout));
  });

  it('intake --format json validates', () => {
    const r = runCliOnFixtures(['intake', REAL_DIR, path.join(CORPUS_DIR, 'email-invalid.xlsx'), '-o', root, '--format', 'json']);
    expectValid('intake', JSON.parse(r.stdout));
  });

  it('has a schema for every kind the test helper knows, and the helper reads docs/<kind>.schema.json', () => {
    expect(specs.map((s) => s.kind).sort()).toEqual(['intake', 'merge', 'report', 'score', 'validate']);
    for (const s of specs) expect(s.file).toBe(`docs/${s.kind}.schema.json`);
  });

  it('a document that breaks the schema is caught (the helper can fail)', () => {
    const r = runCliOnFixtures(['intake', REAL_DIR, '-o', root, '--format', 'json']);
    const doc = JSON.parse(r.stdout) as { rows: Array<{ state: string }> };
    const row = doc.rows[0];
    if (row) row.state = 'ontvangen';
    expect(() => expectValid('intake', doc)).toThrow();
  });

  it('merge --format json validates: written, and refused with a conflict', () => {
    const dir = path.join(REPO_ROOT, 'test', 'fixtures', 'merge');
    const ok = runCliOnFixtures([
      'merge',
      path.join(dir, 'twee', 'alkmaar-integriteit.xlsx'),
      path.join(dir, 'twee', 'alkmaar-ciso.xlsx'),
      '-o',
      path.join(root, 'samen.xlsx'),
      '--format',
      'json',
    ]);
    expect(ok.status).toBe(0);
    expectValid('merge', JSON.parse(ok.stdout));
    const conflict = runCliOnFixtures([
      'merge',
      path.join(dir, 'conflict', 'alkmaar-a.xlsx'),
      path.join(dir, 'conflict', 'alkmaar-b.xlsx'),
      '-o',
      path.join(root, 'niet.xlsx'),
      '--format',
      'json',
    ]);
    expect(conflict.status).toBe(1);
    expectValid('merge', JSON.parse(conflict.stdout));
  });

  it('rapportage.json validates: plain, with a previous report, anonymised and aggregate-only', () => {
    const run = (name: string, extra: string[]) => {
      const out = path.join(root, name);
      const r = runCliOnFixtures(['report', REAL_DIR, CORPUS_DIR, '-o', out, '--quiet', ...extra]);
      expect(r.status).toBe(0);
      return path.join(out, 'rapportage.json');
    };
    const first = run('plain', []);
    const files = [
      first,
      run('trend', ['--previous', first]),
      run('anon', ['--anonymise', '--salt', 'x']),
      run('aggregate', ['--aggregate-only']),
    ];
    for (const f of files) expectValid('report', JSON.parse(readFileSync(f, 'utf8')));
  });
});
