import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Norm } from '../../src/norm/norm-schema.js';
import { scoreSubmission, type SubmissionScore } from '../../src/score/score-submission.js';
import type { Submission } from '../../src/submission/submission.js';
import { loadFixtureBuiltins } from '../helpers/template-workbook.js';
import { seededRandom } from '../../src/sample/generate-returns.js';

/**
 * The scoring formula on hand-made submissions (plain data, no workbook), with norm 0.9.0 (the
 * fixtures' norm, whose theme sizes these figures use):
 * uitgevoerd = 1, in-ontwikkeling = 0.5, ontbreekt = 0, nvt not applicable; 2.1, 3.1 and 5.3 weigh
 * 2; overall = mean of the theme scores; bands 0 / 40 / 70 / 90.
 */
let norm: Norm;
let ids: string[];
beforeAll(async () => {
  norm = (await loadFixtureBuiltins()).norm;
  ids = norm.themas.flatMap((t) => t.uitgangspunten.map((p) => p.id));
});

type Status = 'uitgevoerd' | 'in-ontwikkeling' | 'ontbreekt' | 'nvt' | null;

/** A submission with these statuses (principles left out are unanswered). */
function submission(statuses: Record<string, Status>): Submission {
  return {
    identity: { lang: 'nl' },
    organisation: null,
    front: {},
    answers: Object.fromEntries(Object.entries(statuses).map(([id, status]) => [id, { status }])),
  };
}
const all = (status: Status) => Object.fromEntries(ids.map((id) => [id, status]));
const theme = (score: SubmissionScore, id: string) => score.themes.find((t) => t.id === id)!;
const themeIds = (n: Norm, id: string) => n.themas.find((t) => t.id === id)!.uitgangspunten.map((p) => p.id);

describe('the formula', () => {
  it('all uitgevoerd: 100 everywhere, label Op orde', () => {
    const s = scoreSubmission(norm, submission(all('uitgevoerd')));
    expect(s.themes.map((t) => t.score)).toEqual([100, 100, 100, 100, 100, 100]);
    expect(s.overall).toEqual({ score: 100, label: 'Op orde' });
  });

  it('all n.v.t.: no theme score, no label, no overall score', () => {
    const s = scoreSubmission(norm, submission(all('nvt')));
    for (const t of s.themes) {
      expect([t.score, t.label, t.notApplicable, t.applicable, t.unanswered]).toEqual([null, null, t.total, 0, 0]);
      expect(t.counts.nvt).toBe(t.total);
    }
    expect(s.overall).toEqual({ score: null, label: null });
  });

  it('a theme that is all n.v.t. is left out of the overall score', () => {
    const statuses = all('ontbreekt');
    for (const id of themeIds(norm, '4')) statuses[id] = 'nvt';
    for (const id of themeIds(norm, '1')) statuses[id] = 'uitgevoerd';
    const s = scoreSubmission(norm, submission(statuses));
    expect(theme(s, '4')).toMatchObject({ score: null, label: null });
    // (100 + 0 + 0 + 0 + 0) / 5, not / 6
    expect(s.overall.score).toBe(20);
  });

  it('all unanswered: 0%, every principle counted as unanswered', () => {
    for (const sub of [submission({}), submission(all(null))]) {
      const s = scoreSubmission(norm, sub);
      for (const t of s.themes) {
        expect([t.score, t.label, t.unanswered, t.applicable, t.notApplicable]).toEqual([0, 'Beginfase', t.total, t.total, 0]);
        expect(Object.values(t.counts).every((n) => n === 0)).toBe(true);
      }
      expect(s.overall).toEqual({ score: 0, label: 'Beginfase' });
    }
  });

  it('an unknown status code counts as unanswered', () => {
    const s = scoreSubmission(norm, { ...submission({}), answers: { '1.1': { status: 'gedeeltelijk' } } });
    expect(theme(s, '1')).toMatchObject({ score: 0, unanswered: 7 });
  });

  it('weights other than 1: 2.1 weighs 2 in theme 2', () => {
    const t2 = themeIds(norm, '2');
    expect(norm.themas[1]!.uitgangspunten.find((p) => p.id === '2.1')!.gewicht).toBe(2);
    // 2.1 uitgevoerd, the six others ontbreekt: 2 / (2 + 6) = 25%, not 1/7 = 14.3%.
    let s = scoreSubmission(
      norm,
      submission(Object.fromEntries(t2.map((id) => [id, id === '2.1' ? 'uitgevoerd' : 'ontbreekt']))),
    );
    expect(theme(s, '2').score).toBe(25);
    // 2.1 ontbreekt, the others uitgevoerd: 6 / 8 = 75%.
    s = scoreSubmission(norm, submission(Object.fromEntries(t2.map((id) => [id, id === '2.1' ? 'ontbreekt' : 'uitgevoerd']))));
    expect(theme(s, '2').score).toBe(75);
    // 2.1 in ontwikkeling, 2.2 uitgevoerd, the rest n.v.t.: (2 × 0.5 + 1) / 3 = 66.7%.
    s = scoreSubmission(
      norm,
      submission(
        Object.fromEntries(t2.map((id) => [id, id === '2.1' ? 'in-ontwikkeling' : id === '2.2' ? 'uitgevoerd' : 'nvt'])),
      ),
    );
    expect(theme(s, '2')).toMatchObject({ score: 66.7, applicable: 2, notApplicable: 5 });
  });

  it('the worked example of docs/scoring.md: theme 3 scores 57.1%', () => {
    const s = scoreSubmission(
      norm,
      submission({
        '3.1': 'uitgevoerd',
        '3.2': 'in-ontwikkeling',
        '3.3': 'ontbreekt',
        '3.4': 'nvt',
        '3.5': 'uitgevoerd',
        '3.6': null,
        '3.7': 'in-ontwikkeling',
      }),
    );
    expect(theme(s, '3')).toMatchObject({
      score: 57.1,
      label: 'In ontwikkeling',
      counts: { uitgevoerd: 2, 'in-ontwikkeling': 2, ontbreekt: 1, nvt: 1 },
      unanswered: 1,
      notApplicable: 1,
      applicable: 6,
      total: 7,
    });
  });

  it('a single answered principle: its theme gets 1/7, the others 0', () => {
    const s = scoreSubmission(norm, submission({ '1.1': 'uitgevoerd' }));
    expect(s.themes.map((t) => t.score)).toEqual([14.3, 0, 0, 0, 0, 0]);
    expect(theme(s, '1').unanswered).toBe(6);
    expect(s.overall.score).toBe(2.4); // 14.3 / 6 = 2.383…
  });

  it('a norm with a single principle scores that principle', () => {
    const one = structuredClone(norm);
    one.themas = [{ ...one.themas[0]!, uitgangspunten: [one.themas[0]!.uitgangspunten[0]!] }];
    const cases: Array<[Status, number | null]> = [
      ['uitgevoerd', 100],
      ['in-ontwikkeling', 50],
      ['ontbreekt', 0],
      ['nvt', null],
      [null, 0],
    ];
    for (const [status, want] of cases) {
      const s = scoreSubmission(one, submission({ '1.1': status }));
      expect([s.themes.length, s.themes[0]?.score, s.overall.score], String(status)).toEqual([1, want, want]);
    }
  });

  it('method gewogen-uitgangspunten: one sum over all principles, weights included', () => {
    const weighted = structuredClone(norm);
    weighted.scoring.methode = 'gewogen-uitgangspunten';
    // Theme 1 all uitgevoerd (7 × 1), everything else ontbreekt, theme 6 n.v.t.:
    // 7 / (7 + theme 2: 8 + theme 3: 8 + theme 4: 7 + theme 5: 8) = 7 / 38 = 18.4%.
    const statuses = all('ontbreekt');
    for (const id of themeIds(norm, '1')) statuses[id] = 'uitgevoerd';
    for (const id of themeIds(norm, '6')) statuses[id] = 'nvt';
    const s = scoreSubmission(weighted, submission(statuses));
    expect(s.overall).toEqual({ score: 18.4, label: 'Beginfase' });
    expect(s.trace.method).toBe('gewogen-uitgangspunten');
    // The theme scores do not depend on the method; the mean of themes would be 100 / 5 = 20.
    expect(s.themes.map((t) => t.score)).toEqual([100, 0, 0, 0, 0, null]);
    expect(scoreSubmission(norm, submission(statuses)).overall.score).toBe(20);
    // and its fingerprint differs, since the method is part of the model
    expect(s.trace.modelFingerprint).not.toBe(scoreSubmission(norm, submission(statuses)).trace.modelFingerprint);
  });

  it('band labels at 39.9 / 40 / 70 / 90 (the label follows the score as shown, to one decimal)', () => {
    const bands = structuredClone(norm);
    const p = bands.themas[0]!.uitgangspunten[0]!;
    bands.themas = [{ ...bands.themas[0]!, uitgangspunten: [p] }];
    const label = (fraction: number) => {
      bands.schaal = [{ code: 'x', label: 'X', score: fraction }];
      const s = scoreSubmission(bands, { answers: { [p.id]: { status: 'x' } } });
      return [s.themes[0]?.score, s.themes[0]?.label, s.overall.label];
    };
    expect(label(0)).toEqual([0, 'Beginfase', 'Beginfase']);
    expect(label(0.399)).toEqual([39.9, 'Beginfase', 'Beginfase']);
    expect(label(0.4)).toEqual([40, 'In ontwikkeling', 'In ontwikkeling']);
    expect(label(0.699)).toEqual([69.9, 'In ontwikkeling', 'In ontwikkeling']);
    expect(label(0.7)).toEqual([70, 'Grotendeels op orde', 'Grotendeels op orde']);
    expect(label(0.899)).toEqual([89.9, 'Grotendeels op orde', 'Grotendeels op orde']);
    expect(label(0.9)).toEqual([90, 'Op orde', 'Op orde']);
    expect(label(1)).toEqual([100, 'Op orde', 'Op orde']);
    // 39.96% is shown as 40.0%, and labelled as such
    expect(label(0.3996)).toEqual([40, 'In ontwikkeling', 'In ontwikkeling']);
  });

  it('labels come in English with lang en', () => {
    const s = scoreSubmission(norm, submission(all('in-ontwikkeling')), 'en');
    expect(s.overall).toEqual({ score: 50, label: 'Developing' });
    expect(s.themes[0]?.name).toBe(norm.themas[0]?.naam_en);
  });

  it('records a trace: formula, policies and a model fingerprint', () => {
    const s = scoreSubmission(norm, submission({}));
    expect(s.trace).toMatchObject({
      method: 'gemiddelde-themas',
      notApplicable: 'excluded',
      unanswered: 'zero',
      formula: expect.stringContaining('Σ'),
    });
    expect(s.trace.modelFingerprint).toMatch(/^[0-9a-f]{64}$/);
    const heavier = structuredClone(norm);
    heavier.themas[0]!.uitgangspunten[0]!.gewicht = 3;
    expect(scoreSubmission(heavier, submission({})).trace.modelFingerprint).not.toBe(s.trace.modelFingerprint);
  });
});

describe('properties (fast-check)', () => {
  const STATUSES: Status[] = ['uitgevoerd', 'in-ontwikkeling', 'ontbreekt', 'nvt', null];
  /** A random status per principle; undefined leaves the principle out of `answers`. */
  const assignment = () =>
    fc.array(fc.option(fc.constantFrom(...STATUSES), { nil: undefined }), { minLength: ids.length, maxLength: ids.length });
  const toStatuses = (a: Array<Status | undefined>) =>
    Object.fromEntries(ids.flatMap((id, i) => (a[i] === undefined ? [] : [[id, a[i]!]])));

  /** The model, written out independently of src: per theme Σ(w × s) / Σ(w) over non-nvt, overall the mean. */
  function reference(n: Norm, statuses: Record<string, Status>) {
    const value: Record<string, number | null> = { uitgevoerd: 1, 'in-ontwikkeling': 0.5, ontbreekt: 0, nvt: null };
    // Half up on the decimal value (69.55 → 69.6), as a spreadsheet's ROUND does.
    const r1 = (x: number) => Math.round(Number((x * 10).toPrecision(12))) / 10;
    const exact = n.themas.map((t) => {
      let num = 0;
      let den = 0;
      for (const p of t.uitgangspunten) {
        const st = statuses[p.id] ?? null;
        const v = st === null ? 0 : value[st];
        if (v === null || v === undefined) continue;
        num += p.gewicht * v;
        den += p.gewicht;
      }
      return den === 0 ? null : (100 * num) / den;
    });
    const themes = exact.map((x) => (x === null ? null : r1(x)));
    // The total from the unrounded theme scores, rounded once.
    const scored = exact.filter((x): x is number => x !== null);
    return { themes, overall: scored.length ? r1(scored.reduce((a, b) => a + b, 0) / scored.length) : null };
  }

  it('scores stay within 0..100 and the counts add up', () => {
    fc.assert(
      fc.property(assignment(), (a) => {
        const s = scoreSubmission(norm, submission(toStatuses(a)));
        for (const t of s.themes) {
          if (t.score !== null) {
            expect(t.score).toBeGreaterThanOrEqual(0);
            expect(t.score).toBeLessThanOrEqual(100);
          }
          expect(t.label === null).toBe(t.score === null);
          expect(Object.values(t.counts).reduce((x, y) => x + y, 0) + t.unanswered).toBe(t.total);
          expect(t.applicable).toBe(t.total - t.notApplicable);
          expect(t.score === null).toBe(t.applicable === 0);
        }
        if (s.overall.score !== null) {
          expect(s.overall.score).toBeGreaterThanOrEqual(0);
          expect(s.overall.score).toBeLessThanOrEqual(100);
        }
        expect(s.overall.score === null).toBe(s.themes.every((t) => t.score === null));
      }),
      { numRuns: 300 },
    );
  });

  it('equals the model written out by hand', () => {
    fc.assert(
      fc.property(assignment(), (a) => {
        const statuses = toStatuses(a);
        const s = scoreSubmission(norm, submission(statuses));
        const want = reference(norm, statuses);
        expect(s.themes.map((t) => t.score)).toEqual(want.themes);
        expect(s.overall.score).toBe(want.overall);
      }),
      { numRuns: 300 },
    );
  });

  it('does not depend on the order of the answers, nor of the principles within a theme', () => {
    fc.assert(
      fc.property(assignment(), fc.integer(), (a, seed) => {
        const sub = submission(toStatuses(a));
        const base = scoreSubmission(norm, sub);
        const rng = seededRandom(seed);
        const shuffledAnswers: Submission = { ...sub, answers: Object.fromEntries(shuffle(Object.entries(sub.answers), rng)) };
        const shuffledNorm = structuredClone(norm);
        for (const t of shuffledNorm.themas) t.uitgangspunten = shuffle(t.uitgangspunten, rng);
        for (const [n, s] of [
          [norm, shuffledAnswers],
          [shuffledNorm, sub],
          [shuffledNorm, shuffledAnswers],
        ] as const) {
          const other = scoreSubmission(n, s);
          expect(other.overall).toEqual(base.overall);
          expect(other.themes).toEqual(base.themes);
        }
      }),
      { numRuns: 200 },
    );
  });
});

function shuffle<T>(items: readonly T[], rng: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
