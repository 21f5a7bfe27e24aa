import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateWorkbook, type ValidationResult } from '../../src/validate/validate-workbook.js';
import { CORPUS_DIR, REAL_DIR, ReturnBuilder, type ReturnChanges } from '../helpers/fill-workbook.js';

/**
 * validateWorkbook reads cells with a fast XML reader by default and keeps exceljs as the
 * reference ('reader: exceljs'). Both must give the same findings and the same submission, on
 * every fixture and on returns that hold the kinds of values real clients write.
 */
let b: ReturnBuilder;
beforeAll(async () => {
  b = await ReturnBuilder.create();
});

async function both(bytes: Uint8Array): Promise<[ValidationResult, ValidationResult]> {
  return Promise.all([validateWorkbook(bytes, b.ctx), validateWorkbook(bytes, { ...b.ctx, reader: 'exceljs' })]);
}

/** exceljs (the reference for well-formed files) stops at an invalid character reference, which the XML reader replaces by U+FFFD. */
const EXCELJS_REJECTS = ['hostile-char-ref-invalid.xlsx'];

const files = [
  ...readdirSync(REAL_DIR)
    .filter((f) => f.endsWith('.xlsx'))
    .map((f) => path.join(REAL_DIR, f)),
  ...readdirSync(CORPUS_DIR)
    .filter((f) => /\.xlsx?$/.test(f) && !EXCELJS_REJECTS.includes(f))
    .map((f) => path.join(CORPUS_DIR, f)),
];

describe('the XML reader and the exceljs reader agree', () => {
  it.each(files.map((f) => [path.relative(path.dirname(path.dirname(f)), f), f]))('on %s', async (_, file) => {
    const [xml, exceljs] = await both(readFileSync(file));
    expect(xml).toEqual(exceljs);
  });

  it.each(EXCELJS_REJECTS)('on %s the exceljs reader gives a finding, never an exception', async (file) => {
    const [xml, exceljs] = await both(readFileSync(path.join(CORPUS_DIR, file)));
    expect(xml.findings).toEqual([]);
    expect(exceljs.findings.map((f) => f.code)).toEqual(['FILE_PARSE_FAILED']);
  });

  const D = (iso: string) => new Date(`${iso}T00:00:00Z`);
  const cases: Array<[string, ReturnChanges]> = [
    ['the valid return', {}],
    ['rich text', { front: { invuller: { richText: [{ text: 'J. de ' }, { text: 'Vries', font: { bold: true } }] } } }],
    ['a hyperlink', { front: { email: { text: 'coordinator@alkmaar.nl', hyperlink: 'mailto:coordinator@alkmaar.nl' } } }],
    ['a formula with a cached text', { answers: { '1.1': { status: { formula: '"Uitgevoerd"', result: 'Uitgevoerd' } } } }],
    ['a formula without a cached value', { answers: { '1.1': { status: { formula: 'Lijsten!A2' } } } }],
    // LibreOffice writes a typed TRUE as the formula TRUE(); without a cached value it is no answer in either reader.
    [
      'TRUE() without a cached value in a text cell',
      { answers: { '1.4': { toelichting: { formula: 'TRUE()' } }, '1.5': { eigenaar: { formula: '#N/A' } } } },
    ],
    ['a formula with a cached error', { answers: { '1.2': { toelichting: { formula: '1/0', result: { error: '#DIV/0!' } } } } }],
    ['an error value', { answers: { '1.4': { toelichting: { error: '#N/A' } } } }],
    ['a boolean', { answers: { '1.4': { eigenaar: true } } }],
    ['numbers in text fields', { answers: { '1.4': { eigenaar: 42, toelichting: 0.5 } } }],
    [
      'text dates',
      {
        front: { datum: '15-03-2026' },
        answers: { '1.3': { planning: '31-12-2026' }, '1.5': { planning: '1-7-26' }, '1.7': { planning: '1 juli 2026' } },
      },
    ],
    [
      'date cells',
      {
        front: { datum: D('2026-03-01') },
        answers: { '1.3': { planning: D('2026-02-28') }, '1.5': { planning: D('2028-02-29') } },
      },
    ],
    ['a number in a date cell', { answers: { '1.3': { planning: 46203 } } }],
    ['special characters', { answers: { '1.1': { toelichting: 'A & B < C > D "E" \'F\' — ë ñ 😀' } } }],
    ['leading and trailing spaces and a line break', { answers: { '1.1': { toelichting: '  regel 1\nregel 2  ' } } }],
    [
      'normalised values',
      { front: { organisatie: 'GM0361' }, answers: { '1.1': { status: ' uitgevoerd ' }, '1.2': { status: 'Implemented' } } },
    ],
    ['empty strings', { front: { functie: '' }, answers: { '1.1': { eigenaar: '' } } }],
  ];

  it.each(cases)('on a built return with %s', async (_, changes) => {
    const [xml, exceljs] = await both(await b.bytes(changes));
    expect(xml).toEqual(exceljs);
  });

  it('on a LibreOffice TRUE() without a cached value in a text cell: no answer, and a finding that says there is a formula', async () => {
    // As LibreOffice writes it: a string cell (t="str") holding the formula TRUE() and no <v>.
    const zip = await JSZip.loadAsync(await b.bytes({ answers: { '1.4': { toelichting: { formula: 'TRUE()' } } } }));
    let changed = 0;
    for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))) {
      const xml = await zip.file(name)!.async('string');
      const edited = xml.replace(
        /<c r="([A-Z]+\d+)"([^>]*)><f>TRUE\(\)<\/f>(<v><\/v>)?<\/c>/g,
        (_m, ref: string, attrs: string) => {
          changed++;
          return `<c r="${ref}"${attrs.replace(/\s*t="\w+"/, '')} t="str"><f>TRUE()</f></c>`;
        },
      );
      zip.file(name, edited);
    }
    expect(changed).toBe(1);
    const [xml, exceljs] = await both(await zip.generateAsync({ type: 'uint8array' }));
    expect(xml).toEqual(exceljs);
    const finding = xml.findings.find((f) => f.code === 'INPUT_FORMULA');
    expect(finding?.args).toMatchObject({ formula: 'TRUE()' });
    // The note of 1.4 is not read as the text "true".
    expect(JSON.stringify(xml.submission)).not.toContain('"true"');
  });
});
