import { describe, expect, it } from 'vitest';
import { groupFindings, principleRanges } from '../../src/findings/group-findings.js';
import { makeFinding } from '../../src/findings/make-finding.js';
import { colourDistance, markStyles, MIN_DISTANCE } from '../../src/feedback/mark-style.js';
import { restyleCells } from '../../src/workbook/restyle-cells.js';

const ORDER = ['1.1', '1.2', '1.3', '1.4', '2.1', '2.2', '2.3', '3.1'];

describe('principleRanges', () => {
  it('joins runs of three or more in the norm order, across themes', () => {
    expect(principleRanges(ORDER, ORDER)).toBe('1.1–3.1');
    expect(principleRanges(['1.1', '1.2', '1.3', '2.2'], ORDER)).toBe('1.1–1.3, 2.2');
    expect(principleRanges(['1.4', '2.1'], ORDER)).toBe('1.4, 2.1');
    expect(principleRanges(['2.3', '1.1', '9.9'], ORDER)).toBe('1.1, 2.3, 9.9');
  });
});

describe('groupFindings', () => {
  const missing = (id: string) =>
    makeFinding('STATUS_MISSING', { id, label: 'Status' }, { sheet: 'Implementatieoverzicht', cell: `E${id}`, principle: id });
  const required = (id: string, field: string) => makeFinding('REQUIRED_MISSING', { id, field, label: field }, { principle: id });

  it('groups three or more of one code and field; keeps fewer as they are, in the order of the first', () => {
    const front = makeFinding('FRONT_MISSING', { field: 'invuller', label: 'Ingevuld door' });
    const lines = groupFindings([
      front,
      missing('1.1'),
      required('1.1', 'toelichting'),
      missing('1.2'),
      missing('1.3'),
      required('1.2', 'planning'),
      required('1.3', 'toelichting'),
    ]);
    expect(lines.map((l) => (l.kind === 'single' ? l.finding.code : `${l.code}×${l.findings.length}`))).toEqual([
      'FRONT_MISSING',
      'STATUS_MISSING×3',
      'REQUIRED_MISSING',
      'REQUIRED_MISSING',
      'REQUIRED_MISSING',
    ]);
    const group = lines[1];
    expect(group?.kind === 'group' ? group.principles : []).toEqual(['1.1', '1.2', '1.3']);
  });

  it('never groups findings without a principle', () => {
    const protection = makeFinding('PROTECTION_REMOVED', {}, { sheet: 'A' });
    expect(groupFindings([protection, protection, protection]).every((l) => l.kind === 'single')).toBe(true);
  });
});

describe('markStyles', () => {
  const builtin = ['C6EFCE', 'FFEB9C', 'FFC7CE', 'D9D9D9'];

  it('gives each severity a colour apart from every scale colour and from the others', () => {
    const marks = markStyles(builtin);
    const colours = [marks.error.colour, marks.warning.colour, marks.info.colour];
    for (const c of colours)
      for (const s of builtin) expect(colourDistance(c, s), `${c} vs ${s}`).toBeGreaterThanOrEqual(MIN_DISTANCE);
    expect(new Set(colours).size).toBe(3);
    expect([marks.error.pattern, marks.warning.pattern]).not.toContain('solid');
  });

  it('moves away from a scale that uses the first choice', () => {
    const first = markStyles(builtin).error.colour;
    const other = markStyles([...builtin, first]).error.colour;
    expect(other).not.toBe(first);
    expect(colourDistance(other, first)).toBeGreaterThanOrEqual(MIN_DISTANCE);
  });
});

describe('restyleCells', () => {
  const sheet = (rows: string) =>
    `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cols><col min="5" max="5" width="9" style="7"/></cols><sheetData>${rows}</sheetData></worksheet>`;

  it('changes only the style of the cells asked for, and keeps values and formulas', () => {
    const xml = sheet(
      '<row r="2" spans="1:6"><c r="A2" s="1"><v>1</v></c><c r="E2" s="3" t="s"><v>0</v></c><c r="F2"><f>A2*2</f><v>2</v></c></row>',
    );
    const out = restyleCells(
      xml,
      new Map([
        ['E2', (s: number) => s + 100],
        ['F2', () => 9],
      ]),
    );
    expect(out).toContain('<c r="A2" s="1"><v>1</v></c>');
    expect(out).toContain('<c r="E2" t="s" s="103"><v>0</v></c>');
    expect(out).toContain('<c r="F2" s="9"><f>A2*2</f><v>2</v></c>');
  });

  it('adds a cell that is not in the XML, in column order, with the column style as its own', () => {
    const xml = sheet('<row r="2" spans="1:6"><c r="A2" s="1"/><c r="F2" s="2"/></row><row r="9"><c r="A9"/></row>');
    const out = restyleCells(
      xml,
      new Map([
        ['E2', (s: number) => s + 100],
        ['B5', (s: number) => s + 50],
        ['C12', () => 4],
      ]),
    );
    expect(out).toContain('<row r="2"><c r="A2" s="1"/><c r="E2" s="107"/><c r="F2" s="2"/></row>');
    expect(out).toContain('<row r="5"><c r="B5" s="50"/></row><row r="9">');
    expect(out).toMatch(/<row r="12"><c r="C12" s="4"\/><\/row><\/sheetData>/);
  });
});
