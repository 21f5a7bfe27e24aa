import type { Lang } from '../base/lang.js';
import { labelOf } from '../norm/localise.js';
import type { Norm } from '../norm/norm-schema.js';
import type { Registry } from '../norm/registry-schema.js';
import type { Submission } from '../submission/submission.js';
import { scoreSubmission, type ScoreTrace, type SubmissionScore } from './score-submission.js';
import { unmetThresholds, type Threshold, type UnmetThreshold } from './thresholds.js';
import { meetmomentLabel } from '../norm/meetmoment.js';
import { meetmomentOf } from '../norm/field-roles.js';

export interface ScoreResult {
  file: string;
  organisation: { code: string; name: string } | null;
  meetmoment: string | null;
  scorable: boolean;
  /** Scored despite validation errors (--force). */
  forced: boolean;
  errors: number;
  overall: SubmissionScore['overall'] | null;
  themes: SubmissionScore['themes'];
  trace: (ScoreTrace & { tool: string }) | null;
  unmet: UnmetThreshold[];
}

export interface ScoreReport {
  schemaVersion: 1;
  tool: { name: string; version: string };
  norm: { id: string; version: string; fingerprint: string };
  thresholds: string[];
  /** The scale, for column headings: code and label in the report's language. */
  options: Array<{ code: string; label: string }>;
  results: ScoreResult[];
}

export interface ScoreInput {
  file: string;
  errors: number;
  submission?: Submission;
}

/** Scores every usable return; one with validation errors only with force, and then marked. */
export function buildScoreReport(
  inputs: readonly ScoreInput[],
  ctx: {
    norm: Norm;
    archive?: readonly Norm[];
    registry: Registry;
    lang: Lang;
    force: boolean;
    thresholds: Threshold[];
    meta: Pick<ScoreReport, 'tool' | 'norm'>;
  },
): ScoreReport {
  const { norm, registry, lang } = ctx;
  const results = inputs.map((input): ScoreResult => {
    const sub = input.submission;
    const org = sub?.organisation ? registry.organisaties.find((o) => o.code === sub.organisation) : undefined;
    // A return of an archived version is scored with that version (its own principles and weights) and read with its front fields.
    const own =
      (sub &&
        ctx.archive?.find(
          (n) => n.id === sub.identity.normId && n.versie === sub.identity.normVersion && n.versie !== norm.versie,
        )) ??
      norm;
    const base = {
      file: input.file,
      organisation: org ? { code: org.code, name: org.naam } : null,
      meetmoment: meetmomentLabel(own, meetmomentOf(own, sub?.front), lang),
      errors: input.errors,
    };
    const scorable = Boolean(sub) && input.errors === 0;
    if (!sub || (!scorable && !ctx.force)) {
      return { ...base, scorable: false, forced: false, overall: null, themes: [], trace: null, unmet: [] };
    }
    const score = scoreSubmission(own, sub, lang);
    return {
      ...base,
      scorable,
      forced: !scorable,
      overall: score.overall,
      themes: score.themes,
      trace: { ...score.trace, tool: `${ctx.meta.tool.name} ${ctx.meta.tool.version}` },
      unmet: unmetThresholds(score, ctx.thresholds),
    };
  });
  return {
    schemaVersion: 1,
    ...ctx.meta,
    thresholds: ctx.thresholds.map((t) => t.source),
    options: norm.schaal.map((o) => ({ code: o.code, label: labelOf(o, lang) })),
    results,
  };
}
