import type { Lang } from '../base/lang.js';

/** The file name a template gets when none is given: implementatieoverzicht-ID-VERSION(-en).xlsx. */
export function defaultTemplateName(id: string, version: string, lang: Lang): string {
  return `implementatieoverzicht-${id}-${version}${lang === 'en' ? '-en' : ''}.xlsx`;
}
