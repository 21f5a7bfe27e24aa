/** The --format choices of `weerbaar validate`, kept apart from the renderers so that --help stays light. */
export const VALIDATE_FORMATS = ['table', 'json', 'markdown', 'junit', 'github'] as const;
export type ValidateFormat = (typeof VALIDATE_FORMATS)[number];
