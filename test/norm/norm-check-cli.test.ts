import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { builtinNormText, replaceOnce, valuePosition } from '../helpers/yaml-text.js';

// Runs dist/ through bin/weerbaar.js: `npm test` builds first.
describe('weerbaar norm check', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'weerbaar-norm-check-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('passes the built-in norm with exit code 0', () => {
    const r = runCli(['norm', 'check']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/sha256 [0-9a-f]{64}/);
  });

  it('fails a broken copy with exit code 1 and points at file:line:col', () => {
    const text = replaceOnce(builtinNormText(), '      - id: "3.3"', '      - id: "3.2"');
    const file = path.join(dir, 'kapot.yaml');
    writeFileSync(file, text);
    const r = runCli(['norm', 'check', file]);
    expect(r.status).toBe(1);
    const { line, column } = valuePosition(text, 'id', '"3.2"', 2);
    expect(r.stderr).toContain(`${file}:${line}:${column} thema 3, uitgangspunt 3.2:`);
    expect(r.stderr).not.toMatch(/\x1b\[/); // NO_COLOR
  });

  it('reports a YAML syntax error with exit code 1', () => {
    const file = path.join(dir, 'syntax.yaml');
    writeFileSync(file, replaceOnce(builtinNormText(), 'status: werkversie\n', 'status: werkversie: x\n'));
    const r = runCli(['norm', 'check', file]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+`));
  });
});
