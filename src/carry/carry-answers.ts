import type { Lang } from '../base/lang.js';
import { labelOf, principleTitle } from '../norm/localise.js';
import type { FrontField, Norm, ResponseField } from '../norm/norm-schema.js';
import { meetmomentLabel } from '../norm/meetmoment.js';
import type { Registry } from '../norm/registry-schema.js';
import { carriesAnswers, principlesOf, type LinkKind, type VersionMap } from '../norm/version-map.js';
import type { AnswerValue, Submission } from '../submission/submission.js';
import { explanationFieldId, fillDateOf, meetmomentFieldId, meetmomentOf, statusFieldId } from '../norm/field-roles.js';

/** What happened to one principle of the new template. */
type CarryOutcome = 'overgenomen' | 'opnieuw-bekijken' | 'nieuw';

interface CarriedRow {
  id: string;
  title: string;
  kind: LinkKind;
  /** Ids in the earlier return. */
  was: string[];
  outcome: CarryOutcome;
  /** Why a continued principle needs a new look: its text changed, it merges several, or the old status is not on the new scale. */
  reason: 'inhoudelijk' | 'samengevoegd' | 'schaal' | null;
  /** Fields of the earlier answer that could not be taken over (unknown field or option in the new version). */
  lost: string[];
}

/** An earlier answer as the person saw it: option labels in the template's language. */
interface EarlierAnswer {
  id: string;
  title: string;
  status: string | null;
  toelichting: string | null;
}

interface RemovedRow extends EarlierAnswer {
  reden: string | null;
}

/** The prefilled template as data: display values per cell role, plus what the person must know. */
export interface CarryPlan {
  /** The earlier return: its norm version, meetmoment and date, and the labels of its status and explanation fields (for the column headers). */
  from: {
    normVersion: string;
    meetmoment: string | null;
    datum: string | null;
    statusLabel: string;
    explanationLabel: string | null;
  };
  to: { normVersion: string; statusLabel: string };
  organisation: string | null;
  /** Front-page field id → value to write (labels and names, dates ISO). */
  front: Record<string, string | null>;
  /** Principle id → field id → value to write. */
  answers: Record<string, Record<string, string | null>>;
  /** Principle id → the earlier answers to show in its row as "vorige meting". */
  earlier: Record<string, EarlierAnswer[]>;
  rows: CarriedRow[];
  removed: RemovedRow[];
}

export interface CarryInput {
  /** The norm of the new template. */
  norm: Norm;
  /** The norm the earlier return was made with (the same one for next year's update). */
  source: Norm;
  map: VersionMap;
  submission: Submission;
  registry: Registry;
  lang: Lang;
  /** Meetmoment option code for the new template, or null to leave it empty. */
  meetmoment: string | null;
}

/** Front-page fields that describe one measurement and so start empty: the meetmoment and every date. */
const isPerMeasurement = (norm: Norm, field: Norm['voorblad'][number]): boolean =>
  field.id === meetmomentFieldId(norm) || field.type === 'datum';

/**
 * An earlier return → the answers of the new template. Unchanged and editorially changed
 * principles take all answers; changed and merged ones start with an empty status and show the
 * earlier answers; new ones start empty; removed ones are listed. Pure.
 */
export function carryAnswers(input: CarryInput): CarryPlan {
  const { norm, source, map, submission, lang } = input;
  const oldPrinciples = new Map(principlesOf(source).map((p) => [p.id, p]));
  const earlierOf = (id: string): EarlierAnswer => {
    const a = submission.answers[id] ?? {};
    const p = oldPrinciples.get(id);
    const statusId = statusFieldId(source);
    const explanationId = explanationFieldId(source);
    return {
      id,
      title: p ? principleTitle(p, lang) : id,
      status: optionLabel(source, statusId, a[statusId] ?? null, lang),
      toelichting: explanationId === undefined ? null : (a[explanationId] ?? null),
    };
  };

  const front: CarryPlan['front'] = {};
  for (const field of norm.voorblad) {
    if (isPerMeasurement(norm, field)) continue;
    const old = source.voorblad.find((f) => f.id === field.id);
    front[field.id] = old ? convert(old, field, submission.front[field.id] ?? null, input).value : null;
  }
  const momentId = meetmomentFieldId(norm);
  const moment = input.meetmoment
    ? norm.voorblad.find((f) => f.id === momentId)?.opties?.find((o) => o.code === input.meetmoment)
    : undefined;
  if (moment) front[momentId] = labelOf(moment, lang);

  const answers: CarryPlan['answers'] = {};
  const earlier: CarryPlan['earlier'] = {};
  const rows = principlesOf(norm).map((p): CarriedRow => {
    const link = map.links.find((l) => l.id === p.id) ?? { id: p.id, was: [], kind: 'nieuw' as const };
    const base = { id: p.id, title: principleTitle(p, lang), kind: link.kind, was: link.was, lost: [] as string[] };
    if (link.was.length === 0) return { ...base, outcome: 'nieuw', reason: null };
    if (carriesAnswers(link)) {
      const old = submission.answers[link.was[0] ?? ''] ?? {};
      const values: Record<string, string | null> = {};
      const lost: string[] = [];
      for (const [fieldId, value] of Object.entries(old)) {
        if (value === null) continue;
        const from = source.velden.find((f) => f.id === fieldId);
        const to = norm.velden.find((f) => f.id === fieldId);
        const c = from && to ? convert(from, to, value, input) : { value: null };
        if (c.value === null) lost.push(fieldId);
        else values[fieldId] = c.value;
      }
      answers[p.id] = values;
      const statusLost = lost.includes(statusFieldId(source));
      if (statusLost) {
        earlier[p.id] = link.was.map(earlierOf);
        delete values[statusFieldId(norm)];
      }
      return { ...base, lost, outcome: statusLost ? 'opnieuw-bekijken' : 'overgenomen', reason: statusLost ? 'schaal' : null };
    }
    earlier[p.id] = link.was.map(earlierOf);
    return { ...base, outcome: 'opnieuw-bekijken', reason: link.was.length > 1 ? 'samengevoegd' : 'inhoudelijk' };
  });

  const status = norm.velden.find((f) => f.id === statusFieldId(norm));
  const currentStatusLabel = status ? labelOf(status, lang) : statusFieldId(norm);
  const fieldLabel = (id: string | undefined) => {
    const field = id === undefined ? undefined : source.velden.find((f) => f.id === id);
    return field ? labelOf(field, lang) : null;
  };
  const reasons = new Map(map.removed.map((r) => [r.id, lang === 'en' && r.reden_en ? r.reden_en : (r.reden ?? null)]));
  const removed = map.removed.map((r): RemovedRow => ({ ...earlierOf(r.id), reden: reasons.get(r.id) ?? null }));

  return {
    from: {
      normVersion: source.versie,
      meetmoment: meetmomentLabel(source, meetmomentOf(source, submission.front), lang),
      datum: fillDateOf(source, submission.front),
      statusLabel: fieldLabel(statusFieldId(source)) ?? statusFieldId(source),
      explanationLabel: fieldLabel(explanationFieldId(source)),
    },
    to: { normVersion: norm.versie, statusLabel: currentStatusLabel },
    organisation: submission.organisation,
    front,
    answers,
    earlier,
    rows,
    removed,
  };
}

/**
 * A value of the earlier return as it goes into the new template: texts and dates as they are,
 * option codes as labels of the new version (null when the option or the type is gone).
 */
function convert(
  from: ResponseField | FrontField,
  to: ResponseField | FrontField,
  value: AnswerValue,
  input: CarryInput,
): { value: string | null } {
  if (value === null || from.type !== to.type) return { value: null };
  switch (to.type) {
    case 'schaal':
      return { value: optionLabel(input.norm, to.id, value, input.lang) };
    case 'keuze': {
      const option = to.opties?.find((o) => o.code === value);
      return { value: option ? labelOf(option, input.lang) : null };
    }
    case 'organisatie': {
      // Only organisations of today are in the dropdown; a merged one is left for the person to pick.
      const org = input.registry.organisaties.find((o) => o.code === value && o.geldig_tot === null);
      return { value: org?.naam ?? null };
    }
    default:
      return { value };
  }
}

/** The label of a scale code (the status field) in a norm, or null when that norm has no such option. */
function optionLabel(norm: Norm, fieldId: string, code: string | null, lang: Lang): string | null {
  if (code === null) return null;
  const field = norm.velden.find((f) => f.id === fieldId);
  const options = field?.type === 'schaal' ? norm.schaal : (field?.opties ?? []);
  const option = options.find((o) => o.code === code);
  return option ? labelOf(option, lang) : null;
}
