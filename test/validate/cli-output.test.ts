import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { SaxesParser } from 'saxes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs, runCliWith, tempDir, transcript } from '../helpers/cli-run.js';

/**
 * How `weerbaar validate` shows findings, end to end on a blank template (the built CLI, dist/):
 * one screen on an 80-column terminal, and no control sequence from a hostile file name reaching
 * the terminal, the XML or the Markdown.
 */
let root: string;
const BLANK = 'leeg.xlsx';
const ESC = '\u001b';
/** A file name with a colour sequence, a title-setting sequence, HTML and a carriage return. */
const HOSTILE = `rood${ESC}[31m${ESC}]0;x\u0007<script>alert(1)<\\script>\r.xlsx`;

beforeAll(() => {
  root = tempDir();
  const made = runCliWith(['template', '-o', path.join(root, BLANK)]);
  expect(made.status).toBe(0);
  copyFileSync(path.join(root, BLANK), path.join(root, HOSTILE));
});
afterAll(removeTempDirs);

const validate = (args: string[], columns = '80') => runCliWith(['validate', ...args], { cwd: root, env: { COLUMNS: columns } });

describe('validate on a blank return', () => {
  it('fits one screen of 80 columns and 24 lines (snapshot, colour off)', () => {
    const run = validate([BLANK]);
    expect(run.status).toBe(1);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.length).toBeLessThanOrEqual(24);
    for (const line of lines) expect(line.length, line).toBeLessThanOrEqual(80);
    expect(transcript(`COLUMNS=80 weerbaar validate ${BLANK}`, run)).toMatchSnapshot();
  });

  it('names fields as the workbook does, in English too', () => {
    const run = validate([BLANK, '--lang', 'en'], '100');
    expect(run.stdout).toContain("'Ingevuld door'");
    expect(run.stdout).toContain('1.1–6.6');
    for (const line of run.stdout.split('\n')) expect(line.length, line).toBeLessThanOrEqual(100);
  });
});

describe('a hostile file name', () => {
  const controls = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

  it('table and github pass no control sequence to the terminal', () => {
    for (const format of ['table', 'github']) {
      const run = validate([HOSTILE, '--format', format]);
      expect(run.status, format).toBe(1);
      expect(run.stdout, format).not.toMatch(controls);
      expect(run.stdout, format).toContain('␛[31m');
    }
  });

  it('junit is well-formed XML', () => {
    const run = validate([HOSTILE, '--format', 'junit']);
    const names: string[] = [];
    const parser = new SaxesParser();
    parser.on('opentag', (tag) => {
      if (tag.name === 'testcase') names.push(String(tag.attributes.name));
    });
    parser.write(run.stdout).close(); // throws on any well-formedness error
    expect(names).toEqual([
      HOSTILE.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, (c) => String.fromCharCode(0x2400 + c.charCodeAt(0))),
    ]);
  });

  it('markdown carries no HTML, CR or ESC', () => {
    const run = validate([HOSTILE, '--format', 'markdown']);
    expect(run.stdout).not.toMatch(/<script|\r|\u001b/);
  });
});
