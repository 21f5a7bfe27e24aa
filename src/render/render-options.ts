import type { ChalkInstance } from 'chalk';
import type { Lang } from '../base/lang.js';

/** What every renderer gets: the language and a chalk instance (level 0 when colour is off). */
export interface RenderOptions {
  lang: Lang;
  color: ChalkInstance;
  /** Terminal width for tables (default 120). */
  width?: number;
  /** Findings shown per file and code (default MAX_FINDINGS_PER_CODE); the rest are counted. */
  maxPerCode?: number;
  /** The norm's principle ids in order: lets grouped findings read 1.1–6.6 across theme rows. */
  principleOrder?: readonly string[];
}
