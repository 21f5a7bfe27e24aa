import type { Lang } from '../base/lang.js';
import { labelOf } from '../norm/localise.js';
import type { Norm } from '../norm/norm-schema.js';
import type { Registry } from '../norm/registry-schema.js';
import type { Submission } from './submission.js';

/** A return as a person types it into the template: option labels, the organisation's name, ISO dates. */
export interface DisplayedReturn {
  front: Record<string, string | null>;
  answers: Record<string, Record<string, string | null>>;
}

/** Submission (codes) → the values to write into a fresh template of the given language. */
export function displaySubmission(sub: Submission, norm: Norm, registry: Registry, lang: Lang): DisplayedReturn {
  type Field = { type: string; opties?: Array<{ code: string; label: string; label_en?: string | undefined }> | undefined };
  const show = (field: Field, value: string | null): string | null => {
    if (value === null) return null;
    if (field.type === 'organisatie') return registry.organisaties.find((o) => o.code === value)?.naam ?? value;
    const options = field.type === 'schaal' ? norm.schaal : field.type === 'keuze' ? (field.opties ?? []) : [];
    const option = options.find((o) => o.code === value);
    return option ? labelOf(option, lang) : value;
  };
  const front = Object.fromEntries(norm.voorblad.map((f) => [f.id, show(f, sub.front[f.id] ?? null)]));
  const answers: DisplayedReturn['answers'] = {};
  for (const [id, a] of Object.entries(sub.answers))
    answers[id] = Object.fromEntries(norm.velden.map((f) => [f.id, show(f, a[f.id] ?? null)]));
  return { front, answers };
}
