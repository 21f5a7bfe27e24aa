import type { Lang } from '../base/lang.js';
import { labelOf, principleTitle, themeName } from '../norm/localise.js';
import type { Norm } from '../norm/norm-schema.js';
import type { Submission } from '../submission/submission.js';
import type { AnswerRow, OrganisationResult } from './report-model.js';

/**
 * The long table for pivot tables: one row per organisation × principle, with the answers as
 * labels. Anonymised reports leave out free text, which may name the organisation.
 */
export function answerRows(
  norm: Norm,
  entries: ReadonlyArray<{ organisation: OrganisationResult; submission: Submission }>,
  anonymise: boolean,
  lang: Lang,
): AnswerRow[] {
  const label = (fieldId: string, code: string | null | undefined) => {
    if (!code) return null;
    const field = norm.velden.find((f) => f.id === fieldId);
    const option = field?.type === 'schaal' ? norm.schaal.find((x) => x.code === code) : field?.opties?.find((x) => x.code === code);
    return option ? labelOf(option, lang) : code;
  };
  return entries.flatMap(({ organisation: org, submission }) =>
    norm.themas.flatMap((theme) =>
      theme.uitgangspunten.map((p): AnswerRow => {
        const a = submission.answers[p.id] ?? {};
        return {
          organisation: org.name,
          code: org.code,
          riec: org.riec,
          veiligheidsregio: org.veiligheidsregio,
          meetmoment: org.meetmoment,
          theme: `${theme.id}. ${themeName(theme, lang)}`,
          principle: `${p.id} ${principleTitle(p, lang)}`,
          status: label('status', a.status),
          toelichting: anonymise ? null : (a.toelichting ?? null),
          eigenaar: anonymise ? null : (a.eigenaar ?? null),
          planning: a.planning ?? null,
          prioriteit: label('prioriteit', a.prioriteit),
        };
      }),
    ),
  );
}
