import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkFileName } from '../../src/checks/check-file-name.js';
import { stripInvisible, suggest } from '../../src/base/closest.js';
import { dateCellToIso, parseDutchDate, serialToIso } from '../../src/checks/parse-date.js';
import type { FindingCode } from '../../src/findings/codes.js';
import { findingMessage } from '../../src/i18n/format-finding.js';
import { readAndValidate } from '../../src/io/read-and-validate.js';
import { fingerprintNorm } from '../../src/norm/fingerprint-norm.js';
import { meetmomentYear, successorOn, validForReturn, validInYear, validOn } from '../../src/norm/registry-time.js';
import { buildReport } from '../../src/report/build-report.js';
import { scoreSubmission } from '../../src/score/score-submission.js';
import { validateWorkbook, type ValidationContext } from '../../src/validate/validate-workbook.js';
import { codesOf, ReturnBuilder } from '../helpers/fill-workbook.js';
import { REPO_ROOT } from '../helpers/run-cli.js';
import { argsOf } from '../helpers/finding-args.js';

/**
 * What real returns revealed (issue "Never the wrong answer"): each case once gave a wrong value
 * silently. The files in test/fixtures/returns are made by real clients (openpyxl, LibreOffice
 * over UNO) with test/fixtures/make_returns.py; the rest is checked in memory.
 */
const DIR = path.join(REPO_ROOT, 'test', 'fixtures', 'returns');
interface Expectation {
  codes: FindingCode[];
  may?: FindingCode[];
  why: string;
  report?: 'accepted' | 'conflict' | 'duplicate' | 'duplicate-pair';
  differing?: number;
  [key: string]: unknown;
}
const expected = JSON.parse(readFileSync(path.join(DIR, 'expected.json'), 'utf8')) as Record<string, Expectation>;

let nl: ReturnBuilder;
let ctx: ValidationContext;
beforeAll(async () => {
  nl = await ReturnBuilder.create();
  ctx = nl.ctx;
});

const bothReaders = async (file: string) => {
  const bytes = readFileSync(path.join(DIR, file));
  const [xml, exceljs] = await Promise.all([
    validateWorkbook(bytes, ctx),
    validateWorkbook(bytes, { ...ctx, reader: 'exceljs' }),
  ]);
  return { xml, exceljs };
};

describe('the returns (test/fixtures/returns/expected.json)', () => {
  it('lists every file, and only those', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((f) =>
        statSync(path.join(dir, f)).isDirectory()
          ? files(path.join(dir, f)).map((x) => `${f}/${x}`)
          : f.endsWith('.xlsx')
            ? [f]
            : [],
      );
    expect(Object.keys(expected).sort()).toEqual(files(DIR).sort());
  });

  it.each(Object.entries(expected))('%s yields its codes in both readers, and nothing else', async (file, e) => {
    const outcome = await readAndValidate(path.join(DIR, file), ctx);
    const found = codesOf(outcome.findings);
    expect(found, e.why).toEqual(expect.arrayContaining(e.codes));
    const allowed = new Set<string>([...e.codes, ...(e.may ?? [])]);
    expect(
      found.filter((c) => !allowed.has(c)),
      e.why,
    ).toEqual([]);
    for (const f of outcome.findings)
      for (const lang of ['nl', 'en'] as const) expect(findingMessage(f, lang), f.code).not.toMatch(/undefined|NaN|\[object/);
    // The reference reader gives the same findings and the same answers (the file name check aside).
    const { xml, exceljs } = await bothReaders(file);
    expect(exceljs.findings).toEqual(xml.findings);
    expect(exceljs.submission).toEqual(xml.submission);
  });
});

describe('1. a date cell is its calendar day, whatever the time', () => {
  it('LibreOffice date cells with 16:45, 15:30 and 23:59 stay on their day, in both readers', async () => {
    const e = expected['libreoffice-datum-met-tijd.xlsx'];
    for (const r of Object.values(await bothReaders('libreoffice-datum-met-tijd.xlsx'))) {
      expect(r.submission?.front.datum).toBe('2026-03-15');
      for (const [id, day] of Object.entries(e?.planning as Record<string, string>))
        expect(r.submission?.answers[id]?.planning, id).toBe(day);
    }
  });

  it('text typed as "15-3-2026 16:45" is 15 March', async () => {
    const e = expected['openpyxl-datum-tekst-met-tijd.xlsx'];
    const { xml } = await bothReaders('openpyxl-datum-tekst-met-tijd.xlsx');
    expect(xml.submission?.front.datum).toBe('2026-03-15');
    for (const [id, day] of Object.entries(e?.planning as Record<string, string>))
      expect(xml.submission?.answers[id]?.planning).toBe(day);
  });

  it('parses times after a date, and rounds no serial into the next day', () => {
    expect(parseDutchDate('15-3-2026 16:45')).toBe('2026-03-15');
    expect(parseDutchDate('1-4-2026 15:30:12')).toBe('2026-04-01');
    expect(parseDutchDate('2026-03-15T23:59')).toBe('2026-03-15');
    expect(parseDutchDate('15-3-2026 25:00')).toBeUndefined();
    expect(serialToIso(46096.697916)).toBe('2026-03-15'); // 16:45
    expect(serialToIso(46096.9999999)).toBe('2026-03-16'); // a hair below midnight is midnight
    expect(dateCellToIso(new Date(Date.UTC(2026, 2, 15, 23, 59, 59)))).toBe('2026-03-15');
    expect(dateCellToIso(new Date(Date.UTC(2026, 2, 15, 0, 0, 0)))).toBe('2026-03-15');
  });
});

describe('4. suggestions only when they mean the same', () => {
  it('accepts n.v.t., N.v.t and nvt silently; normalises invisible characters and "Gemeente X" with VALUE_NORMALISED', async () => {
    const e = expected['openpyxl-nvt-onzichtbaar.xlsx'];
    const { xml } = await bothReaders('openpyxl-nvt-onzichtbaar.xlsx');
    for (const id of e?.nvt as string[]) expect(xml.submission?.answers[id]?.status, id).toBe('nvt');
    for (const id of e?.done as string[]) expect(xml.submission?.answers[id]?.status, id).toBe('uitgevoerd');
    expect(xml.submission?.organisation).toBe('GM0361');
    const normalised = xml.findings.filter((f) => f.code === 'VALUE_NORMALISED');
    expect(normalised).toHaveLength(e?.normalised as number);
    expect(normalised.map((f) => argsOf(f).reason).sort()).toEqual(['invisible', 'invisible', 'invisible', 'prefix']);
  });

  it('"Bergen" suggests Bergen (NH.), "Gedeeltelijk uitgevoerd" suggests nothing and lists the options', async () => {
    const { xml } = await bothReaders('openpyxl-voorstellen.xlsx');
    const org = xml.findings.find((f) => f.code === 'ORG_UNKNOWN');
    expect(argsOf(org).suggestion).toBe('Bergen (NH.)');
    const status = xml.findings.find((f) => f.code === 'OPTION_UNKNOWN' && argsOf(f).field === 'status');
    expect(argsOf(status).suggestion).toBeUndefined();
    expect(argsOf(status).options).toBe('Uitgevoerd, In ontwikkeling, Ontbreekt, Niet van toepassing');
    expect(status?.severity).toBe('error');
  });

  it('suggest: names without their qualifier, typing slips, nothing when ambiguous or far', () => {
    const names = nl.builtins.registry.organisaties.map((o) => o.naam);
    expect(suggest('Bergen', names)).toBe('Bergen (NH.)');
    expect(suggest('Laren', names)).toBe('Laren (NH.)');
    expect(suggest('Alkmar', names)).toBe('Alkmaar');
    expect(suggest('Haarlemermeer', names)).toBe('Haarlemmermeer');
    expect(suggest('Edam', names)).toBe('Edam-Volendam');
    const scale = ['Uitgevoerd', 'In ontwikkeling', 'Ontbreekt', 'Niet van toepassing'];
    expect(suggest('Gedeeltelijk uitgevoerd', scale)).toBeUndefined();
    expect(suggest('Uitgevord', scale)).toBe('Uitgevoerd');
    expect(suggest('Ontbreek', scale)).toBe('Ontbreekt');
    expect(suggest('n.v.t.', scale)).toBeUndefined();
    expect(suggest('Voortgang 2062', ['Nulmeting 2025', 'Voortgang 2026', 'Voortgang 2027'])).toBeUndefined();
  });

  it('strips zero-width and soft hyphen characters, makes no-break spaces plain', () => {
    expect(stripInvisible('Uit\u00adgevoerd\u200b')).toEqual({ text: 'Uitgevoerd', changed: true });
    expect(stripInvisible('In\u00a0ontwikkeling')).toEqual({ text: 'In ontwikkeling', changed: true });
    expect(stripInvisible('Ontbreekt')).toEqual({ text: 'Ontbreekt', changed: false });
  });

  it('synonyms come from the norm (synoniemen) and do not change the fingerprint', async () => {
    const norm = nl.builtins.norm;
    expect(norm.schaal.find((o) => o.code === 'nvt')?.synoniemen).toEqual(expect.arrayContaining(['n.v.t.', 'nvt']));
    const without = { ...norm, schaal: norm.schaal.map((o) => ({ ...o, synoniemen: undefined })) };
    expect(fingerprintNorm(without)).toBe(fingerprintNorm(norm));
    const { findings, submission } = await nl.validate({ answers: { '2.5': { status: 'NVT' } } });
    expect(codesOf(findings)).toEqual([]);
    expect(submission?.answers['2.5']?.status).toBe('nvt');
  });
});

describe('5. an unknown value in an optional list field is a warning', () => {
  it('"Gemiddeld" as prioriteit warns, leaves the value out, and the score is untouched', async () => {
    const base = await nl.validate();
    const { findings, submission } = await nl.validate({ answers: { '1.3': { prioriteit: 'Gemiddeld' } } });
    expect(findings.map((f) => [f.code, f.severity])).toEqual([['OPTION_UNKNOWN', 'warning']]);
    expect(submission?.answers['1.3']?.prioriteit).toBeNull();
    expect(scoreSubmission(nl.builtins.norm, submission ?? { answers: {} })).toEqual(
      scoreSubmission(nl.builtins.norm, base.submission ?? { answers: {} }),
    );
  });
});

describe('6. the total is computed once', () => {
  it('is the mean of the unrounded theme scores, rounded once', () => {
    const norm = nl.builtins.norm;
    // Theme 1 all Uitgevoerd (100), themes 2 and 3 one in three met (33.3 shown): 55.6, not 55.5.
    const answers: Record<string, Record<string, string | null>> = {};
    for (const theme of norm.themas) {
      theme.uitgangspunten.forEach((p, i) => {
        // Themes 2 and 3 weigh their first principle double: 2 of 6 met.
        const status =
          theme.id === '1'
            ? 'uitgevoerd'
            : theme.id === '2' || theme.id === '3'
              ? i === 0
                ? 'uitgevoerd'
                : i < 5
                  ? 'ontbreekt'
                  : 'nvt'
              : 'nvt';
        answers[p.id] = { status };
      });
    }
    const themeSizes = norm.themas.map((t) => t.uitgangspunten.length);
    expect(themeSizes.slice(0, 3)).toEqual([7, 7, 7]);
    expect(norm.themas.slice(1, 3).map((t) => t.uitgangspunten[0]?.gewicht)).toEqual([2, 2]);
    const score = scoreSubmission(norm, { answers });
    expect(score.themes.slice(0, 3).map((t) => t.score)).toEqual([100, 33.3, 33.3]);
    expect(score.overall.score).toBe(55.6);
  });
});

describe('7. the registry follows time', () => {
  it('validity by day and by year; Wijdemeren until 2027-01-01 with Hilversum as successor', () => {
    const byCode = (c: string) => nl.builtins.registry.organisaties.find((o) => o.code === c);
    const wijdemeren = byCode('GM1696');
    expect(wijdemeren).toMatchObject({ geldig_tot: '2027-01-01', opvolger: 'GM0402' });
    if (!wijdemeren) return;
    expect(validOn(wijdemeren, '2026-12-31')).toBe(true);
    expect(validOn(wijdemeren, '2027-01-01')).toBe(false);
    expect(validInYear(wijdemeren, 2026)).toBe(true);
    expect(validInYear(wijdemeren, 2027)).toBe(false);
    // A late 2026 return, filled in January 2027, is still Wijdemeren's.
    expect(validForReturn(wijdemeren, '2027-01-15', 'voortgang-2026')).toBe(true);
    expect(validForReturn(wijdemeren, '2027-03-01', 'voortgang-2027')).toBe(false);
    expect(meetmomentYear('nulmeting-2025')).toBe(2025);
    expect(successorOn('GM1696', nl.builtins.registry, '2026-01-01')).toBe('GM1696');
    expect(successorOn('GM1696', nl.builtins.registry, '2027-01-01')).toBe('GM0402');
  });

  it('ORG_NOT_YET_VALID for an organisation that starts after the return', async () => {
    const registry = structuredClone(nl.builtins.registry);
    const alkmaar = registry.organisaties.find((o) => o.code === 'GM0361');
    if (alkmaar) alkmaar.geldig_vanaf = '2030-01-01';
    const r = await validateWorkbook(await nl.bytes(), { ...ctx, registry });
    expect(codesOf(r.findings)).toEqual(['ORG_NOT_YET_VALID']);
  });
});

describe('3. a copy under the wrong name', () => {
  it('ORG_FILENAME_MISMATCH when the file name names another organisation of the registry', () => {
    const registry = nl.builtins.registry;
    const codes = (file: string, org: string) => checkFileName(file, org, registry).map((f) => f.code);
    expect(codes('Implementatieoverzicht Bergen NH 2026.xlsx', 'GM0361')).toEqual(['ORG_FILENAME_MISMATCH']);
    expect(codes('haarlem.xlsx', 'GM0394')).toEqual(['ORG_FILENAME_MISMATCH']);
    expect(codes('haarlemmermeer.xlsx', 'GM0392')).toEqual(['ORG_FILENAME_MISMATCH']);
    expect(codes('haarlemmermeer.xlsx', 'GM0394')).toEqual([]);
    expect(codes('alkmaar-2026-definitief.xlsx', 'GM0361')).toEqual([]);
    expect(codes('implementatieoverzicht.xlsx', 'GM0361')).toEqual([]);
    expect(codes('GM0361 retour.xlsx', 'GM0361')).toEqual([]);
    // A werkorganisatie and its members name each other legitimately.
    expect(codes('BUCH Heiloo.xlsx', 'GM0399')).toEqual([]);
    expect(codes('Castricum.xlsx', 'WOBUCH')).toEqual([]);
    expect(codes('Uitgeest (kopie Castricum).xlsx', 'GM0450')).toEqual([]);
    expect(codes('Enkhuizen.xlsx', 'GM0399')).toEqual(['ORG_FILENAME_MISMATCH']);
  });
});

describe('8. row messages that fit', () => {
  it('an erased number points at its cell and names the principle', async () => {
    const cell = await nl.addressOf('nr', '1.4');
    const r = await nl.validate({
      edit: (wb) => {
        const ws = wb.getWorksheet('Implementatieoverzicht');
        if (ws) ws.getCell(cell.cell).value = null;
      },
    });
    const f = r.findings.find((x) => x.code === 'ROW_ID_BLANK');
    expect(argsOf(f)).toMatchObject({ id: '1.4', cell: cell.cell });
    expect(f?.location.cell).toBe(cell.cell);
  });

  it('a LibreOffice-inserted note row and a status dragged over a heading point at the cell to clear', async () => {
    const note = (await bothReaders('libreoffice-notitierij.xlsx')).xml.findings.find((f) => f.code === 'ROW_NOTE_INSERTED');
    expect(note?.severity).toBe('warning');
    expect(note?.location.cell).toMatch(/^F\d+$/);
    expect(String(argsOf(note).value)).toContain('NB: bespreken');
    const heading = (await bothReaders('libreoffice-status-over-kop.xlsx')).xml.findings.find(
      (f) => f.code === 'ROW_HEADING_FILLED',
    );
    expect(heading?.severity).toBe('error');
    expect(argsOf(heading).theme).toBe('2');
    expect(heading?.location.cell).toMatch(/^E\d+$/);
  });
});

describe('2. the batch: conflicts, duplicates, copies, werkorganisaties (weerbaar report)', () => {
  const report = async (folder: string) => {
    const dir = path.join(DIR, folder);
    const files = readdirSync(dir).sort();
    const inputs = await Promise.all(files.map((f) => readAndValidate(path.join(dir, f), ctx)));
    const b = nl.builtins;
    return buildReport(inputs, {
      norm: b.norm,
      registry: b.registry,
      fingerprint: b.fingerprint,
      lang: 'nl',
      tool: { name: 'weerbaar', version: '0.0.0-test' },
      generatedAt: '2026-04-15T10:00:00.000Z',
      riec: null,
      meetmoment: null,
      anonymise: false,
      salt: 'x',
      saltGiven: true,
      aggregateOnly: false,
      minGroup: 5,
      previous: [],
    });
  };
  const outcome = (r: Awaited<ReturnType<typeof report>>, file: string) => {
    const i = r.inputs.find((x) => x.file.endsWith(`/${file}`));
    return i?.status === 'superseded' && i.reason === 'duplicate' ? 'duplicate' : i?.status;
  };

  it.each(['batch-conflict', 'batch-dubbel', 'batch-kopie', 'batch-werkorganisatie'])(
    '%s: each file as expected.json says',
    async (folder) => {
      const r = await report(folder);
      for (const [file, e] of Object.entries(expected).filter(([f]) => f.startsWith(`${folder}/`))) {
        // Of identical returns one counts and the other is a noted duplicate; which one is listed changes no figure.
        if (e.report === 'duplicate-pair')
          expect(['accepted', 'duplicate'], file).toContain(outcome(r, file.slice(folder.length + 1)));
        else expect(outcome(r, file.slice(folder.length + 1)), file).toBe(e.report);
        if (e.differing !== undefined) {
          const f = r.inputs
            .find((x) => x.file.endsWith(file.slice(folder.length)))
            ?.firstFindings.find((x) => x.code === 'RETURN_CONFLICT');
          expect(f?.message).toContain(` ${e.differing} antwoord`);
        }
        if (e.counts_for) expect(r.organisations.map((o) => o.code).sort()).toEqual(e.counts_for);
      }
    },
  );

  it('identical returns: exactly one counts, the other is a duplicate', async () => {
    const r = await report('batch-dubbel');
    expect(r.inputs.map((i) => (i.status === 'superseded' ? i.reason : i.status)).sort()).toEqual(['accepted', 'duplicate']);
    expect(r.organisations.map((o) => o.code)).toEqual(['GM0479']);
  });

  it('a conflict counts neither file, whatever the order the files were saved in; the organisation is not "missing"', async () => {
    const r = await report('batch-conflict');
    expect(r.organisations).toHaveLength(0);
    expect(r.missing.organisations.map((o) => o.code)).not.toContain('GM0392');
    expect(r.notes.join('\n')).toMatch(/Haarlem.*RETURN_CONFLICT/);
  });

  it("a neighbour's copy does not replace Alkmaar's return, and Bergen stays missing", async () => {
    const r = await report('batch-kopie');
    expect(r.organisations).toHaveLength(0);
    expect(r.missing.organisations.map((o) => o.code)).toContain('GM0373');
  });
});
