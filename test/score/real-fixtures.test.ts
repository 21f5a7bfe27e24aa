import { readFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { scoreSubmission } from '../../src/score/score-submission.js';
import { validateWorkbook, type ValidationContext } from '../../src/validate/validate-workbook.js';
import { REAL_DIR, realAnswers } from '../helpers/fill-workbook.js';
import { loadFixtureBuiltins } from '../helpers/template-workbook.js';

/**
 * The four real-client returns (openpyxl and LibreOffice), scored through the whole chain
 * (bytes → validateWorkbook → submission → scoreSubmission) and compared with figures worked out
 * here by hand from test/fixtures/real/answers.json, without any code from src/.
 */

// The model of the built-in norm, written out: the scale, the weights other than 1, the themes.
const SCALE: Record<string, number | null> = { Uitgevoerd: 1, 'In ontwikkeling': 0.5, Ontbreekt: 0, 'Niet van toepassing': null };
const WEIGHT: Record<string, number> = { '2.1': 2, '3.1': 2, '5.3': 2 };
const round1 = (x: number) => Math.round(x * 10) / 10;

/** Per theme Σ(weight × score) / Σ(weight) over the non-nvt principles, × 100, to one decimal; overall the mean of those. */
function byHand(answers: Record<string, Record<string, string | null>>): {
  themes: Record<string, number | null>;
  overall: number | null;
} {
  const sums: Record<string, { num: number; den: number }> = {};
  for (const [id, a] of Object.entries(answers)) {
    const theme = id.split('.')[0]!;
    sums[theme] ??= { num: 0, den: 0 };
    const status = a.status ?? null;
    const score = status === null ? 0 : SCALE[status];
    if (score === undefined) throw new Error(`unknown status ${status}`);
    if (score === null) continue; // n.v.t.: not in the numerator, not in the denominator
    const w = WEIGHT[id] ?? 1;
    sums[theme].num += w * score;
    sums[theme].den += w;
  }
  const themes = Object.fromEntries(
    Object.entries(sums).map(([t, s]) => [t, s.den === 0 ? null : round1((100 * s.num) / s.den)]),
  );
  const scored = Object.values(themes).filter((x): x is number => x !== null);
  return { themes, overall: scored.length ? round1(scored.reduce((a, b) => a + b, 0) / scored.length) : null };
}

const answers = realAnswers();
const FILES = Object.keys(answers).sort();

/** The same figures as a table, worked out on paper (a check on the hand computation itself). */
const ON_PAPER: Record<string, { themes: number[]; overall: number }> = {
  'libreoffice-alkmaar.xlsx': { themes: [71.4, 85.7, 75, 66.7, 75, 66.7], overall: 73.4 },
  'libreoffice-haarlem.xlsx': { themes: [92.9, 92.9, 87.5, 85.7, 85.7, 75], overall: 86.6 },
  'openpyxl-alkmaar.xlsx': { themes: [71.4, 85.7, 75, 66.7, 75, 66.7], overall: 73.4 },
  'openpyxl-zaanstad.xlsx': { themes: [42.9, 50, 50, 33.3, 31.3, 30], overall: 39.6 },
};

let ctx: ValidationContext;
beforeAll(async () => {
  const b = await loadFixtureBuiltins();
  ctx = { norm: b.norm, registry: b.registry, fingerprint: b.fingerprint };
});

async function score(bytes: Uint8Array) {
  const { findings, submission } = await validateWorkbook(bytes, ctx);
  expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  return scoreSubmission(ctx.norm, submission!);
}

describe('the real returns, scored', () => {
  it('answers.json describes the four files', () => {
    expect(FILES).toEqual(Object.keys(ON_PAPER).sort());
  });

  it.each(FILES)('%s: the hand computation matches the figures on paper', (file) => {
    const hand = byHand(answers[file]!.answers);
    expect(Object.values(hand.themes)).toEqual(ON_PAPER[file]!.themes);
    expect(hand.overall).toBe(ON_PAPER[file]!.overall);
  });

  it.each(FILES)('%s scores as computed by hand', async (file) => {
    const s = await score(readFileSync(path.join(REAL_DIR, file)));
    const hand = byHand(answers[file]!.answers);
    expect(Object.fromEntries(s.themes.map((t) => [t.id, t.score]))).toEqual(hand.themes);
    expect(s.overall.score).toBe(hand.overall);
    // the counts per option, too
    for (const t of s.themes) {
      const mine = Object.entries(answers[file]!.answers).filter(([id]) => id.split('.')[0] === t.id);
      expect(t.total).toBe(mine.length);
      expect(t.notApplicable).toBe(mine.filter(([, a]) => a.status === 'Niet van toepassing').length);
      expect(t.counts.uitgevoerd).toBe(mine.filter(([, a]) => a.status === 'Uitgevoerd').length);
      expect(t.unanswered).toBe(0);
    }
  });
});

describe('cached formula results are never used', () => {
  /** The part name of a sheet, through workbook.xml and its relationships. */
  async function sheetPart(zip: JSZip, name: string): Promise<string> {
    const wb = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
    const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
    const rid = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(wb)?.[1];
    const target =
      new RegExp(`<Relationship [^>]*Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ??
      new RegExp(`<Relationship [^>]*Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)?.[1];
    if (!target) throw new Error(`no part for sheet ${name}`);
    return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
  }

  it.each(['libreoffice-alkmaar.xlsx', 'libreoffice-haarlem.xlsx'])(
    '%s: zeroing every cached result on Samenvatting changes no score',
    async (file) => {
      const bytes = readFileSync(path.join(REAL_DIR, file));
      const zip = await JSZip.loadAsync(bytes);
      const part = await sheetPart(zip, 'Samenvatting');
      const xml = (await zip.file(part)?.async('string')) ?? '';
      // LibreOffice caches the result of every formula: <c ...><f>…</f><v>71.42…</v></c>
      const cached = [...xml.matchAll(/<\/f><v>([^<]*)<\/v>/g)].map((m) => m[1]);
      expect(cached.length).toBeGreaterThan(10);
      const tampered = xml.replace(/(<\/f><v>)[^<]*(<\/v>)/g, '$10$2');
      zip.file(part, tampered);
      const after = await score(await zip.generateAsync({ type: 'uint8array' }));
      expect(after).toEqual(await score(bytes));
      expect(after.overall.score).toBe(ON_PAPER[file]!.overall);
    },
  );
});
