import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings/finding.js';
import { FEEDBACK_TEXT } from '../../src/i18n/feedback-text.js';
import { hyperlinks, parseLocation, protectedSheets, sheetXml } from '../helpers/feedback-copy.js';
import { CORPUS_DIR, ReturnBuilder } from '../helpers/fill-workbook.js';
import { REPO_ROOT } from '../helpers/run-cli.js';
import { loadWorkbook } from '../helpers/template-workbook.js';

/**
 * Feedback copies after a LibreOffice round trip (test/fixtures/feedback/, made by
 * make-feedback-fixtures.sh): they open, keep protection, links and marks, validate like the
 * return they were made from, and a corrected one is simply a valid return.
 */
const DIR = path.join(REPO_ROOT, 'test', 'fixtures', 'feedback');
const read = (file: string) => new Uint8Array(readFileSync(file));
const key = (f: Finding) => `${f.code} ${f.location.sheet ?? ''}!${f.location.cell ?? ''}`;
let b: ReturnBuilder;
let scale: string[];

beforeAll(async () => {
  b = await ReturnBuilder.create();
  scale = b.builtins.norm.schaal.flatMap((o) => (o.kleur ? [o.kleur.toUpperCase()] : []));
});

describe.each(['status-missing', 'required-missing', 'value-normalised'])(
  '%s: the feedback copy saved by LibreOffice',
  (name) => {
    let copy: Uint8Array;
    let source: Uint8Array;
    let sourceFindings: Finding[];
    beforeAll(async () => {
      copy = read(path.join(DIR, `libreoffice-${name}-bevindingen.xlsx`));
      source = read(path.join(CORPUS_DIR, `${name}.xlsx`));
      sourceFindings = (await b.validateBytes(source)).findings;
    });

    it('validates like the return it was made from: the same findings, no PROTECTION_REMOVED', async () => {
      const findings = (await b.validateBytes(copy)).findings;
      expect(findings.map(key)).toEqual(sourceFindings.map(key));
    });

    it('keeps the protection of every sheet of the return', () => {
      expect(protectedSheets(copy)).toEqual(expect.arrayContaining(protectedSheets(source)));
    });

    it('keeps a Bevindingen sheet whose links point at existing sheets and the cells of the findings', () => {
      const sheets = sheetXml(copy);
      const links = hyperlinks(sheets.get(FEEDBACK_TEXT.nl.sheet) ?? '');
      expect(links.length).toBeGreaterThan(0);
      const places = new Set(sourceFindings.map((f) => `${f.location.sheet ?? ''}!${f.location.cell ?? ''}`));
      for (const link of links) {
        const target = parseLocation(link.location);
        expect(target && sheets.has(target.sheet), link.location).toBe(true);
        expect(places.has(`${target?.sheet ?? ''}!${target?.cell ?? ''}`), link.location).toBe(true);
      }
    });

    it('still marks the cells of the findings with a fill that is no scale colour', async () => {
      const wb = await loadWorkbook(copy);
      for (const f of sourceFindings) {
        const fill = wb.getWorksheet(f.location.sheet ?? '')?.getCell(f.location.cell ?? '').fill as
          { type?: string; fgColor?: { argb?: string } } | undefined;
        const colour = (fill?.fgColor?.argb ?? '').slice(-6).toUpperCase();
        expect(colour, key(f)).toMatch(/^[0-9A-F]{6}$/);
        expect(scale, key(f)).not.toContain(colour);
      }
    });
  },
);

describe('a corrected feedback copy, saved by LibreOffice', () => {
  it('is a valid return with no findings at all (no PROTECTION_REMOVED)', async () => {
    const findings = (await b.validateBytes(read(path.join(DIR, 'corrected-status-missing-bevindingen.xlsx')))).findings;
    expect(findings.map(key)).toEqual([]);
  });
});
