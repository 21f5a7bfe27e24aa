import { fold } from '../base/closest.js';
import type { Lang } from '../base/lang.js';
import { labelOf } from './localise.js';
import type { Norm } from './norm-schema.js';
import { frontRoleField } from './field-roles.js';

type MomentOption = NonNullable<Norm['voorblad'][number]['opties']>[number];

/** The meetmoment options of the norm's front matter, in their order (oldest first). */
export function meetmomentOptions(norm: Norm): MomentOption[] {
  return frontRoleField(norm, 'meetmoment')?.opties ?? [];
}

/** The option a user means by a code, a Dutch or an English label (case and spaces ignored). */
export function findMeetmoment(norm: Norm, given: string): MomentOption | undefined {
  return meetmomentOptions(norm).find((m) => [m.code, m.label, m.label_en ?? ''].some((x) => x !== '' && fold(x) === fold(given)));
}

/** The label of a meetmoment code in the given language; an unknown code as it is. */
export function meetmomentLabel(norm: Norm, code: string | null | undefined, lang: Lang): string | null {
  const option = meetmomentOptions(norm).find((o) => o.code === code);
  return option ? labelOf(option, lang) : (code ?? null);
}
