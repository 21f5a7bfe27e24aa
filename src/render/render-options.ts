import type { ChalkInstance } from 'chalk';
import type { Lang } from '../i18n/catalogue.js';

/** What every renderer gets: the language and a chalk instance (level 0 when colour is off). */
export interface RenderOptions {
  lang: Lang;
  color: ChalkInstance;
  /** Terminal width for tables (default 120). */
  width?: number;
}
