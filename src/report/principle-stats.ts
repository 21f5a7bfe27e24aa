import type { Lang } from '../base/lang.js';
import { principleTitle } from '../norm/localise.js';
import type { Norm } from '../norm/norm-schema.js';
import { round1 } from '../score/score-submission.js';
import type { Submission } from '../submission/submission.js';
import type { PrincipleStats } from './report-model.js';
import { statusOf } from '../norm/field-roles.js';

/**
 * Per principle, how many organisations gave each answer, the share that meets it (the best
 * option) and the mean score of the applicable answers, ranked weakest first by that mean: the
 * shared challenges of the region. The mean counts every step of the scale, so on a 5-point scale
 * a principle mostly one step below the best is not as weak as one mostly at the bottom.
 */
export function principleStats(norm: Norm, submissions: readonly Submission[], minGroup: number, lang: Lang): PrincipleStats[] {
  const best = norm.schaal[0]?.code;
  const hidden = submissions.length < minGroup || submissions.length === 0;
  const stats = norm.themas.flatMap((theme) =>
    theme.uitgangspunten.map((p) => {
      const counts: Record<string, number> = Object.fromEntries(norm.schaal.map((o) => [o.code, 0]));
      let unanswered = 0;
      let applicable = 0;
      let scoreSum = 0;
      for (const s of submissions) {
        const code = statusOf(norm, s.answers[p.id]);
        const option = norm.schaal.find((o) => o.code === code);
        if (!option) {
          unanswered++;
          continue;
        }
        counts[option.code] = (counts[option.code] ?? 0) + 1;
        if (!option.nvt) {
          applicable++;
          scoreSum += option.score ?? 0;
        }
      }
      const meets = best ? (counts[best] ?? 0) : 0;
      return {
        id: p.id,
        themeId: theme.id,
        title: principleTitle(p, lang),
        counts: hidden ? null : counts,
        unanswered: hidden ? null : unanswered,
        applicable,
        meetsShare: hidden || applicable === 0 ? null : round1((meets / applicable) * 100),
        meanScore: hidden || applicable === 0 ? null : round1((scoreSum / applicable) * 100),
        rank: 0,
      };
    }),
  );
  const order = new Map(stats.map((s, i) => [s.id, i]));
  return stats
    .sort(
      (a, b) =>
        (a.meanScore ?? Infinity) - (b.meanScore ?? Infinity) ||
        (a.meetsShare ?? Infinity) - (b.meetsShare ?? Infinity) ||
        (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0),
    )
    .map((s, i) => ({ ...s, rank: i + 1 }));
}
