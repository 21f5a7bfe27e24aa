import { createHash } from 'node:crypto';
import { validInYear } from '../../src/norm/registry-time.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeFinding } from '../../src/findings/make-finding.js';
import { REPORT_NOTES } from '../../src/i18n/report-notes.js';
import { buildReport, type BuildReportOptions } from '../../src/report/build-report.js';
import { groupStats } from '../../src/report/group-stats.js';
import { pseudonym } from '../../src/report/pseudonymise.js';
import type { Report } from '../../src/report/report-model.js';
import { chooseMeetmoment, type ReportFileInput } from '../../src/intake/select-returns.js';
import type { Submission } from '../../src/submission/submission.js';
import { loadBuiltins, type Builtins } from '../helpers/template-workbook.js';

/**
 * The pure report builder on hand-made inputs: submissions are plain data, as the validator
 * would hand them over, so every rule can be checked without a workbook.
 */

let b: Builtins;
let ids: string[];
beforeAll(async () => {
  b = await loadBuiltins();
  ids = b.norm.themas.flatMap((t) => t.uitgangspunten.map((p) => p.id));
});

const NOTES = REPORT_NOTES.nl;
type Status = 'uitgevoerd' | 'in-ontwikkeling' | 'ontbreekt' | 'nvt' | null;

interface SubOptions {
  datum?: string;
  meetmoment?: string;
  /** The status of every principle not in `statuses`. */
  fill?: Status;
  statuses?: Record<string, Status>;
}

function submission(organisation: string, o: SubOptions = {}): Submission {
  const answers: Submission['answers'] = {};
  for (const id of ids) {
    const status = id in (o.statuses ?? {}) ? (o.statuses?.[id] ?? null) : (o.fill ?? 'uitgevoerd');
    answers[id] = {
      status,
      toelichting: status === 'uitgevoerd' ? null : `Toelichting ${organisation} ${id}`,
      eigenaar: 'Team OOV',
      planning: null,
      prioriteit: null,
    };
  }
  return {
    identity: { lang: 'nl' },
    organisation,
    front: {
      organisatie: organisation,
      datum: o.datum ?? '2026-03-01',
      meetmoment: o.meetmoment ?? 'voortgang-2026',
      email: 'x@example.nl',
    },
    answers,
  };
}

function input(file: string, organisation: string, o: SubOptions & { mtimeMs?: number; error?: boolean } = {}): ReportFileInput {
  return {
    file,
    findings: o.error ? [makeFinding('STATUS_MISSING', { id: '1.1', label: 'Status' }, { principle: '1.1' })] : [],
    submission: submission(organisation, o),
    sha256: createHash('sha256').update(file).digest('hex'),
    size: 1000,
    mtimeMs: o.mtimeMs ?? 0,
  };
}

function options(o: Partial<BuildReportOptions> = {}): BuildReportOptions {
  return {
    norm: b.norm,
    registry: b.registry,
    fingerprint: b.fingerprint,
    lang: 'nl',
    tool: { name: 'weerbaar', version: '0.0.0-test' },
    generatedAt: '2026-04-15T10:00:00.000Z',
    riec: null,
    meetmoment: null,
    anonymise: false,
    salt: 'test',
    saltGiven: true,
    aggregateOnly: false,
    minGroup: 1,
    previous: [],
    ...o,
  };
}

const statusOf = (r: Report, file: string) => r.inputs.find((i) => i.file === file);
// Expected for Voortgang 2026: the municipalities and the province of 2026 (werkorganisaties report for their members).
const activeCount = () => b.registry.organisaties.filter((o) => o.soort !== 'werkorganisatie' && validInYear(o, 2026)).length;

describe('duplicates: one return per organisation', () => {
  it('the newest by datum counts, even when the other file was modified later', () => {
    const r = buildReport(
      [
        input('nieuw.xlsx', 'GM0361', { datum: '2026-03-10', mtimeMs: 1_000, fill: 'uitgevoerd' }),
        input('oud.xlsx', 'GM0361', { datum: '2026-03-01', mtimeMs: 9_000, fill: 'ontbreekt' }),
      ],
      options(),
    );
    expect(statusOf(r, 'nieuw.xlsx')).toMatchObject({ status: 'accepted', supersededBy: null });
    expect(statusOf(r, 'oud.xlsx')).toMatchObject({ status: 'superseded', supersededBy: 'nieuw.xlsx' });
    expect(r.organisations).toHaveLength(1);
    expect(r.organisations[0]).toMatchObject({
      code: 'GM0361',
      file: 'nieuw.xlsx',
      datum: '2026-03-10',
      overall: { score: 100 },
    });
  });

  it('on the same datum, different answers conflict: neither counts, whatever the order or the file times', () => {
    for (const order of [
      ['a.xlsx', 'b.xlsx'],
      ['b.xlsx', 'a.xlsx'],
    ]) {
      const make = (file: string) =>
        file === 'a.xlsx'
          ? input('a.xlsx', 'GM0392', { mtimeMs: 5_000, statuses: { '1.1': 'in-ontwikkeling', '2.3': 'ontbreekt' } })
          : input('b.xlsx', 'GM0392', { mtimeMs: 7_000 });
      const r = buildReport(order.map(make), options());
      for (const [file, other] of [
        ['a.xlsx', 'b.xlsx'],
        ['b.xlsx', 'a.xlsx'],
      ] as const) {
        expect(statusOf(r, file), order.join()).toMatchObject({ status: 'conflict', conflictWith: other, supersededBy: null });
        const f = statusOf(r, file)?.firstFindings.find((x) => x.code === 'RETURN_CONFLICT');
        expect(f?.severity).toBe('error');
        // 1.1 and 2.3 differ in status and in toelichting: four answers.
        expect(f?.message).toContain(' 4 ');
      }
      expect(r.organisations).toHaveLength(0);
      // Haarlem did send returns: it is named in the notes, not under Ontbrekend.
      expect(r.missing.organisations.map((o) => o.code)).not.toContain('GM0392');
      expect(r.notes.join('\n')).toContain('RETURN_CONFLICT');
    }
  });

  it('on the same datum, identical answers are one return (the first file name counts, the other is a noted duplicate)', () => {
    const r = buildReport(
      [input('z (1).xlsx', 'GM0479', { mtimeMs: 9_000 }), input('z.xlsx', 'GM0479', { mtimeMs: 1_000 })],
      options(),
    );
    expect(statusOf(r, 'z (1).xlsx')?.status).toBe('accepted');
    expect(statusOf(r, 'z.xlsx')).toMatchObject({ status: 'superseded', reason: 'duplicate', supersededBy: 'z (1).xlsx' });
    expect(statusOf(r, 'z.xlsx')?.firstFindings.map((f) => f.code)).toEqual(['RETURN_DUPLICATE']);
    expect(r.organisations).toHaveLength(1);
    expect(r.notes.join('\n')).toContain('RETURN_DUPLICATE');
  });

  it('an older return that differs from a newer one is superseded; a neighbour copy (ORG_FILENAME_MISMATCH) conflicts whatever its datum', () => {
    const older = input('alkmaar.xlsx', 'GM0361', { datum: '2026-03-01', statuses: { '1.1': 'ontbreekt' } });
    const copy: ReportFileInput = {
      ...input('bergen.xlsx', 'GM0361', { datum: '2026-03-20' }),
      findings: [makeFinding('ORG_FILENAME_MISMATCH', { file: 'bergen.xlsx', named: 'Bergen (NH.)', organisation: 'Alkmaar' })],
    };
    const plain = buildReport([older, { ...copy, findings: [] }], options());
    expect(statusOf(plain, 'alkmaar.xlsx')).toMatchObject({ status: 'superseded', reason: 'newer', supersededBy: 'bergen.xlsx' });
    const r = buildReport([older, copy], options());
    expect(r.inputs.map((i) => i.status)).toEqual(['conflict', 'conflict']);
    expect(r.organisations).toHaveLength(0);
    expect(r.missing.organisations.map((o) => o.code)).toContain('GM0373');
    expect(r.notes.join('\n')).toContain('ORG_FILENAME_MISMATCH');
  });

  it('a werkorganisatie return counts for each member, said in the notes; a member left out of the RIEC filter is not counted', () => {
    const r = buildReport([input('buch.xlsx', 'WOBUCH')], options());
    expect(r.organisations.map((o) => o.code).sort()).toEqual(['GM0373', 'GM0383', 'GM0399', 'GM0450']);
    expect(statusOf(r, 'buch.xlsx')?.status).toBe('accepted');
    expect(r.missing.organisations.map((o) => o.code)).not.toContain('GM0450');
    expect(r.missing.organisations.map((o) => o.code)).not.toContain('WOBUCH');
    expect(r.missing.count).toBe(activeCount() - 4);
    expect(r.notes.join('\n')).toMatch(
      /Werkorganisatie BUCH.*Bergen \(NH\.\), Castricum, Heiloo, Uitgeest|Werkorganisatie BUCH.*telt voor elk/,
    );
  });

  it("a member's own newer return counts for that member; the werkorganisatie return still counts for the others", () => {
    const r = buildReport(
      [
        input('buch.xlsx', 'WOBUCH', { datum: '2026-03-01' }),
        input('heiloo.xlsx', 'GM0399', { datum: '2026-03-10', statuses: { '1.1': 'ontbreekt' } }),
      ],
      options(),
    );
    expect(r.organisations.find((o) => o.code === 'GM0399')?.file).toBe('heiloo.xlsx');
    expect(
      r.organisations
        .filter((o) => o.file === 'buch.xlsx')
        .map((o) => o.code)
        .sort(),
    ).toEqual(['GM0373', 'GM0383', 'GM0450']);
  });

  it('the registry follows time: Wijdemeren is expected for 2026, not for 2027 (merged into Hilversum)', () => {
    const r2026 = buildReport([input('a.xlsx', 'GM0361')], options({ meetmoment: 'voortgang-2026' }));
    expect(r2026.missing.organisations.map((o) => o.code)).toContain('GM1696');
    const r2027 = buildReport(
      [input('a.xlsx', 'GM0361', { meetmoment: 'voortgang-2027', datum: '2027-03-01' })],
      options({ meetmoment: 'voortgang-2027' }),
    );
    expect(r2027.missing.organisations.map((o) => o.code)).not.toContain('GM1696');
    expect(r2027.missing.organisations.map((o) => o.code)).toContain('GM0402');
  });

  it('a rejected newer return does not replace a valid older one', () => {
    const r = buildReport(
      [
        input('goed.xlsx', 'GM0361', { datum: '2026-03-01' }),
        input('fout.xlsx', 'GM0361', { datum: '2026-03-20', mtimeMs: 9_999, error: true }),
      ],
      options(),
    );
    expect(statusOf(r, 'goed.xlsx')?.status).toBe('accepted');
    expect(statusOf(r, 'fout.xlsx')).toMatchObject({ status: 'rejected', supersededBy: null });
    expect(statusOf(r, 'fout.xlsx')?.counts.error).toBe(1);
  });

  it('returns of different organisations never replace each other', () => {
    const r = buildReport([input('a.xlsx', 'GM0361'), input('b.xlsx', 'GM0392'), input('c.xlsx', 'GM0473')], options());
    expect(r.inputs.map((i) => i.status)).toEqual(['accepted', 'accepted', 'accepted']);
    expect(r.missing.count).toBe(activeCount() - 3);
  });

  it('skipped files and files without a submission are listed, never counted', () => {
    const r = buildReport(
      [
        { file: '~$a.xlsx', skipped: 'lock', findings: [] },
        { file: 'kapot.xlsx', findings: [makeFinding('FILE_NOT_XLSX', { kind: 'pdf' })] },
        input('a.xlsx', 'GM0361'),
      ],
      options(),
    );
    expect(r.inputs.map((i) => [i.file, i.status, i.reason])).toEqual([
      ['~$a.xlsx', 'skipped', 'lock'],
      ['kapot.xlsx', 'rejected', null],
      ['a.xlsx', 'accepted', null],
    ]);
  });
});

describe('meetmoment', () => {
  it('takes the most common meetmoment among valid returns and excludes the others, with a note', () => {
    const r = buildReport(
      [
        input('a.xlsx', 'GM0361', { meetmoment: 'nulmeting-2025' }),
        input('b.xlsx', 'GM0392', { meetmoment: 'nulmeting-2025' }),
        input('c.xlsx', 'GM0473', { meetmoment: 'voortgang-2026' }),
      ],
      options(),
    );
    expect(r.scope.meetmoment).toBe('Nulmeting 2025');
    expect(statusOf(r, 'c.xlsx')).toMatchObject({ status: 'excluded', reason: 'meetmoment' });
    expect(r.organisations.map((o) => o.code).sort()).toEqual(['GM0361', 'GM0392']);
    expect(r.notes).toContain(NOTES.excludedMeetmoment(1, 'Nulmeting 2025'));
    // An organisation whose only return is for another meetmoment is missing.
    expect(r.missing.organisations.map((m) => m.code)).toContain('GM0473');
  });

  it('on a tie takes the later meetmoment', () => {
    const inputs = [
      input('a.xlsx', 'GM0361', { meetmoment: 'nulmeting-2025' }),
      input('b.xlsx', 'GM0392', { meetmoment: 'voortgang-2026' }),
    ];
    expect(chooseMeetmoment(inputs, b.norm)).toBe('voortgang-2026');
    expect(chooseMeetmoment([...inputs].reverse(), b.norm)).toBe('voortgang-2026');
    expect(buildReport(inputs, options()).scope.meetmoment).toBe('Voortgang 2026');
    const three = [
      ...inputs,
      input('c.xlsx', 'GM0473', { meetmoment: 'voortgang-2027' }),
      input('d.xlsx', 'GM0363', { meetmoment: 'nulmeting-2025' }),
    ];
    expect(chooseMeetmoment(three, b.norm)).toBe('nulmeting-2025');
  });

  it('rejected returns do not vote', () => {
    const inputs = [
      input('a.xlsx', 'GM0361', { meetmoment: 'nulmeting-2025' }),
      input('b.xlsx', 'GM0392', { meetmoment: 'voortgang-2026', error: true }),
      input('c.xlsx', 'GM0473', { meetmoment: 'voortgang-2026', error: true }),
    ];
    expect(chooseMeetmoment(inputs, b.norm)).toBe('nulmeting-2025');
    expect(chooseMeetmoment([], b.norm)).toBeNull();
  });

  it('a meetmoment asked for wins over the most common one', () => {
    const r = buildReport(
      [
        input('a.xlsx', 'GM0361', { meetmoment: 'nulmeting-2025' }),
        input('b.xlsx', 'GM0392', { meetmoment: 'nulmeting-2025' }),
        input('c.xlsx', 'GM0473', { meetmoment: 'voortgang-2026' }),
      ],
      options({ meetmoment: 'voortgang-2026' }),
    );
    expect(r.scope.meetmoment).toBe('Voortgang 2026');
    expect(r.organisations.map((o) => o.code)).toEqual(['GM0473']);
    expect(r.inputs.filter((i) => i.status === 'excluded').map((i) => i.file)).toEqual(['a.xlsx', 'b.xlsx']);
    expect(r.notes).toContain(NOTES.excludedMeetmoment(2, 'Voortgang 2026'));
  });
});

describe('--riec', () => {
  it('excludes returns from outside the RIEC with a note, and lists only its organisations as missing', () => {
    const riec = 'RIEC Amsterdam-Amstelland';
    const r = buildReport(
      [input('amsterdam.xlsx', 'GM0363'), input('alkmaar.xlsx', 'GM0361'), input('zandvoort.xlsx', 'GM0473')],
      options({ riec }),
    );
    expect(r.scope.riec).toBe(riec);
    expect(r.organisations.map((o) => o.code)).toEqual(['GM0363']);
    expect(statusOf(r, 'alkmaar.xlsx')).toMatchObject({ status: 'excluded', reason: 'riec' });
    expect(statusOf(r, 'zandvoort.xlsx')).toMatchObject({ status: 'excluded', reason: 'riec' });
    expect(r.notes).toContain(NOTES.excludedRiec(2, riec));
    expect(r.missing.count).toBe(5);
    for (const m of r.missing.organisations) expect(m.riec).toBe(riec);
    expect(r.missing.organisations.map((m) => m.code)).not.toContain('GM0363');
  });

  it('without a RIEC, every current registry organisation without a return is missing (not the former ones)', () => {
    const r = buildReport([input('a.xlsx', 'GM0361')], options());
    expect(r.missing.count).toBe(activeCount() - 1);
    const codes = r.missing.organisations.map((m) => m.code);
    for (const former of ['GM0398', 'GM0416', 'GM0370', 'GM0457']) expect(codes).not.toContain(former);
    expect(codes).toContain('PV27');
  });
});

describe('principles: the shared challenges', () => {
  const FIVE = ['GM0361', 'GM0392', 'GM0473', 'GM0479', 'GM0400'];
  /** Per principle, the statuses of the five organisations (all others: uitgevoerd). */
  const PLAN: Record<string, Status[]> = {
    '2.1': ['ontbreekt', 'ontbreekt', 'in-ontwikkeling', 'ontbreekt', 'ontbreekt'], // 0 of 5
    '1.2': ['uitgevoerd', 'ontbreekt', 'ontbreekt', 'nvt', 'nvt'], // 1 of 3 → 33.3
    '1.1': ['uitgevoerd', 'uitgevoerd', 'nvt', 'in-ontwikkeling', 'in-ontwikkeling'], // 2 of 4 → 50
    '3.2': ['uitgevoerd', 'ontbreekt', 'ontbreekt', null, 'uitgevoerd'], // 2 of 4, one unanswered → 50
    '4.1': ['uitgevoerd', 'in-ontwikkeling', 'in-ontwikkeling', 'uitgevoerd', 'uitgevoerd'], // 3 of 5 → 60
    '6.1': ['nvt', 'nvt', 'nvt', 'nvt', 'nvt'], // applies to nobody → no share, last
  };
  const inputs = () =>
    FIVE.map((code, k) =>
      input(`${code}.xlsx`, code, { statuses: Object.fromEntries(Object.entries(PLAN).map(([id, s]) => [id, s[k] ?? null])) }),
    );

  it('ranks the principles weakest first by mean score, ties in norm order, and no share last', () => {
    const r = buildReport(inputs(), options({ minGroup: 5 }));
    expect(r.principles).toHaveLength(ids.length);
    expect(r.principles.map((p) => p.rank)).toEqual(ids.map((_, i) => i + 1));
    // 3.2 (two at the best, two at the bottom) is weaker than 1.1 (two at the best, two halfway),
    // although the same share meets both.
    expect(r.principles.slice(0, 5).map((p) => [p.id, p.meanScore, p.meetsShare])).toEqual([
      ['2.1', 10, 0],
      ['1.2', 33.3, 33.3],
      ['3.2', 50, 50],
      ['1.1', 75, 50],
      ['4.1', 80, 60],
    ]);
    const rest = r.principles.slice(5, -1);
    expect(rest.every((p) => p.meetsShare === 100)).toBe(true);
    expect(rest.map((p) => p.id)).toEqual(ids.filter((id) => !(id in PLAN)));
    expect(r.principles.at(-1)).toMatchObject({ id: '6.1', meetsShare: null, applicable: 0 });
  });

  it('counts the answers per option, the unanswered and the applicable ones', () => {
    const r = buildReport(inputs(), options({ minGroup: 5 }));
    const p = (id: string) => r.principles.find((x) => x.id === id);
    expect(p('1.1')).toMatchObject({
      themeId: '1',
      counts: { uitgevoerd: 2, 'in-ontwikkeling': 2, ontbreekt: 0, nvt: 1 },
      unanswered: 0,
      applicable: 4,
    });
    expect(p('3.2')).toMatchObject({
      counts: { uitgevoerd: 2, 'in-ontwikkeling': 0, ontbreekt: 2, nvt: 0 },
      unanswered: 1,
      applicable: 4,
    });
    expect(p('6.1')).toMatchObject({ counts: { uitgevoerd: 0, 'in-ontwikkeling': 0, ontbreekt: 0, nvt: 5 }, unanswered: 0 });
    expect(p('1.1')?.title).toBe(b.norm.themas[0]?.uitgangspunten[0]?.titel);
  });

  it('hides counts and shares when fewer organisations than --min-group answered', () => {
    const r = buildReport(inputs(), options({ minGroup: 6 }));
    for (const p of r.principles) {
      expect(p.counts, p.id).toBeNull();
      expect(p.unanswered, p.id).toBeNull();
      expect(p.meetsShare, p.id).toBeNull();
    }
    expect(r.principles.find((p) => p.id === '1.1')?.applicable).toBe(4);
    expect(r.notes).toContain(NOTES.minGroup(6));
  });
});

describe('group statistics', () => {
  it('median of an odd and an even number of scores', () => {
    expect(groupStats([30, 10, 20], 1)).toEqual({ n: 3, median: 20, mean: 20, min: 10, max: 30 });
    expect(groupStats([40, 10, 30, 20], 1)).toEqual({ n: 4, median: 25, mean: 25, min: 10, max: 40 });
    expect(groupStats([10, 20, 25, 40], 1).median).toBe(22.5);
    expect(groupStats([7], 1)).toEqual({ n: 1, median: 7, mean: 7, min: 7, max: 7 });
  });

  it('leaves out organisations without a score and rounds to one decimal', () => {
    expect(groupStats([null, 10, null, 20], 1)).toEqual({ n: 2, median: 15, mean: 15, min: 10, max: 20 });
    expect(groupStats([10, 10, 11], 1).mean).toBe(10.3);
    expect(groupStats([33.3, 66.7], 1).median).toBe(50);
  });

  it('gives n but no figures for a group under --min-group, or an empty one', () => {
    expect(groupStats([1, 2, 3], 4)).toEqual({ n: 3, median: null, mean: null, min: null, max: null });
    expect(groupStats([1, 2, 3, 4], 4).median).toBe(2.5);
    expect(groupStats([], 0)).toEqual({ n: 0, median: null, mean: null, min: null, max: null });
    expect(groupStats([null, null], 1)).toEqual({ n: 0, median: null, mean: null, min: null, max: null });
  });

  it('per theme, overall and per RIEC in the report; a small RIEC is hidden on its own', () => {
    const inputs = [
      input('a.xlsx', 'GM0361', { fill: 'uitgevoerd' }), // 100
      input('b.xlsx', 'GM0392', { fill: 'in-ontwikkeling' }), // 50
      input('c.xlsx', 'GM0473', { fill: 'ontbreekt' }), // 0
      input('d.xlsx', 'GM0363', { fill: 'uitgevoerd' }), // 100, RIEC Amsterdam-Amstelland
    ];
    const r = buildReport(inputs, options({ minGroup: 3 }));
    for (const th of r.themeStats) {
      expect(th, th.id).toMatchObject({ n: 4, median: 75, mean: 62.5, min: 0, max: 100 });
      expect(th.byRiec['RIEC Noord-Holland'], th.id).toEqual({ n: 3, median: 50, mean: 50, min: 0, max: 100 });
      expect(th.byRiec['RIEC Amsterdam-Amstelland'], th.id).toEqual({ n: 1, median: null, mean: null, min: null, max: null });
    }
    expect(r.overallStats).toEqual({ n: 4, median: 75, mean: 62.5, min: 0, max: 100 });
    const hidden = buildReport(inputs, options({ minGroup: 5 }));
    expect(hidden.overallStats).toEqual({ n: 4, median: null, mean: null, min: null, max: null });
    for (const th of hidden.themeStats) expect(th.median).toBeNull();
  });
});

describe('pseudonyms (--anonymise)', () => {
  const inputs = () => [
    input('retour/alkmaar.xlsx', 'GM0361', { fill: 'ontbreekt' }),
    input('retour/haarlem.xlsx', 'GM0392', { error: true }),
  ];

  it('are ORG- and eight hex digits, the same for the same salt, different for another', () => {
    const a1 = buildReport(inputs(), options({ anonymise: true, salt: 'a' }));
    const a2 = buildReport(inputs(), options({ anonymise: true, salt: 'a' }));
    const b1 = buildReport(inputs(), options({ anonymise: true, salt: 'b' }));
    const codes = (r: Report) => [...r.organisations.map((o) => o.code), ...r.missing.organisations.map((o) => o.code)];
    expect(codes(a1)).toEqual(codes(a2));
    for (const c of codes(a1)) expect(c).toMatch(/^ORG-[0-9A-F]{8}$/);
    expect(new Set(codes(a1)).size).toBe(activeCount());
    const other = new Set(codes(b1));
    expect(codes(a1).filter((c) => other.has(c))).toEqual([]);
    expect(a1.organisations[0]).toMatchObject({
      code: pseudonym('GM0361', 'a'),
      name: pseudonym('GM0361', 'a'),
      riec: 'RIEC Noord-Holland',
    });
    expect(pseudonym('GM0361', 'a')).toBe(pseudonym('GM0361', 'a'));
    expect(pseudonym('GM0361', 'a')).not.toBe(pseudonym('GM0392', 'a'));
  });

  it('replace file names, leave free text and worded findings out', () => {
    const r = buildReport(inputs(), options({ anonymise: true, salt: 'a' }));
    expect(r.inputs.map((i) => i.file)).toEqual(['bestand-001', 'bestand-002']);
    expect(r.organisations[0]?.file).toBe('bestand-001');
    expect(r.inputs[1]?.organisation?.code).toBe(pseudonym('GM0392', 'a'));
    expect(r.inputs[1]?.firstFindings).toEqual([{ code: 'STATUS_MISSING', severity: 'error', message: 'STATUS_MISSING' }]);
    expect(r.answers).toHaveLength(ids.length);
    for (const a of r.answers) {
      // Every free-text field (type tekst) of the norm is blanked; the others stay.
      expect(a.values.toelichting).toBeNull();
      expect(a.values.eigenaar).toBeNull();
      expect(a.code).toBe(pseudonym('GM0361', 'a'));
    }
    const text = JSON.stringify(r);
    for (const word of ['GM0361', 'GM0392', 'Alkmaar', 'Haarlem', 'alkmaar.xlsx']) expect(text).not.toContain(word);
    expect(text).not.toMatch(/Toelichting [^"]+ \d\.\d/);
    expect(r.notes).toContain(NOTES.redacted);
    expect(r.notes).not.toContain(NOTES.randomSalt);
  });

  it('notes that the pseudonyms hold for this report only when no salt was given', () => {
    const r = buildReport(inputs(), options({ anonymise: true, salt: 'random', saltGiven: false }));
    expect(r.notes).toContain(NOTES.randomSalt);
  });

  it('--aggregate-only leaves every per-organisation row out but keeps the figures', () => {
    const r = buildReport(inputs(), options({ aggregateOnly: true }));
    expect(r.organisations).toEqual([]);
    expect(r.answers).toEqual([]);
    expect(r.missing.organisations).toEqual([]);
    expect(r.missing.count).toBe(activeCount() - 1);
    for (const i of r.inputs) expect(i.organisation).toBeNull();
    expect(r.overallStats).toEqual({ n: 1, median: 0, mean: 0, min: 0, max: 0 });
    expect(r.notes).toContain(NOTES.aggregateOnly);
  });
});

describe('trend against a previous report', () => {
  it('maps former municipalities to their successor and averages their scores', () => {
    const before = buildReport(
      [
        input('heerhugowaard.xlsx', 'GM0398', { meetmoment: 'nulmeting-2025', fill: 'ontbreekt' }), // 0
        input('langedijk.xlsx', 'GM0416', { meetmoment: 'nulmeting-2025', fill: 'in-ontwikkeling' }), // 50
        input('alkmaar.xlsx', 'GM0361', {
          meetmoment: 'nulmeting-2025',
          fill: 'in-ontwikkeling',
          statuses: { '1.1': 'ontbreekt' },
        }),
      ],
      options(),
    );
    const now = buildReport(
      [
        input('dijk-en-waard.xlsx', 'GM1980', { fill: 'uitgevoerd' }),
        input('alkmaar.xlsx', 'GM0361', { fill: 'in-ontwikkeling', statuses: { '1.1': 'uitgevoerd', '2.1': 'nvt' } }),
      ],
      options({ previous: [{ report: before, file: 'vorig/rapportage.json' }] }),
    );
    const trend = now.trend;
    expect(trend?.previous).toEqual({
      generatedAt: before.generatedAt,
      meetmoment: 'Nulmeting 2025',
      file: 'vorig/rapportage.json',
    });
    const dw = trend?.organisations.find((o) => o.code === 'GM1980');
    expect([...(dw?.previousCodes ?? [])].sort()).toEqual(['GM0398', 'GM0416']);
    expect(dw?.overall).toEqual({ before: 25, now: 100, delta: 75 });
    for (const th of dw?.themes ?? []) expect(th, th.id).toMatchObject({ before: 25, now: 100, delta: 75 });
    expect(now.notes).toContain(NOTES.mergedTrend('Dijk en Waard', 'Heerhugowaard, Langedijk'));

    const alkmaar = trend?.organisations.find((o) => o.code === 'GM0361');
    expect(alkmaar?.previousCodes).toEqual(['GM0361']);
    const t1Before = before.organisations.find((o) => o.code === 'GM0361')?.themes[0]?.score ?? null;
    const t1Now = now.organisations.find((o) => o.code === 'GM0361')?.themes[0]?.score ?? null;
    expect(alkmaar?.themes[0]).toEqual({
      id: '1',
      before: t1Before,
      now: t1Now,
      delta: Math.round(((t1Now ?? 0) - (t1Before ?? 0)) * 10) / 10,
    });
    // Status changes only for Alkmaar (not for the merged organisation), exactly the two that changed.
    expect(trend?.statusChanges).toEqual([
      { code: 'GM0361', name: 'Alkmaar', principle: '1.1', before: 'ontbreekt', now: 'uitgevoerd' },
      { code: 'GM0361', name: 'Alkmaar', principle: '2.1', before: 'in-ontwikkeling', now: 'nvt' },
    ]);
    // Regional means per theme.
    for (const th of trend?.themes ?? []) {
      const b0 = before.themeStats.find((s) => s.id === th.id)?.mean ?? null;
      const n0 = now.themeStats.find((s) => s.id === th.id)?.mean ?? null;
      expect(th).toEqual({
        id: th.id,
        before: b0,
        now: n0,
        delta: b0 === null || n0 === null ? null : Math.round((n0 - b0) * 10) / 10,
      });
    }
  });

  it('follows the registry in time: 2026 keeps Wijdemeren, 2027 maps it to Hilversum', () => {
    const y2026 = buildReport(
      [input('wijdemeren.xlsx', 'GM1696', { fill: 'ontbreekt' }), input('hilversum.xlsx', 'GM0402', { fill: 'uitgevoerd' })],
      options({ meetmoment: 'voortgang-2026' }),
    );
    expect(y2026.organisations.map((o) => o.code).sort()).toEqual(['GM0402', 'GM1696']);
    const y2027 = buildReport(
      [input('hilversum.xlsx', 'GM0402', { meetmoment: 'voortgang-2027', datum: '2027-03-01', fill: 'uitgevoerd' })],
      options({ meetmoment: 'voortgang-2027', previous: [{ report: y2026, file: 'rapportage-2026.json' }] }),
    );
    const hilversum = y2027.trend?.organisations.find((o) => o.code === 'GM0402');
    expect([...(hilversum?.previousCodes ?? [])].sort()).toEqual(['GM0402', 'GM1696']);
    expect(hilversum?.overall).toEqual({ before: 50, now: 100, delta: 50 });
    // A 2026 report against a 2025 one keeps Wijdemeren as itself.
    const y2025 = buildReport(
      [input('wijdemeren.xlsx', 'GM1696', { meetmoment: 'nulmeting-2025', datum: '2025-03-01', fill: 'ontbreekt' })],
      options({ meetmoment: 'nulmeting-2025' }),
    );
    const again = buildReport(
      [input('wijdemeren.xlsx', 'GM1696', { fill: 'uitgevoerd' })],
      options({ meetmoment: 'voortgang-2026', previous: [{ report: y2025, file: 'r.json' }] }),
    );
    expect(again.trend?.organisations.find((o) => o.code === 'GM1696')?.previousCodes).toEqual(['GM1696']);
  });

  it('follows the registry in time in the history over all measurements too', () => {
    const y2025 = buildReport(
      [
        input('wijdemeren.xlsx', 'GM1696', { meetmoment: 'nulmeting-2025', datum: '2025-03-01', fill: 'ontbreekt' }),
        input('hilversum.xlsx', 'GM0402', { meetmoment: 'nulmeting-2025', datum: '2025-03-01', fill: 'uitgevoerd' }),
      ],
      options({ meetmoment: 'nulmeting-2025' }),
    );
    const y2026 = buildReport(
      [input('wijdemeren.xlsx', 'GM1696', { fill: 'uitgevoerd' }), input('hilversum.xlsx', 'GM0402', { fill: 'uitgevoerd' })],
      options({ meetmoment: 'voortgang-2026', previous: [{ report: y2025, file: 'r.json' }] }),
    );
    // In 2026 Wijdemeren still exists: Hilversum's history is its own, not the mean with Wijdemeren.
    const history = (code: string) => y2026.history?.organisations.find((o) => o.code === code)?.overall;
    expect(history('GM0402')).toEqual([100, 100]);
    expect(history('GM1696')).toEqual([0, 100]);
  });

  it('matches an anonymised previous report through the same pseudonyms', () => {
    const salt = 'jaarlijks';
    const before = buildReport(
      [input('a.xlsx', 'GM0361', { meetmoment: 'nulmeting-2025', fill: 'ontbreekt' })],
      options({ anonymise: true, salt }),
    );
    const now = buildReport(
      [input('a.xlsx', 'GM0361', { fill: 'uitgevoerd' })],
      options({ anonymise: true, salt, previous: [{ report: before, file: 'vorig.json' }] }),
    );
    expect(now.trend?.organisations).toHaveLength(1);
    expect(now.trend?.organisations[0]).toMatchObject({
      code: pseudonym('GM0361', salt),
      overall: { before: 0, now: 100, delta: 100 },
    });
    const otherSalt = buildReport(
      [input('a.xlsx', 'GM0361')],
      options({ anonymise: true, salt: 'anders', previous: [{ report: before, file: 'vorig.json' }] }),
    );
    expect(otherSalt.trend?.organisations).toEqual([]);
  });
});
