import type { Lang } from '../base/lang.js';
import type { Band, FrontField, Norm, Principle, ResponseField, ScaleOption, Theme } from './norm-schema.js';

/**
 * The norm's own texts in the requested language: English where the YAML carries a translation,
 * the Dutch text as written otherwise.
 */
type Labelled = { label: string; label_en?: string | undefined };
export const labelOf = (item: Labelled, lang: Lang): string => (lang === 'en' && item.label_en ? item.label_en : item.label);
export const themeName = (t: Theme, lang: Lang): string => (lang === 'en' && t.naam_en ? t.naam_en : t.naam);
export const principleTitle = (p: Principle, lang: Lang): string => (lang === 'en' && p.en?.titel ? p.en.titel : p.titel);
export const principleText = (p: Principle, lang: Lang): string => (lang === 'en' && p.en?.tekst ? p.en.tekst : p.tekst);
export const principleNote = (p: Principle, lang: Lang): string =>
  lang === 'en' && p.en?.toelichting ? p.en.toelichting : p.toelichting;
export const optionMeaning = (o: ScaleOption, lang: Lang): string =>
  (lang === 'en' && o.betekenis_en ? o.betekenis_en : o.betekenis) ?? '';
/** The field's explanation: `uitleg` and then the fill-in help (`invulhulp`), in the language asked. */
export const fieldHelp = (f: ResponseField | FrontField, lang: Lang): string =>
  [(lang === 'en' && f.uitleg_en ? f.uitleg_en : f.uitleg) ?? '', (lang === 'en' && f.invulhulp_en ? f.invulhulp_en : f.invulhulp) ?? '']
    .filter((s) => s !== '')
    .join(' ');
export const bandLabel = (b: Band, lang: Lang): string => (lang === 'en' && b.label_en ? b.label_en : b.label);
export const normTitle = (n: Norm, lang: Lang): string => (lang === 'en' && n.titel_en ? n.titel_en : n.titel);
export const normNotice = (n: Norm, lang: Lang): string | undefined =>
  lang === 'en' && n.mededeling_en ? n.mededeling_en : n.mededeling;
export const normIntro = (n: Norm, lang: Lang): string | undefined =>
  lang === 'en' && n.inleiding_en ? n.inleiding_en : n.inleiding;

/** All principles in norm order, each with its theme. */
export function allPrinciples(norm: Norm): Array<{ theme: Theme; principle: Principle }> {
  return norm.themas.flatMap((theme) => theme.uitgangspunten.map((principle) => ({ theme, principle })));
}
