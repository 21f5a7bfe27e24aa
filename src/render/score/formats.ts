/** The --format choices of `weerbaar score`. */
export const SCORE_FORMATS = ['table', 'json', 'csv', 'markdown', 'html'] as const;
export type ScoreFormat = (typeof SCORE_FORMATS)[number];
