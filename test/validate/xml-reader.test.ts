import { describe, expect, it } from 'vitest';
import type { ContainerInfo } from '../../src/workbook/inspect-container.js';
import { readWorkbookXml } from '../../src/workbook/xml-reader.js';

/** A workbook of one sheet whose XML parts are given as text. */
function workbook(sheetXml: string, parts: Record<string, string> = {}) {
  const info: ContainerInfo = {
    sheets: [{ name: 'S', part: 'xl/worksheets/sheet1.xml', state: 'visible' }],
    definedNames: [],
    customProperties: {},
    macros: false,
    externalLinks: false,
  };
  const all: Record<string, string> = { 'xl/worksheets/sheet1.xml': sheetXml, ...parts };
  return readWorkbookXml(info, (p) => all[p]);
}

describe('the XML reader', () => {
  it('turns character references XML does not allow into U+FFFD instead of throwing', () => {
    const refs = ['&#x110000;', '&#xD800;', '&#0;', '&#99999999999999999999;', '&#1114112;', '&#x1F600;', '&#233;'];
    const wb = workbook(
      `<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${refs.join('')}</t></is></c></row></sheetData></worksheet>`,
    );
    expect(wb.cell('S', 1, 1)?.value).toBe('\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD😀é');
  });

  it('knows the last row of a sheet that holds a cell, so that ranges stop there', () => {
    const wb = workbook(
      '<worksheet><sheetData><row r="2"><c r="A2"><v>1</v></c></row><row r="7"><c r="B7"/></row></sheetData></worksheet>',
    );
    expect(wb.lastRow('S')).toBe(7);
    expect(wb.lastRow('missing')).toBe(0);
  });

  it('places cells without an r attribute after the previous one, in rows without one after the previous row', () => {
    const wb = workbook(
      '<worksheet><sheetData><row><c t="inlineStr"><is><t>a</t></is></c><c><v>2</v></c></row><row><c r="C2"><v>3</v></c><c><v>4</v></c></row></sheetData></worksheet>',
    );
    expect([wb.cell('S', 1, 1)?.value, wb.cell('S', 1, 2)?.value, wb.cell('S', 2, 3)?.value, wb.cell('S', 2, 4)?.value]).toEqual([
      'a',
      2,
      3,
      4,
    ]);
  });

  it('reads absolute addresses, follows a cell past XFD or a malformed address, and counts far rows for the last row', () => {
    const wb = workbook(
      '<worksheet><sheetData>' +
        '<row r="1"><c r="$B$1"><v>1</v></c><c r="ZZZ1"><v>2</v></c><c><v>3</v></c></row>' +
        '<row r="2"><c r="C2"><v>4</v></c><c r="d2"><v>5</v></c><c r="ABCD2"><v>6</v></c><c r="E"><v>7</v></c></row>' +
        '<row r="3"><c r="A99999999999999"><v>8</v></c></row>' +
        '</sheetData></worksheet>',
    );
    expect(wb.cell('S', 1, 2)?.value).toBe(1);
    // ZZZ1 is no column a sheet has; the cell after it follows it, beyond XFD, not into a real column.
    expect([wb.cell('S', 1, 3)?.value, wb.cell('S', 1, 1)?.value]).toEqual([null, null]);
    // An address that is not one (lower case, four letters, no row) counts as none: the cell follows the previous one.
    expect([2, 3, 4, 5, 6].map((col) => wb.cell('S', 2, col)?.value)).toEqual([null, 4, 5, 6, 7]);
    expect(wb.lastRow('S')).toBe(99999999999999);
  });

  it('reads elements with a namespace prefix', () => {
    const wb = workbook(
      '<x:worksheet><x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c></x:row></x:sheetData></x:worksheet>',
      {
        'xl/sharedStrings.xml': '<x:sst><x:si><x:t>hallo</x:t></x:si></x:sst>',
      },
    );
    expect(wb.cell('S', 1, 1)?.value).toBe('hallo');
  });

  it('gives dates through the number format, errors, booleans, and formulas with their cached value', () => {
    const styles =
      '<styleSheet><numFmts><numFmt numFmtId="164" formatCode="dd\\-mm\\-yyyy"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/></cellXfs></styleSheet>';
    const wb = workbook(
      '<worksheet><sheetData><row r="1"><c r="A1" s="1"><v>46022</v></c><c r="B1" s="2"><v>46022</v></c><c r="C1" t="e"><v>#N/A</v></c><c r="D1" t="b"><v>1</v></c><c r="E1" t="str"><f>"x"&amp;"y"</f><v>xy</v></c><c r="F1"><v>46022</v></c></row></sheetData></worksheet>',
      { 'xl/styles.xml': styles },
    );
    expect(wb.cell('S', 1, 1)?.value).toEqual(new Date('2025-12-31T00:00:00Z'));
    expect(wb.cell('S', 1, 2)?.value).toEqual(new Date('2025-12-31T00:00:00Z'));
    expect(wb.cell('S', 1, 3)?.value).toEqual({ error: '#N/A' });
    expect(wb.cell('S', 1, 4)?.value).toBe(true);
    expect(wb.cell('S', 1, 5)).toEqual({ value: 'xy', formula: '"x"&"y"' });
    expect(wb.cell('S', 1, 6)?.value).toBe(46022);
    expect(wb.cell('S', 9, 9)).toEqual({ value: null });
    expect(wb.cell('Other', 1, 1)).toBeUndefined();
  });
});
