import type { FindingCode } from '../findings/codes.js';
import type { FindingArgs } from '../findings/finding.js';

export type Lang = 'nl' | 'en';
export const LANGS: readonly Lang[] = ['nl', 'en'];

/** Words one finding code: what is wrong and what to do about it. */
export type Catalogue = Record<FindingCode, (a: FindingArgs) => string>;

/** The value of an argument as text ('' when absent). */
export const s = (v: string | number | undefined): string => (v === undefined ? '' : String(v));
