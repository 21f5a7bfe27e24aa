import type { FindingCode } from '../findings/codes.js';
import type { FindingArgsByCode } from '../findings/finding-args.js';

/**
 * Words one finding code: what is wrong and what to do about it. Each line gets the arguments of
 * its own code, so reading an argument the code does not have fails to compile.
 */
export type Catalogue = { [C in FindingCode]: (a: FindingArgsByCode[C]) => string };
