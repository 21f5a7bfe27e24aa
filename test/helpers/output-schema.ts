import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { expect } from 'vitest';
import { REPO_ROOT } from './run-cli.js';

/** The JSON outputs with a published schema in docs/<kind>.schema.json. */
export type OutputKind = 'validate' | 'score' | 'report' | 'intake' | 'merge';

const ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false });
const validators = new Map<OutputKind, ValidateFunction>();

function validatorOf(kind: OutputKind): ValidateFunction {
  const known = validators.get(kind);
  if (known) return known;
  const schema = JSON.parse(readFileSync(path.join(REPO_ROOT, 'docs', `${kind}.schema.json`), 'utf8')) as object;
  const compiled = ajv.compile(schema);
  validators.set(kind, compiled);
  return compiled;
}

/** Fails the test unless `doc` validates against docs/<kind>.schema.json (all errors listed). */
export function expectSchemaValid(kind: OutputKind, doc: unknown): void {
  const validate = validatorOf(kind);
  const ok = validate(doc);
  expect(ok ? [] : validate.errors, `the ${kind} JSON does not match docs/${kind}.schema.json`).toEqual([]);
}

/**
 * A JSON output of the CLI (stdout or a written file), parsed and checked against its published
 * schema: every JSON output a test reads is also a schema test.
 */
export function parseOutput<T = unknown>(kind: OutputKind, text: string): T {
  const doc = JSON.parse(text) as unknown;
  expectSchemaValid(kind, doc);
  return doc as T;
}
