import type { ValidateReport } from '../../validate/validate-report.js';
import type { RenderOptions } from '../render-options.js';
import type { ValidateFormat } from './formats.js';
import { renderValidateGithub } from './render-github.js';
import { renderValidateJson } from './render-json.js';
import { renderValidateJunit } from './render-junit.js';
import { renderValidateMarkdown } from './render-markdown.js';
import { renderValidateTable } from './render-table.js';

/** The output formats of `weerbaar validate`; the CLI's --format choices come from these keys. */
export const VALIDATE_RENDERERS = {
  table: renderValidateTable,
  json: renderValidateJson,
  markdown: renderValidateMarkdown,
  junit: renderValidateJunit,
  github: renderValidateGithub,
} satisfies Record<ValidateFormat, (report: ValidateReport, options: RenderOptions) => string>;
