import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderReportXlsx } from '../../src/render/report/render-report-xlsx.js';
import { inspectContainer } from '../../src/workbook/inspect-container.js';
import { ownOutputKind } from '../../src/workbook/output-stamp.js';
import { writeWorkbook } from '../../src/workbook/write-workbook.js';
import type { CellSpec, SheetSpec, WorkbookSpec } from '../../src/workbook/workbook-spec.js';
import { FORMULA_TEXT, MISSING, ORGS, sampleReport, SCRIPT_TEXT } from './sample-report.js';

/** In the order of the story (what this is, shared challenges, development, per organisation, intake); the sample report carries a trend, which adds Ontwikkeling and Statuswijzigingen. */
const WITH_TREND = [
  'Toelichting',
  'Uitgangspunten',
  'Ontwikkeling',
  'Overzicht',
  'Ontbrekend',
  'Validatie',
  'Gegevens',
  'Statuswijzigingen',
];

const sheet = (spec: WorkbookSpec, name: string): SheetSpec => {
  const s = spec.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
};
const cellAt = (s: SheetSpec, row: number, col: number): CellSpec | undefined =>
  s.cells.find((c) => c.row === row && c.col === col);
const texts = (s: SheetSpec): string[] => s.cells.flatMap((c) => (typeof c.value === 'string' ? [c.value] : []));
const allTexts = (spec: WorkbookSpec): string => spec.sheets.flatMap(texts).join('\n');

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb;
}

describe('rapportage.xlsx as a spec', () => {
  const spec = renderReportXlsx(sampleReport());

  it('has the sheets in the order of the story, with the two trend sheets', () => {
    expect(spec.sheets.map((s) => s.name)).toEqual(WITH_TREND);
  });

  it('freezes the header row and filters on it, on every sheet', () => {
    for (const s of spec.sheets) {
      const rows = s.freeze?.rows ?? 0;
      expect(rows, s.name).toBeGreaterThan(0);
      expect(s.autoFilter, s.name).toMatch(new RegExp(`^A${rows}:[A-Z]+\\d+$`));
      // The frozen row is the header: bold text in column A.
      const head = cellAt(s, rows, 1);
      expect(typeof head?.value, s.name).toBe('string');
      expect(head?.style?.bold, s.name).toBe(true);
    }
  });

  it('puts a 3-colour scale on the score matrix (themes plus overall)', () => {
    const overview = sheet(spec, 'Overzicht');
    const scales = (overview.conditionals ?? []).filter((c) => c.type === 'colorScale');
    // Columns E..K: six themes and overall; rows 5..10: six organisations.
    expect(scales.map((c) => c.range)).toContain('E5:K10');
    expect(scales[0]).toMatchObject({ colors: ['F8696B', 'FFEB84', '63BE7B'] });
  });

  it('writes scores as numbers with one decimal and the maturity label beside the overall score', () => {
    const overview = sheet(spec, 'Overzicht');
    const row = overview.cells.find((c) => c.value === 'Aalsmeer')?.row ?? 0;
    const scores = overview.cells.filter((c) => c.row === row && c.col >= 5 && c.col <= 11);
    expect(scores.every((c) => typeof c.value === 'number' && c.style?.numFmt === '0.0')).toBe(true);
    expect(cellAt(overview, row, 12)?.value).toBe('In ontwikkeling');
  });

  it('groups organisations by RIEC and veiligheidsregio', () => {
    const overview = sheet(spec, 'Overzicht');
    const riecs = [5, 6, 7, 8, 9, 10].map((r) => cellAt(overview, r, 1)?.value);
    expect(riecs).toEqual([...ORGS].map((o) => o.riec).sort());
  });

  it('shows "–" for statistics of a group under minGroup', () => {
    const overview = sheet(spec, 'Overzicht');
    const medianRows = overview.cells.filter((c) => c.col === 2 && c.value === 'Mediaan').map((c) => c.row);
    const [all, amsterdam] = medianRows;
    // Theme 6 has two scores; RIEC Amsterdam-Amstelland two organisations.
    expect(cellAt(overview, all ?? 0, 10)?.value).toBe('–');
    expect(typeof cellAt(overview, all ?? 0, 5)?.value).toBe('number');
    expect(cellAt(overview, amsterdam ?? 0, 1)?.value).toBe('RIEC Amsterdam-Amstelland');
    expect(overview.cells.filter((c) => c.row === amsterdam && c.col >= 5 && c.col <= 10).map((c) => c.value)).toEqual(
      Array(6).fill('–'),
    );
  });

  it('lists principles weakest first with a column per answer option', () => {
    const s = sheet(spec, 'Uitgangspunten');
    expect([5, 6, 7, 8].map((c) => cellAt(s, 4, c)?.value)).toEqual([
      'Uitgevoerd',
      'In ontwikkeling',
      'Ontbreekt',
      'Niet van toepassing',
    ]);
    expect(cellAt(s, 5, 1)?.value).toBe(1);
    const hiddenRow = s.cells.find((c) => c.col === 2 && c.value === '6.1')?.row ?? 0;
    expect(cellAt(s, hiddenRow, 5)?.value).toBe('–');
  });

  it('lists missing organisations and every input file with its status in words', () => {
    expect(texts(sheet(spec, 'Ontbrekend'))).toEqual(expect.arrayContaining(MISSING.map((o) => o.name)));
    const v = sheet(spec, 'Validatie');
    const t = texts(v);
    expect(t).toEqual(
      expect.arrayContaining([
        'afgekeurd',
        'vervangen',
        'overgeslagen',
        'retour/haarlem.xlsx',
        'vergrendelbestand van Office of LibreOffice',
      ]),
    );
    expect(t.some((x) => x.includes('REQUIRED_MISSING') && x.includes('\n'))).toBe(true);
  });
});

describe('rapportage.xlsx written and read back', () => {
  let wb: ExcelJS.Workbook;
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await writeWorkbook(renderReportXlsx(sampleReport()));
    wb = await load(bytes);
  });

  it('keeps text from returns as text, never as a formula', () => {
    const data = wb.getWorksheet('Gegevens');
    const found: ExcelJS.Cell[] = [];
    data?.eachRow((row) =>
      row.eachCell((c) => (typeof c.value === 'string' && /^[=+@]/.test(c.value) ? found.push(c) : undefined)),
    );
    expect(found.map((c) => c.value)).toEqual(
      expect.arrayContaining([FORMULA_TEXT, '+31 6 12345678 (coördinator)', '@afdeling Veiligheid']),
    );
    for (const c of found) {
      expect(c.type).toBe(ExcelJS.ValueType.String);
      expect(c.formula).toBeUndefined();
    }
    expect(found.some((c) => c.value === FORMULA_TEXT)).toBe(true);
  });

  it('keeps <script> as plain text in a cell', () => {
    const values: unknown[] = [];
    wb.getWorksheet('Validatie')?.eachRow((row) => row.eachCell((c) => values.push(c.value)));
    expect(values.some((v) => typeof v === 'string' && v.includes(SCRIPT_TEXT))).toBe(true);
  });

  it('has frozen panes and filters after the round trip', () => {
    for (const ws of wb.worksheets) {
      expect(ws.views[0], ws.name).toMatchObject({ state: 'frozen' });
      expect(ws.autoFilter, ws.name).toBeTruthy();
    }
  });

  it('writes the colour scale with fixed points 0, 50 and 100', async () => {
    const xml = await (await JSZip.loadAsync(bytes)).file('xl/worksheets/sheet4.xml')?.async('string');
    expect(xml).toMatch(/<conditionalFormatting sqref="E5:K10"><cfRule type="colorScale"/);
    expect(xml).toMatch(/<cfvo type="num" val="0"\/><cfvo type="num" val="50"\/><cfvo type="num" val="100"\/>/);
    expect(xml).toContain('<color rgb="FFF8696B"/>');
  });

  it('gives the same bytes for the same report', async () => {
    const again = await writeWorkbook(renderReportXlsx(sampleReport()));
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });
});

describe('rapportage.xlsx as the report writes it (stamped, deflated once)', () => {
  let plain: Uint8Array;
  let stamped: Uint8Array;
  beforeAll(async () => {
    plain = await writeWorkbook(renderReportXlsx(sampleReport()));
    stamped = await writeWorkbook(renderReportXlsx(sampleReport()), { stamp: 'report' });
  });

  it('gives the same bytes for the same report, entry dates included', async () => {
    const again = await writeWorkbook(renderReportXlsx(sampleReport()), { stamp: 'report' });
    expect(Buffer.from(again).equals(Buffer.from(stamped))).toBe(true);
  });

  it('is recognised as the report the tool wrote, and the stamp is all that differs from the plain workbook', async () => {
    const inspection = inspectContainer(stamped);
    if (!inspection.ok) throw new Error(inspection.finding.code);
    expect(ownOutputKind(inspection.info, inspection.read)).toBe('report');
    const a = await JSZip.loadAsync(plain);
    const b = await JSZip.loadAsync(stamped);
    const files = (z: JSZip) => Object.keys(z.files).filter((n) => !z.files[n]?.dir);
    expect(files(b)).toEqual([...files(a), 'docProps/custom.xml']);
    for (const name of files(a)) {
      if (name === '[Content_Types].xml' || name === '_rels/.rels') continue;
      expect(await b.file(name)?.async('string'), name).toBe(await a.file(name)?.async('string'));
    }
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(stamped) as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(WITH_TREND);
  });
});

describe('the colour-scale conditional in writeWorkbook', () => {
  it('runs from lowest through median to highest when no fixed values are given', async () => {
    const spec: WorkbookSpec = {
      sheets: [
        {
          name: 'S',
          columns: [{ width: 10 }],
          cells: [1, 2, 3].map((v, i) => ({ row: i + 1, col: 1, value: v })),
          conditionals: [{ type: 'colorScale', range: 'A1:A3', colors: ['FF0000', 'FFFF00', '00FF00'] }],
        },
      ],
      names: [],
      title: 't',
      creator: 'c',
      custom: {},
      timestamp: new Date(0),
    };
    const xml = await (await JSZip.loadAsync(await writeWorkbook(spec))).file('xl/worksheets/sheet1.xml')?.async('string');
    expect(xml).toMatch(/<cfvo type="min"\/><cfvo type="percentile" val="50"\/><cfvo type="max"\/>/);
  });
});

describe('rapportage.xlsx with aggregateOnly', () => {
  const spec = renderReportXlsx(sampleReport({ aggregateOnly: true }));

  it('leaves out Gegevens', () => {
    expect(spec.sheets.map((s) => s.name)).toEqual([
      'Toelichting',
      'Uitgangspunten',
      'Ontwikkeling',
      'Overzicht',
      'Ontbrekend',
      'Validatie',
    ]);
  });

  it('names no organisation and no file anywhere', () => {
    const text = allTexts(spec);
    for (const o of [...ORGS, ...MISSING]) {
      expect(text).not.toContain(o.name);
      expect(text).not.toContain(o.code);
    }
    expect(text).not.toContain('retour/');
  });

  it('keeps the statistics per theme and per RIEC, and the number of missing organisations', () => {
    const overview = sheet(spec, 'Overzicht');
    expect(texts(overview)).toEqual(
      expect.arrayContaining(['Alle organisaties', 'RIEC Noord-Holland', 'RIEC Amsterdam-Amstelland', 'Mediaan']),
    );
    expect(overview.freeze).toEqual({ rows: 4, cols: 2 });
    expect((overview.conditionals ?? []).some((c) => c.type === 'colorScale')).toBe(true);
    const missing = sheet(spec, 'Ontbrekend');
    expect(cellAt(missing, 5, 1)?.value).toBe(2);
  });
});

describe('rapportage.xlsx in English', () => {
  it('names the sheets in English', () => {
    expect(renderReportXlsx(sampleReport({ lang: 'en' })).sheets.map((s) => s.name)).toEqual([
      'About',
      'Principles',
      'Trend',
      'Overview',
      'Missing',
      'Validation',
      'Data',
      'Status changes',
    ]);
  });
});

describe('rapportage.xlsx with a previous report', () => {
  const report = sampleReport();
  const spec = renderReportXlsx(report);
  const sheet = (name: string) => spec.sheets.find((s) => s.name === name);
  const texts = (name: string) => (sheet(name)?.cells ?? []).map((c) => c.value);

  it('lists every changed status, with the labels before and now', () => {
    const changes = report.trend?.statusChanges ?? [];
    expect(changes.length).toBeGreaterThan(0);
    const values = texts('Statuswijzigingen');
    for (const c of changes) expect(values).toContain(c.name);
  });

  it('gives per organisation the overall change', () => {
    const values = texts('Ontwikkeling');
    for (const o of report.trend?.organisations ?? []) {
      expect(values).toContain(o.name);
      if (o.overall.delta !== null) expect(values).toContain(o.overall.delta);
    }
  });
});
