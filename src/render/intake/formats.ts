/** The --format choices of `weerbaar intake`. */
export const INTAKE_FORMATS = ['table', 'json', 'csv'] as const;
export type IntakeFormat = (typeof INTAKE_FORMATS)[number];
