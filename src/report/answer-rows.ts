import type { Lang } from '../base/lang.js';
import { isFreeText, roleOf } from '../norm/field-roles.js';
import { labelOf, principleTitle, themeName } from '../norm/localise.js';
import type { Norm } from '../norm/norm-schema.js';
import type { Submission } from '../submission/submission.js';
import type { AnswerRow, OrganisationResult, ReportField } from './report-model.js';

/** The answer fields of the norm in norm order, as the long table's columns. */
export function reportFields(norm: Norm, lang: Lang): ReportField[] {
  return norm.velden.map((f) => ({
    id: f.id,
    label: labelOf(f, lang),
    type: f.type,
    role: roleOf(norm, f),
    explanation: f.type === 'tekst' && f.kopie_controle === true,
    exchange: norm.uitwisseling?.veld === f.id,
  }));
}

/**
 * The long table for pivot tables: one row per organisation × principle, with one value per
 * answer field of the norm (options as labels). Anonymised reports leave out free text (every
 * field of type tekst), which may name the organisation.
 */
export function answerRows(
  norm: Norm,
  entries: ReadonlyArray<{ organisation: OrganisationResult; submission: Submission }>,
  anonymise: boolean,
  lang: Lang,
): AnswerRow[] {
  const value = (field: Norm['velden'][number], v: string | null | undefined): string | null => {
    if (!v) return null;
    if (anonymise && isFreeText(field)) return null;
    if (field.type !== 'schaal' && field.type !== 'keuze') return v;
    const option = field.type === 'schaal' ? norm.schaal.find((x) => x.code === v) : field.opties?.find((x) => x.code === v);
    return option ? labelOf(option, lang) : v;
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
          values: Object.fromEntries(norm.velden.map((f) => [f.id, value(f, a[f.id])])),
        };
      }),
    ),
  );
}
