import type { Finding } from '../findings/finding.js';
import { makeFinding } from '../findings/make-finding.js';
import type { Lang } from '../base/lang.js';
import type { Norm } from '../norm/norm-schema.js';
import type { Registry } from '../norm/registry-schema.js';
import type { RawField } from '../submission/raw-submission.js';
import type { AnswerValue } from '../submission/submission.js';
import { labelOf } from '../norm/localise.js';
import { interpretValue } from './interpret-value.js';
import { isRequired } from './is-required.js';
import { valueKind } from './value-kind.js';
import { validForReturn } from '../norm/registry-time.js';
import { fillDateOf, meetmomentOf } from '../norm/field-roles.js';
import { isErrorValue } from '../workbook/raw-workbook.js';

/** The front matter: organisation from the registry, required fields, e-mail and date formats. */
export function checkFront(
  front: Record<string, RawField>,
  norm: Norm,
  registry: Registry,
  lang: Lang,
  frontReadable: boolean,
): { values: Record<string, AnswerValue>; organisation: string | null; findings: Finding[] } {
  const findings: Finding[] = [];
  const values: Record<string, AnswerValue | undefined> = {};
  for (const field of norm.voorblad) {
    const r = interpretValue(
      front[field.id],
      valueKind(field, norm, registry),
      { id: field.id, label: labelOf(field, lang) },
      lang,
      {},
    );
    findings.push(...r.findings);
    values[field.id] = r.value;
  }
  if (frontReadable) {
    for (const field of norm.voorblad) {
      if (values[field.id] !== null || !isRequired(field.verplicht, values)) continue;
      const at = front[field.id]?.at;
      const where = at ? { sheet: at.sheet, cell: at.cell } : {};
      const args = { field: field.id, label: labelOf(field, lang), ...(at ? { sheet: at.sheet } : {}) };
      findings.push(
        field.type === 'organisatie' ? makeFinding('ORG_MISSING', args, where) : makeFinding('FRONT_MISSING', args, where),
      );
    }
  }
  const organisationField = norm.voorblad.find((f) => f.type === 'organisatie');
  let organisation = organisationField ? (values[organisationField.id] ?? null) : null;
  const org = organisation === null ? undefined : registry.organisaties.find((o) => o.code === organisation);
  const filledOn = fillDateOf(norm, values);
  if (organisationField && org && !validForReturn(org, filledOn, meetmomentOf(norm, values))) {
    const at = front[organisationField.id]?.at;
    const where = at ? { sheet: at.sheet, cell: at.cell } : {};
    const raw = front[organisationField.id]?.value;
    const shown = raw === null || raw === undefined ? org.naam : isErrorValue(raw) ? raw.error : String(raw);
    const successor = registry.organisaties.find((o) => o.code === org.opvolger);
    const started = org.geldig_vanaf !== null && (filledOn ?? '9999') < org.geldig_vanaf;
    findings.push(
      started
        ? makeFinding(
            'ORG_NOT_YET_VALID',
            { field: organisationField.id, label: labelOf(organisationField, lang), value: shown, from: org.geldig_vanaf ?? '' },
            where,
          )
        : makeFinding(
            'ORG_FORMER',
            {
              field: organisationField.id,
              label: labelOf(organisationField, lang),
              value: shown,
              until: org.geldig_tot ?? '',
              ...(successor ? { successor: successor.naam } : {}),
            },
            where,
          ),
    );
    values[organisationField.id] = undefined;
    organisation = null;
  }
  return { values: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v ?? null])), organisation, findings };
}
