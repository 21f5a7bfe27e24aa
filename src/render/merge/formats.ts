/** The output forms of weerbaar merge (kept apart so that the CLI can list them without loading a renderer). */
export const MERGE_FORMATS = ['table', 'json'] as const;
export type MergeFormat = (typeof MERGE_FORMATS)[number];
