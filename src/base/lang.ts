/** The languages of all user-facing text: Dutch by default, English as the second catalogue. */
export type Lang = 'nl' | 'en';
export const LANGS: readonly Lang[] = ['nl', 'en'];
