import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { fieldHelp, labelOf } from '../../src/norm/localise.js';
import { describeRule } from '../../src/template/describe-rule.js';
import { sheetLinks } from '../helpers/sheet-links.js';
import {
  buildTemplateBytes,
  cellText,
  loadBuiltins,
  loadWorkbook,
  resolveName,
  type Builtins,
} from '../helpers/template-workbook.js';

/** What the template tells the civil servant: hints, explanations, rules in words, the Controle sheet. */
let b: Builtins;
const wbs: Partial<Record<'nl' | 'en', ExcelJS.Workbook>> = {};
const bytes: Partial<Record<'nl' | 'en', Uint8Array>> = {};

beforeAll(async () => {
  b = await loadBuiltins();
  for (const lang of ['nl', 'en'] as const) {
    bytes[lang] = await buildTemplateBytes(b, lang);
    wbs[lang] = await loadWorkbook(bytes[lang]);
  }
});

const wb = (lang: 'nl' | 'en' = 'nl') => wbs[lang]!;
const sheetText = (ws: ExcelJS.Worksheet) => {
  const out: string[] = [];
  ws.eachRow((row) => row.eachCell((c) => out.push(cellText(c.value))));
  return out.join('\n');
};

/** Spreadsheet functions that Excel 2007+ and LibreOffice both have, and that exceljs writes as they are. */
const PORTABLE = new Set([
  'IF',
  'IFERROR',
  'ISREF',
  'ISNUMBER',
  'INDEX',
  'MATCH',
  'SUBSTITUTE',
  'CHAR',
  'LOWER',
  'TRIM',
  'OR',
  'AND',
  'SUM',
  'SUMPRODUCT',
  'COUNTIF',
  'COUNTBLANK',
  'ROWS',
  'AVERAGE',
  'ROUND',
]);

describe('input hints', () => {
  it.each(['nl', 'en'] as const)(
    'every input cell shows the field label and its explanation from the norm when selected (%s)',
    (lang) => {
      const fields = [...b.norm.voorblad, ...b.norm.velden];
      for (const field of fields) {
        const r = resolveName(wb(lang), field.id);
        const nr = resolveName(wb(lang), 'nr');
        for (let row = r.firstRow; row <= r.lastRow; row++) {
          if (r.lastRow > r.firstRow && !nr.sheet.getCell(row, nr.firstCol).value) continue; // theme heading rows
          const dv = r.sheet.getCell(row, r.firstCol).dataValidation;
          expect(dv, `${field.id} row ${row}`).toMatchObject({ showInputMessage: true, promptTitle: labelOf(field, lang) });
          expect(dv?.prompt, field.id).toBe(fieldHelp(field, lang));
          expect(dv?.prompt?.length ?? 0).toBeLessThanOrEqual(255);
          expect(dv?.promptTitle?.length ?? 0).toBeLessThanOrEqual(32);
        }
      }
    },
  );

  it('every front-page field is explained next to it', () => {
    for (const field of b.norm.voorblad) {
      const r = resolveName(wb(), field.id);
      const help = cellText(r.sheet.getCell(r.firstRow, r.firstCol + 1).value);
      expect(help.length, field.id).toBeGreaterThan(20);
    }
  });
});

describe('the instructions', () => {
  it.each(['nl', 'en'] as const)('name no command line, no fingerprint and no generator, but the Controle sheet (%s)', (lang) => {
    const text = sheetText(wb(lang).worksheets[0]!);
    expect(text).not.toMatch(/weerbaar (validate|score)|<bestand>|<file>/);
    expect(text).not.toContain(b.fingerprint);
    expect(text).not.toContain(b.generator);
    expect(text).toContain(lang === 'nl' ? "'Controle'" : "'Check'");
    expect(text).toContain(`${b.norm.versie} (${b.norm.status})`);
  });

  it('word the required-when rules as a person would', () => {
    const text = sheetText(wb().worksheets[0]!);
    expect(text).toContain('Vul een toelichting in als de status niet ‘Uitgevoerd’ is.');
    expect(text).toContain('Vul een planning in als de status ‘In ontwikkeling’ of ‘Ontbreekt’ is.');
    expect(sheetText(wb('en').worksheets[0]!)).toContain('Fill in an explanation when the status is not ‘Implemented’.');
    expect(text).not.toMatch(/Als Status niet is:/);
  });
});

describe('describeRule', () => {
  it('takes labels and options from the norm, so another norm gets its own words', () => {
    const norm = structuredClone(b.norm);
    const field = norm.velden.find((f) => f.id === 'planning')!;
    field.label = 'Streefdatum';
    field.verplicht = { wanneer: { veld: 'status', in: ['ontbreekt'] } };
    norm.schaal.find((o) => o.code === 'ontbreekt')!.label = 'Niet gestart';
    expect(describeRule(field, norm, 'nl', 'row')).toBe('Vul een streefdatum in als de status ‘Niet gestart’ is.');
    expect(
      describeRule(
        norm.voorblad.find((f) => f.id === 'invuller')!,
        norm,
        'nl',
        'front',
      ),
    ).toBe('Vul ‘Ingevuld door’ in.');
    expect(
      describeRule(
        norm.voorblad.find((f) => f.id === 'functie')!,
        norm,
        'nl',
        'front',
      ),
    ).toBeUndefined();
  });
});

describe('the Controle sheet', () => {
  it.each([
    ['nl', 'Controle'],
    ['en', 'Check'],
  ] as const)('is a visible, protected sheet after the summary whose total is behind nog_in_te_vullen (%s)', (lang, name) => {
    const names = wb(lang).worksheets.map((ws) => ws.name);
    expect(names.indexOf(name)).toBe(names.indexOf(lang === 'nl' ? 'Samenvatting' : 'Summary') + 1);
    const total = resolveName(wb(lang), 'nog_in_te_vullen');
    expect([total.sheet.name, total.firstRow === total.lastRow, total.firstCol === total.lastCol]).toEqual([name, true, true]);
    expect(total.sheet.getCell(total.firstRow, total.firstCol).formula).toMatch(/^SUM\(B\d+:B\d+\)$/);
    expect(total.sheet.state).toBe('visible');
  });

  it('has one line per required front field and per theme for every required answer field, from the norm', () => {
    const ws = resolveName(wb(), 'nog_in_te_vullen').sheet;
    const links = sheetLinks(bytes.nl!, ws.name);
    const lines: string[] = [];
    ws.eachRow((row) => {
      if (links.has(`D${row.number}`)) lines.push(cellText(row.getCell(1).value));
    });
    expect(links.get('D10')).toBe('Organisatie!B4');
    const front = b.norm.voorblad.filter((f) => f.verplicht !== false).length;
    const answer = b.norm.velden.filter((f) => f.verplicht !== false).length * b.norm.themas.length;
    expect(lines).toHaveLength(front + answer);
    expect(lines).toContain('Vul ‘Ingevuld door’ in.');
    const text = sheetText(ws);
    for (const field of b.norm.velden.filter((f) => f.verplicht !== false))
      expect(text).toContain(describeRule(field, b.norm, 'nl', 'row'));
  });

  it('turns green at zero: a conditional format on the total line', () => {
    const ws = resolveName(wb(), 'nog_in_te_vullen').sheet;
    const cf = (
      ws as unknown as {
        conditionalFormattings: Array<{
          ref: string;
          rules: Array<{ formulae?: string[]; style?: { fill?: { bgColor?: { argb?: string } } } }>;
        }>;
      }
    ).conditionalFormattings;
    const green = cf.find((c) => c.rules.some((r) => r.formulae?.[0] === '$B$4=0'));
    expect(green?.ref).toBe('A4:D4');
    expect(green?.rules[0]?.style?.fill?.bgColor?.argb).toBe('FFC6EFCE');
  });

  it('uses only functions that Excel and LibreOffice share, and reads the answers through the defined names', () => {
    for (const lang of ['nl', 'en'] as const) {
      for (const ws of wb(lang).worksheets) {
        ws.eachRow((row) =>
          row.eachCell((c) => {
            const f = c.formula;
            if (!f) return;
            const used = [...f.replace(/"(?:[^"]|"")*"/g, '""').matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((m) => m[1]!);
            for (const fn of used) expect(PORTABLE.has(fn), `${ws.name}!${c.address}: ${fn}`).toBe(true);
          }),
        );
      }
    }
    const ws = resolveName(wb(), 'nog_in_te_vullen').sheet;
    const formulas: string[] = [];
    ws.eachRow((row) => row.eachCell((c) => c.formula && formulas.push(c.formula)));
    expect(formulas.some((f) => f.includes('INDEX(toelichting,'))).toBe(true);
    expect(formulas.some((f) => f.includes('MATCH($I$2,nr,0)'))).toBe(true);
  });
});
