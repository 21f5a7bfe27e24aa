import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_FINDING_CODES, FINDING_CODES } from '../../src/findings/codes.js';
import { REPO_ROOT } from '../helpers/run-cli.js';

/** docs/findings.md has a table row for every code: `| \`CODE\` | ernst | betekenis | oplossing | English |`. */
const doc = readFileSync(path.join(REPO_ROOT, 'docs', 'findings.md'), 'utf8');
const rows = new Map(
  [...doc.matchAll(/^\| `([A-Z0-9_]+)` \| ([^|]+) \|(.*)\|\s*$/gm)].map((m) => [
    m[1]!,
    { severity: m[2]!.trim(), rest: m[3]!.split('|').map((c) => c.trim()) },
  ]),
);
const SEVERITY_NL = { error: 'fout', warning: 'waarschuwing', info: 'info' } as const;

describe('docs/findings.md', () => {
  it('documents every code in FINDING_CODES', () => {
    expect(ALL_FINDING_CODES.filter((c) => !rows.has(c))).toEqual([]);
  });

  it('documents no code that does not exist (codes are never renamed)', () => {
    expect([...rows.keys()].filter((c) => !(c in FINDING_CODES))).toEqual([]);
  });

  it.each(ALL_FINDING_CODES)('%s: severity as in codes.ts, with a meaning, a fix and an English gist', (code) => {
    const row = rows.get(code);
    expect(row?.severity).toBe(SEVERITY_NL[FINDING_CODES[code]]);
    expect(row?.rest).toHaveLength(3);
    for (const cell of row?.rest ?? []) expect(cell.length).toBeGreaterThan(3);
  });

  it('says that codes are stable and explains the JSON output', () => {
    expect(doc).toMatch(/nooit hernoemd/);
    expect(doc).toMatch(/schemaVersion/);
    for (const key of ['"code"', '"severity"', '"message"', '"sheet"', '"cell"', '"principle"', '"organisation"', '"counts"'])
      expect(doc).toContain(key);
  });
});
