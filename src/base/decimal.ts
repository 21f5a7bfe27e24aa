import type { Lang } from './lang.js';

/** A number already written with a point, in the language's notation: "62.5" → "62,5" in Dutch. */
export function decimalText(text: string, lang: Lang): string {
  return lang === 'nl' ? text.replace('.', ',') : text;
}
