import { argsOf } from '../helpers/finding-args.js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FindingCode } from '../../src/findings/codes.js';
import type { Finding } from '../../src/findings/finding.js';
import { makeFinding } from '../../src/findings/make-finding.js';
import { allPrinciples } from '../../src/norm/localise.js';
import { scoreSubmission } from '../../src/score/score-submission.js';
import { passes } from '../../src/validate/validate-workbook.js';
import { codesOf, ReturnBuilder, type ReturnChanges, type ReturnSpec } from '../helpers/fill-workbook.js';

/**
 * One check at a time, on returns built in memory: the valid Alkmaar return of the fixtures
 * (test/fixtures/real/answers.json) filled into the generated template, with one thing changed.
 * The tests assert codes, arguments and locations, not wording.
 */
let nl: ReturnBuilder;
let en: ReturnBuilder;

beforeAll(async () => {
  [nl, en] = await Promise.all([ReturnBuilder.create(), ReturnBuilder.create({ lang: 'en' })]);
});

const OVERVIEW = 'Implementatieoverzicht';
const only = (findings: Finding[], code: FindingCode) => findings.filter((f) => f.code === code);
/** Findings as [code, principle] pairs, for compact comparisons. */
const pairs = (findings: Finding[]) => findings.map((f) => [f.code, f.location.principle ?? null]);

describe('the builder', () => {
  it('makes a valid return: no findings at all, every principle answered', async () => {
    const { findings, submission } = await nl.validate();
    expect(findings).toEqual([]);
    expect(submission?.organisation).toBe('GM0361');
    expect(Object.keys(submission?.answers ?? {})).toHaveLength(allPrinciples(nl.builtins.norm).length);
  });

  it('makes a valid English return', async () => {
    const spec = englishSpec(en.base, en);
    const { findings, submission } = await en.validateBytes(await en.bytesFrom(spec));
    expect(findings).toEqual([]);
    expect(submission?.identity.lang).toBe('en');
    expect(submission?.answers['1.3']?.status).toBe('in-ontwikkeling');
  });
});

describe('status normalisation (VALUE_NORMALISED)', () => {
  let result: Awaited<ReturnType<ReturnBuilder['validate']>>;
  beforeAll(async () => {
    result = await nl.validate({
      answers: {
        '1.1': { status: ' uitgevoerd ' }, // spaces and case
        '1.3': { status: 'in-ontwikkeling' }, // the code
        '1.2': { status: 'Implemented' }, // the English label in a Dutch return
        '1.7': { status: 'ONTBREEKT' },
      },
    });
  });

  it('accepts each variant with a warning that names the normalised label', () => {
    const found = only(result.findings, 'VALUE_NORMALISED').map((f) => [
      f.location.principle,
      argsOf(f).value,
      argsOf(f).normalised,
      f.severity,
    ]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['1.1', ' uitgevoerd ', 'Uitgevoerd', 'warning'],
        ['1.3', 'in-ontwikkeling', 'In ontwikkeling', 'warning'],
        ['1.2', 'Implemented', 'Uitgevoerd', 'warning'],
        ['1.7', 'ONTBREEKT', 'Ontbreekt', 'warning'],
      ]),
    );
    expect(codesOf(result.findings)).toEqual(['VALUE_NORMALISED']);
    expect(only(result.findings, 'VALUE_NORMALISED')).toHaveLength(4);
  });

  it('points at the status cell of the principle', async () => {
    const f = result.findings.find((x) => x.location.principle === '1.1');
    expect(f?.location).toEqual({ ...(await nl.addressOf('status', '1.1')), principle: '1.1' });
    expect(argsOf(f).field).toBe('status');
  });

  it('still counts the status: the return passes and scores as the unchanged one', async () => {
    expect(passes(result.findings)).toBe(true);
    const { submission: base } = await nl.validate();
    expect(result.submission?.answers['1.1']?.status).toBe('uitgevoerd');
    expect(result.submission?.answers['1.2']?.status).toBe('uitgevoerd');
    expect(result.submission?.answers['1.3']?.status).toBe('in-ontwikkeling');
    expect(result.submission?.answers['1.7']?.status).toBe('ontbreekt');
    const norm = nl.builtins.norm;
    expect(scoreSubmission(norm, result.submission!)).toEqual(scoreSubmission(norm, base!));
  });

  it('in an English return the Dutch label is normalised to the English one', async () => {
    const spec = englishSpec(en.base, en);
    spec.answers['1.1'] = { ...spec.answers['1.1'], status: 'Uitgevoerd' };
    const { findings, submission } = await en.validateBytes(await en.bytesFrom(spec));
    expect(findings.map((f) => [f.code, argsOf(f).normalised])).toEqual([['VALUE_NORMALISED', 'Implemented']]);
    expect(submission?.answers['1.1']?.status).toBe('uitgevoerd');
  });
});

describe('unknown values (OPTION_UNKNOWN)', () => {
  it('suggests the closest scale option', async () => {
    const { findings, submission } = await nl.validate({
      answers: { '1.1': { status: 'Uitgevoed' }, '1.3': { status: 'In ontwikeling' } },
    });
    expect(
      only(findings, 'OPTION_UNKNOWN').map((f) => [f.location.principle, argsOf(f).value, argsOf(f).suggestion, f.severity]),
    ).toEqual([
      ['1.1', 'Uitgevoed', 'Uitgevoerd', 'error'],
      ['1.3', 'In ontwikeling', 'In ontwikkeling', 'error'],
    ]);
    // The value is unusable: not counted, but not reported as missing either.
    expect(codesOf(findings)).toEqual(['OPTION_UNKNOWN']);
    expect(submission?.answers['1.1']?.status).toBeNull();
    expect(passes(findings)).toBe(false);
  });

  it('suggests only a clearly closest option of other choice fields, else lists them (prioriteit, meetmoment)', async () => {
    const { findings } = await nl.validate({
      front: { meetmoment: 'Voortgang 2062' },
      answers: { '1.5': { prioriteit: 'Hooog' } },
    });
    expect(findings.map((f) => [f.code, argsOf(f).field, argsOf(f).suggestion, argsOf(f).options, f.severity])).toEqual([
      // 2062 is as close to 2025 as to 2026: no guess.
      ['OPTION_UNKNOWN', 'meetmoment', undefined, 'Nulmeting 2025, Voortgang 2026, Voortgang 2027', 'error'],
      // prioriteit is optional: a warning.
      ['OPTION_UNKNOWN', 'prioriteit', 'Hoog', undefined, 'warning'],
    ]);
  });
});

describe('rule-driven required fields (REQUIRED_MISSING, STATUS_MISSING)', () => {
  it('toelichting is required for nvt and for ontbreekt, not for uitgevoerd', async () => {
    const { findings } = await nl.validate({
      answers: { '2.5': { toelichting: null }, '1.7': { toelichting: null }, '1.1': { toelichting: null } },
    });
    expect(findings.map((f) => [f.code, f.location.principle, argsOf(f).field, argsOf(f).value])).toEqual([
      ['REQUIRED_MISSING', '1.7', 'toelichting', 'ontbreekt'],
      ['REQUIRED_MISSING', '2.5', 'toelichting', 'nvt'],
    ]);
    expect(findings[0]?.location).toMatchObject(await nl.addressOf('toelichting', '1.7'));
  });

  it('planning is required for in-ontwikkeling (and ontbreekt), not for nvt', async () => {
    const { findings } = await nl.validate({
      answers: { '1.3': { planning: null }, '1.7': { planning: null }, '2.5': { planning: null }, '4.7': { planning: null } },
    });
    expect(findings.map((f) => [f.code, f.location.principle, argsOf(f).field, argsOf(f).value])).toEqual([
      ['REQUIRED_MISSING', '1.3', 'planning', 'in-ontwikkeling'],
      ['REQUIRED_MISSING', '1.7', 'planning', 'ontbreekt'],
    ]);
  });

  it('a text with only spaces counts as empty', async () => {
    const { findings } = await nl.validate({ answers: { '1.7': { toelichting: '   ' } } });
    expect(pairs(findings)).toEqual([['REQUIRED_MISSING', '1.7']]);
  });

  it('an empty status is STATUS_MISSING (an error), and its other fields are then not required', async () => {
    const { findings } = await nl.validate({ answers: { '1.3': { status: null, planning: null, toelichting: null } } });
    expect(findings.map((f) => [f.code, f.severity, f.location.principle, f.location.cell])).toEqual([
      ['STATUS_MISSING', 'error', '1.3', (await nl.addressOf('status', '1.3')).cell],
    ]);
  });
});

describe('dates', () => {
  it('accepts Dutch text dates: 31-12-2026, 1-7-26 and "1 juli 2026"', async () => {
    const { findings, submission } = await nl.validate({
      front: { datum: '15-03-2026' },
      answers: { '1.3': { planning: '31-12-2026' }, '1.5': { planning: '1-7-26' }, '1.7': { planning: '1 juli 2026' } },
    });
    expect(findings).toEqual([]);
    expect(submission?.front.datum).toBe('2026-03-15');
    expect([
      submission?.answers['1.3']?.planning,
      submission?.answers['1.5']?.planning,
      submission?.answers['1.7']?.planning,
    ]).toEqual(['2026-12-31', '2026-07-01', '2026-07-01']);
  });

  it('accepts a date cell and reads it without a time-zone shift', async () => {
    const { submission } = await nl.validate({ answers: { '1.3': { planning: new Date('2026-01-01T00:00:00Z') } } });
    expect(submission?.answers['1.3']?.planning).toBe('2026-01-01');
  });

  it('rejects 31-02-2026 (no such day) and free text, in planning and in datum', async () => {
    const { findings } = await nl.validate({
      front: { datum: '31-02-2026' },
      answers: { '1.3': { planning: '31-02-2026' }, '1.5': { planning: 'volgend jaar' } },
    });
    expect(findings.map((f) => [f.code, f.severity, argsOf(f).field, argsOf(f).value, f.location.principle ?? null])).toEqual([
      ['DATE_INVALID', 'error', 'datum', '31-02-2026', null],
      ['DATE_INVALID', 'error', 'planning', '31-02-2026', '1.3'],
      ['DATE_INVALID', 'error', 'planning', 'volgend jaar', '1.5'],
    ]);
    expect(findings[0]?.location).toEqual(await nl.addressOf('datum'));
  });

  it('PLANNING_BEFORE_DATUM: a planned date before the date of filling in is a warning; the same day is not', async () => {
    const { findings } = await nl.validate({
      answers: { '1.3': { planning: new Date('2025-12-31T00:00:00Z') }, '1.5': { planning: new Date('2026-03-15T00:00:00Z') } },
    });
    expect(findings.map((f) => [f.code, f.severity, f.location.principle, argsOf(f).date, argsOf(f).filledOn])).toEqual([
      ['PLANNING_BEFORE_DATUM', 'warning', '1.3', '2025-12-31', '2026-03-15'],
    ]);
    expect(findings[0]?.location).toMatchObject(await nl.addressOf('planning', '1.3'));
    expect(passes(findings)).toBe(true);
    expect(passes(findings, true)).toBe(false);
  });

  it('PLANNING_BEFORE_DATUM compares text dates too', async () => {
    const { findings } = await nl.validate({ front: { datum: '15-03-2026' }, answers: { '1.3': { planning: '1-1-26' } } });
    expect(pairs(findings)).toEqual([['PLANNING_BEFORE_DATUM', '1.3']]);
  });
});

describe('implausible dates', () => {
  // The template only allows dates from 2000-01-01 to 2100-12-31 (template-contract.ts): a year
  // typed as a number, 2026, in a date cell would be 18-7-1905, and 15032026 a date in year 43056.
  it('datum 2026 (a number in a date cell) is an error, not 1905-07-18', async () => {
    const { findings, submission } = await nl.validate({ front: { datum: 2026 } });
    expect(submission?.front.datum).not.toBe('1905-07-18');
    expect(findings.some((f) => f.severity === 'error' && argsOf(f).field === 'datum')).toBe(true);
  });

  it('datum 15032026 is an error, not the date "+043056-04"', async () => {
    const { findings } = await nl.validate({ front: { datum: 15032026 } });
    expect(findings.some((f) => f.severity === 'error' && argsOf(f).field === 'datum')).toBe(true);
  });

  it('a text date before 2000 is an error too', async () => {
    const { findings } = await nl.validate({ front: { datum: '1-7-1926' } });
    expect(findings.some((f) => f.code === 'DATE_INVALID' && argsOf(f).field === 'datum')).toBe(true);
  });
});

describe('patterns across the return', () => {
  it('UNIFORM_STATUS: every principle Uitgevoerd is a warning', async () => {
    const answers = Object.fromEntries(Object.keys(nl.base.answers).map((id) => [id, { status: 'Uitgevoerd' }]));
    const { findings } = await nl.validate({ answers });
    expect(findings.map((f) => [f.code, f.severity, argsOf(f).status, argsOf(f).count])).toEqual([
      ['UNIFORM_STATUS', 'warning', 'Uitgevoerd', 41],
    ]);
  });

  it('UNIFORM_STATUS: one different status is enough to silence it', async () => {
    const answers: ReturnChanges['answers'] = Object.fromEntries(
      Object.keys(nl.base.answers).map((id) => [id, { status: 'Uitgevoerd' }]),
    );
    answers['6.6'] = { status: 'In ontwikkeling' };
    const { findings } = await nl.validate({ answers });
    expect(findings).toEqual([]);
  });

  it('COPIED_TOELICHTING: four copies are fine, five are reported (info), spaces and case ignored', async () => {
    const text = 'Wordt regionaal opgepakt.';
    const ids = ['1.1', '1.2', '1.3', '1.4', '1.5'];
    const four = await nl.validate({ answers: Object.fromEntries(ids.slice(0, 4).map((id) => [id, { toelichting: text }])) });
    expect(four.findings).toEqual([]);
    const variants = [text, text.toUpperCase(), ` ${text} `, text.replace(' ', '  '), text];
    const five = await nl.validate({ answers: Object.fromEntries(ids.map((id, i) => [id, { toelichting: variants[i] }])) });
    expect(five.findings.map((f) => [f.code, f.severity, argsOf(f).count, argsOf(f).ids])).toEqual([
      ['COPIED_TOELICHTING', 'info', 5, ids.join(', ')],
    ]);
    expect(passes(five.findings, true)).toBe(true);
  });
});

describe('the organisation', () => {
  it('ORG_UNKNOWN suggests "Alkmaar" for "Alkmar"', async () => {
    const { findings, submission } = await nl.validate({ front: { organisatie: 'Alkmar' } });
    expect(findings.map((f) => [f.code, f.severity, argsOf(f).value, argsOf(f).suggestion])).toEqual([
      ['ORG_UNKNOWN', 'error', 'Alkmar', 'Alkmaar'],
    ]);
    expect(findings[0]?.location).toEqual(await nl.addressOf('organisatie'));
    expect(submission?.organisation).toBeNull();
  });

  it('ORG_FORMER names the successor: Beemster → Purmerend', async () => {
    const { findings } = await nl.validate({ front: { organisatie: 'Beemster' } });
    expect(findings.map((f) => [f.code, f.severity, argsOf(f).successor, argsOf(f).until])).toEqual([
      ['ORG_FORMER', 'error', 'Purmerend', '2022-01-01'],
    ]);
  });

  it('the organisation given as its code (GM0361) is accepted with VALUE_NORMALISED', async () => {
    const { findings, submission } = await nl.validate({ front: { organisatie: 'GM0361' } });
    expect(findings.map((f) => [f.code, argsOf(f).value, argsOf(f).normalised])).toEqual([
      ['VALUE_NORMALISED', 'GM0361', 'Alkmaar'],
    ]);
    expect(submission?.organisation).toBe('GM0361');
  });

  it('a name with other case and spaces is accepted with VALUE_NORMALISED', async () => {
    const { findings, submission } = await nl.validate({ front: { organisatie: '  alkmaar ' } });
    expect(codesOf(findings)).toEqual(['VALUE_NORMALISED']);
    expect(submission?.organisation).toBe('GM0361');
  });

  it('ORG_MISSING for an empty organisation', async () => {
    const { findings } = await nl.validate({ front: { organisatie: null } });
    expect(findings.map((f) => [f.code, f.location.sheet, f.location.cell])).toEqual([
      ['ORG_MISSING', 'Organisatie', (await nl.addressOf('organisatie')).cell],
    ]);
  });
});

describe('front matter and e-mail', () => {
  it.each(['coordinator alkmaar.nl', 'coordinator@alkmaar', '@alkmaar.nl', 'a@b@c.nl'])('EMAIL_INVALID for %j', async (email) => {
    const { findings } = await nl.validate({ front: { email } });
    expect(findings.map((f) => [f.code, f.severity, argsOf(f).value])).toEqual([['EMAIL_INVALID', 'error', email]]);
    expect(findings[0]?.location).toEqual(await nl.addressOf('email'));
  });

  it('accepts mailto: and a hyperlink cell, and trims spaces', async () => {
    for (const [email, want] of [
      ['mailto:coordinator@alkmaar.nl', 'coordinator@alkmaar.nl'],
      [{ text: 'coordinator@alkmaar.nl', hyperlink: 'mailto:coordinator@alkmaar.nl' }, 'coordinator@alkmaar.nl'],
      ['  j.devries@alkmaar.nl ', 'j.devries@alkmaar.nl'],
    ] as const) {
      const { findings, submission } = await nl.validate({ front: { email } });
      expect(findings, JSON.stringify(email)).toEqual([]);
      expect(submission?.front.email).toBe(want);
    }
  });

  it('FRONT_MISSING for each empty required field, not for the optional functie', async () => {
    const { findings } = await nl.validate({
      front: { invuller: null, email: null, datum: null, meetmoment: null, functie: null },
    });
    expect(findings.map((f) => [f.code, argsOf(f).field])).toEqual([
      ['FRONT_MISSING', 'invuller'],
      ['FRONT_MISSING', 'email'],
      ['FRONT_MISSING', 'datum'],
      ['FRONT_MISSING', 'meetmoment'],
    ]);
    for (const f of findings) expect(f.location).toEqual(await nl.addressOf(String(argsOf(f).field)));
  });

  it('rich text in a text field is read as its plain text', async () => {
    const { findings, submission } = await nl.validate({
      front: { invuller: { richText: [{ text: 'J. de ' }, { text: 'Vries', font: { bold: true } }] } },
    });
    expect(findings).toEqual([]);
    expect(submission?.front.invuller).toBe('J. de Vries');
  });
});

describe('formulas and error values in inputs', () => {
  it('INPUT_FORMULA: a formula with a cached result uses the result, with a warning', async () => {
    const { findings, submission } = await nl.validate({
      answers: { '1.1': { status: { formula: '"Uitgevoerd"', result: 'Uitgevoerd' } } },
    });
    expect(findings.map((f) => [f.code, f.severity, f.location.principle, argsOf(f).formula])).toEqual([
      ['INPUT_FORMULA', 'warning', '1.1', '"Uitgevoerd"'],
    ]);
    expect(submission?.answers['1.1']?.status).toBe('uitgevoerd');
  });

  it('INPUT_ERROR_VALUE: an error value is an error, and not also STATUS_MISSING', async () => {
    const { findings } = await nl.validate({ answers: { '1.4': { toelichting: { error: '#N/A' } } } });
    expect(findings.map((f) => [f.code, f.severity, f.location.principle, argsOf(f).error])).toEqual([
      ['INPUT_ERROR_VALUE', 'error', '1.4', '#N/A'],
    ]);
  });
});

describe('structure, on edited templates', () => {
  /** The cell of a principle's id (`nr`) or text (`uitgangspunt`), found through the defined names. */
  let idCell: string;
  let textCell: string;
  beforeAll(async () => {
    idCell = (await nl.addressOf('nr', '1.1')).cell;
    textCell = (await nl.addressOf('uitgangspunt', '1.1')).cell;
  });

  it('TEXT_CHANGED shows the old and the new text (a warning)', async () => {
    const { findings } = await nl.validate({
      edit: (wb) => (wb.getWorksheet(OVERVIEW)!.getCell(textCell).value = 'Eigen tekst'),
    });
    expect(findings.map((f) => [f.code, f.severity, f.location.principle, argsOf(f).new])).toEqual([
      ['TEXT_CHANGED', 'warning', '1.1', 'Eigen tekst'],
    ]);
    expect(String(argsOf(findings[0]).old)).toContain(nl.builtins.norm.themas[0]?.uitgangspunten[0]?.titel);
    expect(findings[0]?.location).toMatchObject({ sheet: OVERVIEW, cell: textCell });
  });

  it('TEXT_CHANGED ignores differences in spaces and case only', async () => {
    const p = nl.builtins.norm.themas[0]!.uitgangspunten[0]!;
    const { findings } = await nl.validate({
      edit: (wb) => (wb.getWorksheet(OVERVIEW)!.getCell(textCell).value = `  ${p.titel.toUpperCase()}\n${p.tekst}  `),
    });
    expect(findings).toEqual([]);
  });

  it('PROTECTION_REMOVED (info) when a sheet with inputs is unprotected', async () => {
    const { findings } = await nl.validate({ edit: (wb) => wb.getWorksheet('Organisatie')!.unprotect() });
    expect(findings.map((f) => [f.code, f.severity, f.location.sheet])).toEqual([['PROTECTION_REMOVED', 'info', 'Organisatie']]);
    expect(passes(findings, true)).toBe(true);
  });

  it('ROW_UNKNOWN and ROW_MISSING when a principle id is changed', async () => {
    const { findings } = await nl.validate({ edit: (wb) => (wb.getWorksheet(OVERVIEW)!.getCell(idCell).value = '9.9') });
    expect(findings.map((f) => [f.code, f.location.principle, f.location.cell ?? null])).toEqual([
      ['ROW_UNKNOWN', '9.9', idCell],
      ['ROW_MISSING', '1.1', null],
    ]);
  });

  it('ROW_ID_BLANK when the id of a filled row is cleared', async () => {
    const { findings } = await nl.validate({ edit: (wb) => (wb.getWorksheet(OVERVIEW)!.getCell(idCell).value = null) });
    expect(findings.map((f) => [f.code, f.location.cell ?? f.location.principle])).toEqual([
      ['ROW_ID_BLANK', idCell],
      ['ROW_MISSING', '1.1'],
    ]);
  });

  it('a principle id stored as a number (1.1) or with spaces is still matched', async () => {
    expect((await nl.validate({ edit: (wb) => (wb.getWorksheet(OVERVIEW)!.getCell(idCell).value = 1.1) })).findings).toEqual([]);
    expect((await nl.validate({ edit: (wb) => (wb.getWorksheet(OVERVIEW)!.getCell(idCell).value = ' 1.1 ') })).findings).toEqual(
      [],
    );
  });
});

describe('--strict semantics: passes(findings, strict)', () => {
  const f = (code: FindingCode) => makeFinding(code);
  it.each([
    [[], true, true],
    [[f('COPIED_TOELICHTING')], true, true],
    [[f('VALUE_NORMALISED')], true, false],
    [[f('UNIFORM_STATUS'), f('PROTECTION_REMOVED')], true, false],
    [[f('STATUS_MISSING')], false, false],
  ] as Array<[Finding[], boolean, boolean]>)('%j passes: %s, strict: %s', (findings, normal, strict) => {
    expect(passes(findings)).toBe(normal);
    expect(passes(findings, false)).toBe(normal);
    expect(passes(findings, true)).toBe(strict);
  });

  it('a real warning-only return passes, and fails under strict', async () => {
    const { findings } = await nl.validate({ answers: { '1.1': { status: 'uitgevoerd' } } });
    expect(findings.map((f) => f.severity)).toEqual(['warning']);
    expect([passes(findings), passes(findings, true)]).toEqual([true, false]);
  });
});

describe('locations', () => {
  /** Codes about one input cell or principle text: they must say which sheet and cell. */
  const CELL_CODES = new Set<FindingCode>([
    'VALUE_NORMALISED',
    'OPTION_UNKNOWN',
    'STATUS_MISSING',
    'REQUIRED_MISSING',
    'DATE_INVALID',
    'PLANNING_BEFORE_DATUM',
    'EMAIL_INVALID',
    'ORG_MISSING',
    'ORG_UNKNOWN',
    'ORG_FORMER',
    'FRONT_MISSING',
    'INPUT_FORMULA',
    'INPUT_ERROR_VALUE',
    'TEXT_CHANGED',
    'ROW_UNKNOWN',
    'ROW_DUPLICATE',
    'ROW_ID_BLANK',
  ]);
  /** Codes about one principle: they must say which. */
  const PRINCIPLE_CODES = new Set<FindingCode>([
    'STATUS_MISSING',
    'REQUIRED_MISSING',
    'PLANNING_BEFORE_DATUM',
    'TEXT_CHANGED',
    'ROW_MISSING',
    'ROW_UNKNOWN',
    'ROW_DUPLICATE',
  ]);

  it('every finding about a cell carries sheet and cell, and one about a principle its id', async () => {
    const cells = { text: (await nl.addressOf('uitgangspunt', '1.4')).cell, duplicate: (await nl.addressOf('nr', '4.4')).cell };
    const { findings } = await nl.validate({
      front: { organisatie: 'Alkmar', email: 'x', meetmoment: 'Nu', invuller: null },
      answers: {
        '1.1': { status: ' uitgevoerd ' },
        '1.2': { status: 'Uitgevoed' },
        '1.3': { planning: null },
        '1.5': { planning: 'ooit' },
        '1.7': { toelichting: null },
        '2.1': { status: null },
        '2.2': { status: { formula: '"Uitgevoerd"', result: 'Uitgevoerd' } },
        '2.3': { toelichting: { error: '#REF!' } },
        '3.3': { planning: new Date('2020-01-01T00:00:00Z') },
      },
      edit: (wb) => {
        const ws = wb.getWorksheet(OVERVIEW)!;
        ws.getCell(cells.text).value = 'anders';
        ws.getCell(cells.duplicate).value = '1.1';
      },
    });
    const codes = codesOf(findings);
    // The case must really exercise the cell codes, or this test proves little.
    expect(codes).toEqual(
      expect.arrayContaining([
        'VALUE_NORMALISED',
        'OPTION_UNKNOWN',
        'STATUS_MISSING',
        'REQUIRED_MISSING',
        'DATE_INVALID',
        'PLANNING_BEFORE_DATUM',
        'EMAIL_INVALID',
        'ORG_UNKNOWN',
        'FRONT_MISSING',
        'INPUT_FORMULA',
        'INPUT_ERROR_VALUE',
        'TEXT_CHANGED',
        'ROW_DUPLICATE',
      ]),
    );
    for (const f of findings) {
      if (CELL_CODES.has(f.code)) {
        expect(f.location.sheet, f.code).toMatch(/^(Organisatie|Implementatieoverzicht)$/);
        expect(f.location.cell, f.code).toMatch(/^[A-Z]+\d+$/);
      }
      if (PRINCIPLE_CODES.has(f.code)) expect(f.location.principle, f.code).toMatch(/^\d+\.\d+$/);
    }
    // Spot checks: the cell is the one the defined name gives.
    const at = (code: FindingCode, principle?: string) =>
      findings.find((f) => f.code === code && f.location.principle === principle)?.location;
    expect(at('OPTION_UNKNOWN', '1.2')).toMatchObject(await nl.addressOf('status', '1.2'));
    expect(at('REQUIRED_MISSING', '1.3')).toMatchObject(await nl.addressOf('planning', '1.3'));
    expect(at('INPUT_ERROR_VALUE', '2.3')).toMatchObject(await nl.addressOf('toelichting', '2.3'));
    expect(at('EMAIL_INVALID')).toEqual(await nl.addressOf('email'));
  });
});

/** The Dutch base return with every option label in English, for the English template. */
function englishSpec(base: ReturnSpec, b: ReturnBuilder): ReturnSpec {
  const norm = b.builtins.norm;
  const toEn = (options: ReadonlyArray<{ label: string; label_en?: string | undefined }>, v: unknown) =>
    options.find((o) => o.label === v)?.label_en ?? v;
  const prioriteit = norm.velden.find((f) => f.id === 'prioriteit')?.opties ?? [];
  const meetmoment = norm.voorblad.find((f) => f.id === 'meetmoment')?.opties ?? [];
  return {
    front: { ...base.front, meetmoment: toEn(meetmoment, base.front.meetmoment) as string },
    answers: Object.fromEntries(
      Object.entries(base.answers).map(([id, a]) => [
        id,
        { ...a, status: toEn(norm.schaal, a.status) as string, prioriteit: toEn(prioriteit, a.prioriteit) as string | null },
      ]),
    ),
  };
}
