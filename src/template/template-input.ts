import type { Lang } from '../base/lang.js';
import type { TemplateText } from '../i18n/template-text.js';
import type { Norm } from '../norm/norm-schema.js';
import type { Registry } from '../norm/registry-schema.js';

export interface TemplateInput {
  norm: Norm;
  registry: Registry;
  lang: Lang;
  fingerprint: string;
  /** e.g. "weerbaar 0.1.0" */
  generator: string;
}

/** What every sheet builder gets: the input plus the interface texts in its language. */
export interface SheetContext extends TemplateInput {
  text: TemplateText;
}
