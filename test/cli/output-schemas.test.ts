import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JavaScript build script without type declarations
import { OUTPUT_SCHEMAS, outputSchemaText } from '../../scripts/generate-output-schemas.js';
import { removeTempDirs, runCliWith, tempDir } from '../helpers/cli-run.js';
import { CORPUS_DIR, REAL_DIR } from '../helpers/fill-workbook.js';
import { REPO_ROOT } from '../helpers/run-cli.js';

/**
 * The JSON Schemas in docs/ for the JSON of validate, score, report and intake: current (generated
 * from the types the renderers fill in), and every JSON document the CLI writes here validates.
 */

interface Spec {
  file: string;
  kind: string;
}

const specs = OUTPUT_SCHEMAS as Spec[];
const ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false });
const validators = new Map<string, ValidateFunction>();
const schemaOf = (kind: string): ValidateFunction => {
  const v = validators.get(kind);
  if (v) return v;
  const spec = specs.find((s) => s.kind === kind);
  if (!spec) throw new Error(`no schema for ${kind}`);
  const compiled = ajv.compile(JSON.parse(readFileSync(path.join(REPO_ROOT, spec.file), 'utf8')) as object);
  validators.set(kind, compiled);
  return compiled;
};
const expectValid = (kind: string, doc: unknown) => {
  const validate = schemaOf(kind);
  const ok = validate(doc);
  expect(ok ? [] : validate.errors).toEqual([]);
};

let root: string;
beforeAll(() => {
  root = tempDir('weerbaar-schemas-');
});
afterAll(removeTempDirs);

describe('JSON Schemas of the outputs', () => {
  it('are current: docs/*.schema.json equal what npm run schemas generates from the types', () => {
    for (const spec of specs) {
      expect(readFileSync(path.join(REPO_ROOT, spec.file), 'utf8'), `${spec.file} is not current: run npm run schemas`).toBe((outputSchemaText as (s: Spec) => string)(spec));
    }
  }, 240_000);

  it('validate --format json over the whole corpus (every kind of finding) validates', () => {
    const r = runCliWith(['validate', CORPUS_DIR, REAL_DIR, '--format', 'json']);
    expect(r.status).toBe(1);
    expectValid('validate', JSON.parse(r.stdout));
  });

  it('score --format json, also with --force and an unmet threshold, validates', () => {
    const r = runCliWith(['score', REAL_DIR, path.join(CORPUS_DIR, 'email-invalid.xlsx'), '--format', 'json', '--force', '--threshold', 'overall>=90,thema.3>=50']);
    expectValid('score', JSON.parse(r.stdout));
  });

  it('intake --format json validates', () => {
    const r = runCliWith(['intake', REAL_DIR, path.join(CORPUS_DIR, 'email-invalid.xlsx'), '-o', root, '--format', 'json']);
    expectValid('intake', JSON.parse(r.stdout));
  });

  it('rapportage.json validates: plain, with a previous report, anonymised and aggregate-only', () => {
    const run = (name: string, extra: string[]) => {
      const out = path.join(root, name);
      const r = runCliWith(['report', REAL_DIR, CORPUS_DIR, '-o', out, '--quiet', ...extra]);
      expect(r.status).toBe(0);
      return path.join(out, 'rapportage.json');
    };
    const first = run('plain', []);
    const files = [first, run('trend', ['--previous', first]), run('anon', ['--anonymise', '--salt', 'x']), run('aggregate', ['--aggregate-only'])];
    for (const f of files) expectValid('report', JSON.parse(readFileSync(f, 'utf8')));
  });
});
