import { createHash } from 'node:crypto';
import type { Lang } from '../base/lang.js';
import { canonicalJson } from '../norm/fingerprint-norm.js';
import { bandLabel, themeName } from '../norm/localise.js';
import type { Norm } from '../norm/norm-schema.js';
import type { Submission } from '../submission/submission.js';
import { statusFieldId } from '../norm/field-roles.js';

export interface ThemeScore {
  id: string;
  name: string;
  /** Percentage with one decimal; null when no principle of the theme applies ("n.v.t."). */
  score: number | null;
  label: string | null;
  counts: Record<string, number>;
  unanswered: number;
  notApplicable: number;
  applicable: number;
  total: number;
}

export interface ScoreTrace {
  formula: string;
  // Spelled out (not Norm['scoring']['methode']) so that the JSON Schema of score output can be generated; tsc keeps the two in step.
  method: 'gemiddelde-themas' | 'gewogen-uitgangspunten';
  notApplicable: 'excluded';
  unanswered: 'zero';
  /** sha256 over the scale, the weights, the method and the bands: the inputs of every figure. */
  modelFingerprint: string;
}

export interface SubmissionScore {
  overall: { score: number | null; label: string | null };
  themes: ThemeScore[];
  trace: ScoreTrace;
}

const FORMULA = {
  'gemiddelde-themas':
    'thema = Σ(gewicht × score) / Σ(gewicht) over toepasselijke uitgangspunten; totaal = gemiddelde van de themascores',
  'gewogen-uitgangspunten':
    'thema = Σ(gewicht × score) / Σ(gewicht) over toepasselijke uitgangspunten; totaal = Σ(gewicht × score) / Σ(gewicht) over alle toepasselijke uitgangspunten',
} as const;

/**
 * answers → scores per theme and overall. Pure: the answers come from the workbook's inputs, never
 * from cached formula results. "Not applicable" is left out; unanswered counts as 0.
 */
export function scoreSubmission(norm: Norm, submission: Pick<Submission, 'answers'>, lang: Lang = 'nl'): SubmissionScore {
  const statusField = statusFieldId(norm);
  const options = new Map(norm.schaal.map((o) => [o.code, o]));
  let sumAll = 0;
  let weightAll = 0;
  // The unrounded theme fractions: the overall score is computed from these and rounded once.
  const exact: Array<number | null> = [];
  const themes = norm.themas.map((theme): ThemeScore => {
    const counts: Record<string, number> = Object.fromEntries(norm.schaal.map((o) => [o.code, 0]));
    let unanswered = 0;
    let notApplicable = 0;
    let sum = 0;
    let weight = 0;
    for (const p of theme.uitgangspunten) {
      const code = submission.answers[p.id]?.[statusField] ?? null;
      const option = code === null ? undefined : options.get(code);
      if (!option) {
        unanswered++;
        weight += p.gewicht;
        continue;
      }
      counts[option.code] = (counts[option.code] ?? 0) + 1;
      if (option.nvt) {
        notApplicable++;
        continue;
      }
      sum += p.gewicht * (option.score ?? 0);
      weight += p.gewicht;
    }
    sumAll += sum;
    weightAll += weight;
    exact.push(weight > 0 ? sum / weight : null);
    const score = weight > 0 ? percent(sum / weight) : null;
    return {
      id: theme.id,
      name: themeName(theme, lang),
      score,
      label: labelFor(norm, score, lang),
      counts,
      unanswered,
      notApplicable,
      applicable: theme.uitgangspunten.length - notApplicable,
      total: theme.uitgangspunten.length,
    };
  });

  const scored = exact.filter((s): s is number => s !== null);
  const overall =
    norm.scoring.methode === 'gemiddelde-themas'
      ? scored.length > 0
        ? percent(scored.reduce((a, b) => a + b, 0) / scored.length)
        : null
      : weightAll > 0
        ? percent(sumAll / weightAll)
        : null;
  return {
    overall: { score: overall, label: labelFor(norm, overall, lang) },
    themes,
    trace: {
      formula: FORMULA[norm.scoring.methode],
      method: norm.scoring.methode,
      notApplicable: 'excluded',
      unanswered: 'zero',
      modelFingerprint: scoringModelFingerprint(norm),
    },
  };
}

/** The maturity label: the highest band whose lower bound the score reaches. */
function labelFor(norm: Norm, score: number | null, lang: Lang): string | null {
  if (score === null) return null;
  const band = [...norm.scoring.niveaus].reverse().find((b) => score >= b.vanaf);
  return band ? bandLabel(band, lang) : null;
}

function scoringModelFingerprint(norm: Norm): string {
  const model = {
    schaal: norm.schaal.map((o) => ({ code: o.code, score: o.score ?? null, nvt: Boolean(o.nvt) })),
    gewichten: Object.fromEntries(norm.themas.flatMap((t) => t.uitgangspunten.map((p) => [p.id, p.gewicht]))),
    scoring: norm.scoring,
  };
  return createHash('sha256').update(canonicalJson(model)).digest('hex');
}

/** Scores and percentage points are shown, stored and compared with one decimal. */
// toPrecision first drops binary noise (69.55 is stored as 69.54999…), so that a half rounds up as in a spreadsheet's ROUND.
export const round1 = (x: number): number => Math.round(Number((x * 10).toPrecision(12))) / 10;
const percent = (fraction: number): number => round1(fraction * 100);
