import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TEMPLATES_DIR } from '../../src/io/builtin-paths.js';
import { runCli } from '../helpers/run-cli.js';

// Runs dist/ through bin/weerbaar.js: `npm test` builds first.
describe('weerbaar template', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'weerbaar-template-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const out = path.join(dir, 'overzicht.xlsx');

  it('writes the template (exit 0), the same bytes as the checked-in one', () => {
    const r = runCli(['template', '-o', out]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const checkedIn = readFileSync(path.join(TEMPLATES_DIR, 'implementatieoverzicht-nh-weerbare-overheid-1.0.0.xlsx'));
    expect(readFileSync(out).equals(checkedIn), 'run `npm run build && npm run templates`').toBe(true);
  });

  it('refuses to overwrite without --force (exit 2) and leaves the file alone', () => {
    writeFileSync(out, 'mijn eigen bestand');
    const before = statSync(out).mtimeMs;
    const r = runCli(['template', '-o', out]);
    expect(r.status).toBe(2);
    expect(r.stderr).not.toBe('');
    expect(readFileSync(out, 'utf8')).toBe('mijn eigen bestand');
    expect(statSync(out).mtimeMs).toBe(before);
  });

  it('overwrites with --force (exit 0)', () => {
    const r = runCli(['template', '-o', out, '--force']);
    expect(r.status).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  });

  it('writes the English template with --lang en', () => {
    const en = path.join(dir, 'overview-en.xlsx');
    const r = runCli(['template', '-o', en, '--lang', 'en']);
    expect(r.status).toBe(0);
    const checkedIn = readFileSync(path.join(TEMPLATES_DIR, 'implementatieoverzicht-nh-weerbare-overheid-1.0.0-en.xlsx'));
    expect(readFileSync(en).equals(checkedIn)).toBe(true);
  });

  it('stops with exit 2 and no file when the norm is broken', () => {
    const norm = path.join(dir, 'kapot.yaml');
    writeFileSync(norm, 'formaat: 1\n');
    const target = path.join(dir, 'niet.xlsx');
    const r = runCli(['template', '--norm', norm, '-o', target]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${norm}:`);
    expect(() => statSync(target)).toThrow();
  });
});
