import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildFeedbackCopy, type FeedbackCopy } from '../../src/feedback/build-feedback-copy.js';
import { markStyles } from '../../src/feedback/mark-style.js';
import type { Finding } from '../../src/findings/finding.js';
import { makeFinding } from '../../src/findings/make-finding.js';
import { FEEDBACK_TEXT } from '../../src/i18n/feedback-text.js';
import { allPrinciples } from '../../src/norm/localise.js';
import { partText, setPartText, writePackage } from '../../src/workbook/xlsx-package.js';
import {
  fillColours,
  fills,
  hyperlinks,
  packageOf,
  parseLocation,
  protectedSheets,
  sheetRows,
  sheetXml,
  withoutStyles,
} from '../helpers/feedback-copy.js';
import { REAL_DIR, ReturnBuilder } from '../helpers/fill-workbook.js';
import { loadWorkbook } from '../helpers/template-workbook.js';

/**
 * The feedback copy (src/feedback) on a return written by exceljs and one saved by LibreOffice:
 * marks that no status uses, the original kept, a Bevindingen sheet whose links work.
 */
let b: ReturnBuilder;
let scale: string[];
let original: Uint8Array;
let findings: Finding[];
let copy: FeedbackCopy;
const text = FEEDBACK_TEXT.nl;

const marked = (list: readonly Finding[], sheet: string) =>
  new Set(list.filter((f) => f.location.sheet === sheet && f.location.cell).map((f) => f.location.cell ?? ''));

beforeAll(async () => {
  b = await ReturnBuilder.create();
  scale = b.builtins.norm.schaal.flatMap((o) => (o.kleur ? [o.kleur.toUpperCase()] : []));
  const ids = allPrinciples(b.builtins.norm).map((p) => p.principle.id);
  const answers: Record<string, Record<string, null | string>> = {};
  for (const id of ids.filter((i) => !i.startsWith('6.'))) answers[id] = { status: null };
  answers['6.1'] = { status: 'in ontwikkeling' };
  answers['6.2'] = { status: 'Ontbreekt', toelichting: null };
  original = await b.bytes({ front: { invuller: null }, answers });
  findings = (await b.validateBytes(original)).findings;
  copy = await buildFeedbackCopy({
    bytes: original,
    findings,
    norm: b.builtins.norm,
    lang: 'nl',
    workbookLang: 'nl',
    fileName: 'alkmaar.xlsx',
  });
});

describe('a feedback copy of a return written by exceljs', () => {
  it('has the findings this test expects (a blank-ish return)', () => {
    const codes = findings.map((f) => f.code);
    expect(codes.filter((c) => c === 'STATUS_MISSING').length).toBeGreaterThan(30);
    expect(codes).toEqual(expect.arrayContaining(['FRONT_MISSING', 'VALUE_NORMALISED', 'REQUIRED_MISSING']));
  });

  it('marks no cell with a fill that equals a scale colour (read back from the file), and never with a solid fill', async () => {
    const wb = await loadWorkbook(copy.bytes);
    let checked = 0;
    for (const f of findings) {
      if (!f.location.sheet || !f.location.cell) continue;
      const fill = wb.getWorksheet(f.location.sheet)?.getCell(f.location.cell).fill as
        { pattern?: string; fgColor?: { argb?: string }; bgColor?: { argb?: string } } | undefined;
      expect(fill?.pattern, `${f.code} ${f.location.cell}`).toMatch(/^light(Up|Down)$/);
      for (const c of [fill?.fgColor?.argb, fill?.bgColor?.argb]) expect(scale).not.toContain((c ?? '').slice(-6).toUpperCase());
      checked++;
    }
    expect(checked).toBeGreaterThan(30);
    // And no fill the copy added, anywhere (the legend's as well), names a scale colour.
    const added = fills(copy.bytes).slice(fills(original).length);
    expect(added.length).toBeGreaterThan(0);
    for (const fill of added) for (const c of fillColours(fill)) expect(scale, fill).not.toContain(c);
  });

  it('keeps the original fill visible under the hatching of a marked cell', async () => {
    const [before, after] = await Promise.all([loadWorkbook(original), loadWorkbook(copy.bytes)]);
    const f = findings.find((x) => x.code === 'STATUS_MISSING');
    const was = before.getWorksheet(f?.location.sheet ?? '')?.getCell(f?.location.cell ?? '').fill as {
      fgColor?: { argb?: string };
    };
    const now = after.getWorksheet(f?.location.sheet ?? '')?.getCell(f?.location.cell ?? '').fill as {
      bgColor?: { argb?: string };
    };
    expect(now.bgColor?.argb).toBe(was.fgColor?.argb);
  });

  it('changes nothing else of the original sheets: values, formulas, validations, protection, names', () => {
    const [before, after] = [sheetXml(original), sheetXml(copy.bytes)];
    for (const [name, xml] of before) {
      const cells = marked(findings, name);
      // tabSelected moves to the Bevindingen sheet, so that the copy opens there.
      expect(withoutStyles(after.get(name) ?? '', cells), name).toBe(withoutStyles(xml, cells).replace(/\stabSelected="1"/, ''));
    }
    expect(protectedSheets(copy.bytes)).toEqual(protectedSheets(original));
    const names = (bytes: Uint8Array) =>
      [...(partText(packageOf(bytes), 'xl/workbook.xml') ?? '').matchAll(/<definedName\b[^>]*>[^<]*<\/definedName>/g)].map(
        (m) => m[0],
      );
    expect(names(copy.bytes)).toEqual(expect.arrayContaining(names(original)));
  });

  it('validates like the original: the same findings, nothing new (no PROTECTION_REMOVED)', async () => {
    const again = await b.validateBytes(copy.bytes);
    const key = (f: Finding) => `${f.code} ${f.location.sheet ?? ''}!${f.location.cell ?? ''}`;
    expect(again.findings.map(key)).toEqual(findings.map(key));
  });

  it('opens on a Bevindingen sheet whose links all point at an existing sheet and a cell of a finding', () => {
    const sheets = sheetXml(copy.bytes);
    const list = sheets.get(text.sheet) ?? '';
    expect([...sheets.keys()].at(-1)).toBe(text.sheet);
    expect(partText(packageOf(copy.bytes), 'xl/workbook.xml')).toMatch(new RegExp(`activeTab="${sheets.size - 1}"`));
    const links = hyperlinks(list);
    expect(links.length).toBeGreaterThan(3);
    const places = new Set(findings.map((f) => `${f.location.sheet ?? ''}!${f.location.cell ?? 'A1'}`));
    for (const link of links) {
      const target = parseLocation(link.location);
      expect(target, link.location).toBeDefined();
      expect(sheets.has(target?.sheet ?? ''), link.location).toBe(true);
      expect(sheets.get(target?.sheet ?? '')).toContain(`r="${target?.cell ?? ''}"`);
      expect(places.has(`${target?.sheet ?? ''}!${target?.cell ?? ''}`), link.location).toBe(true);
      expect(link.ref).toMatch(/^D\d+$/);
    }
  });

  it('lists the findings grouped, with the workbook labels and the code in the last column', async () => {
    const rows = await sheetRows(copy.bytes, text.sheet);
    const header = rows.findIndex((r) => r[0] === text.header.severity);
    expect(rows[header]).toEqual(Object.values(text.header));
    const lines = rows.slice(header + 1);
    const status = lines.filter((r) => r[5] === 'STATUS_MISSING');
    expect(status).toHaveLength(1);
    expect(status[0]?.[1]).toBe('1.1–5.7');
    expect(status[0]?.[2]).toBe('Status');
    expect(status[0]?.[4]).toMatch(/^3\d uitgangspunten zonder status: 1\.1–5\.7\./);
    expect(lines.find((r) => r[5] === 'FRONT_MISSING')?.[2]).toBe('Ingevuld door');
    expect(lines.find((r) => r[5] === 'REQUIRED_MISSING')?.[2]).toBe('Toelichting');
    // Errors first, then warnings.
    expect(lines.map((r) => r[0])).toEqual(
      [...lines.map((r) => r[0])].sort((x, y) => Number(x !== 'Fout') - Number(y !== 'Fout')),
    );
    // The legend explains each mark before the list.
    expect(rows.slice(0, header).map((r) => r[1])).toEqual(expect.arrayContaining([text.legend.error, text.legend.warning]));
  });

  it('prints on A4, landscape, one page wide, with the header row on every page', () => {
    const list = sheetXml(copy.bytes).get(text.sheet) ?? '';
    expect(list).toMatch(/<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"\/>/);
    expect(list).toContain('<pageSetUpPr fitToPage="1"/>');
    expect(partText(packageOf(copy.bytes), 'xl/workbook.xml')).toMatch(
      /<definedName name="_xlnm.Print_Titles" localSheetId="\d+">'Bevindingen'!\$\d+:\$\d+<\/definedName>/,
    );
  });

  it('replaces the Bevindingen sheet of a copy that comes back, instead of adding a second', async () => {
    const again = await buildFeedbackCopy({
      bytes: copy.bytes,
      findings,
      norm: b.builtins.norm,
      lang: 'nl',
      workbookLang: 'nl',
      fileName: 'alkmaar.xlsx',
    });
    expect([...sheetXml(again.bytes).keys()]).toEqual([...sheetXml(copy.bytes).keys()]);
    expect((await b.validateBytes(again.bytes)).findings.map((f) => f.code)).toEqual(findings.map((f) => f.code));
  });

  it('is the same, byte for byte, for the same input and findings', async () => {
    const again = await buildFeedbackCopy({
      bytes: original,
      findings,
      norm: b.builtins.norm,
      lang: 'nl',
      workbookLang: 'nl',
      fileName: 'alkmaar.xlsx',
    });
    expect(Buffer.from(again.bytes).equals(Buffer.from(copy.bytes))).toBe(true);
  });
});

describe('a feedback copy of a return saved by LibreOffice', () => {
  it('marks a filled cell and an empty cell outside the used rows, and keeps protection and answers', async () => {
    const lo = new Uint8Array(readFileSync(path.join(REAL_DIR, 'libreoffice-alkmaar.xlsx')));
    const status = await b.addressOf('status', '1.2');
    const own: Finding[] = [
      makeFinding(
        'VALUE_NORMALISED',
        { field: 'status', label: 'Status', value: 'x', normalised: 'y' },
        { ...status, principle: '1.2' },
      ),
      makeFinding('ROW_ID_BLANK', {}, { sheet: status.sheet, cell: 'K80' }),
    ];
    const made = await buildFeedbackCopy({
      bytes: lo,
      findings: own,
      norm: b.builtins.norm,
      lang: 'en',
      workbookLang: 'nl',
      fileName: 'lo.xlsx',
    });
    const wb = await loadWorkbook(made.bytes);
    const marks = markStyles(scale);
    for (const f of own) {
      const fill = wb.getWorksheet(status.sheet)?.getCell(f.location.cell ?? '').fill as {
        pattern?: string;
        fgColor?: { argb?: string };
      };
      expect(fill.fgColor?.argb?.slice(-6), f.code).toBe(f.severity === 'error' ? marks.error.colour : marks.warning.colour);
    }
    expect(protectedSheets(made.bytes)).toEqual(protectedSheets(lo));
    expect((await b.validateBytes(made.bytes)).findings).toEqual((await b.validateBytes(lo)).findings);
    expect(sheetXml(made.bytes).has(FEEDBACK_TEXT.en.sheet)).toBe(true);
  });
});

describe('macros and links to other workbooks', () => {
  it('are left out of the copy, which says so, and the copy still reads as the same return', async () => {
    const parts = packageOf(original);
    parts.set('xl/vbaProject.bin', new Uint8Array([1, 2, 3]));
    const types = (partText(parts, '[Content_Types].xml') ?? '')
      .replace('spreadsheetml.sheet.main+xml', 'x')
      .replace(/application\/vnd\.openxmlformats-officedocument\.x/, 'application/vnd.ms-excel.sheet.macroEnabled.main+xml')
      .replace(
        '</Types>',
        '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Override PartName="/xl/externalLinks/externalLink1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml"/></Types>',
      );
    setPartText(parts, '[Content_Types].xml', types);
    setPartText(
      parts,
      'xl/_rels/workbook.xml.rels',
      (partText(parts, 'xl/_rels/workbook.xml.rels') ?? '').replace(
        '</Relationships>',
        '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/><Relationship Id="rIdExt" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLink" Target="externalLinks/externalLink1.xml"/></Relationships>',
      ),
    );
    setPartText(
      parts,
      'xl/externalLinks/externalLink1.xml',
      '<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><externalBook/></externalLink>',
    );
    setPartText(
      parts,
      'xl/workbook.xml',
      (partText(parts, 'xl/workbook.xml') ?? '').replace(
        '</sheets>',
        '</sheets><externalReferences><externalReference r:id="rIdExt" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></externalReferences>',
      ),
    );
    const hostile = await writePackage(parts, new Date(Date.UTC(2025, 0, 1)));
    const made = await buildFeedbackCopy({
      bytes: hostile,
      findings,
      norm: b.builtins.norm,
      lang: 'nl',
      workbookLang: 'nl',
      fileName: 'macro.xlsm',
    });
    expect(made.dropped).toEqual({ macros: true, externalLinks: true });
    const out = packageOf(made.bytes);
    expect([...out.keys()].filter((n) => /vba|externalLink/i.test(n))).toEqual([]);
    expect(partText(out, '[Content_Types].xml')).not.toMatch(/macroEnabled|vbaProject|externalLink/);
    expect(partText(out, 'xl/_rels/workbook.xml.rels')).not.toMatch(/vbaProject|externalLink/);
    expect(partText(out, 'xl/workbook.xml')).not.toContain('externalReferences');
    const rows = (await sheetRows(made.bytes, text.sheet)).map((r) => r[0]);
    expect(rows).toEqual(expect.arrayContaining([text.dropped.macros, text.dropped.externalLinks]));
    expect((await b.validateBytes(made.bytes)).findings.map((f) => f.code)).toEqual(findings.map((f) => f.code));
  });
});
