import { writeWorkbook } from '../workbook/write-workbook.js';
import { buildTemplate } from './build-template.js';
import type { TemplateInput } from './template-input.js';

/** The template as the bytes of an .xlsx file: the base of `template`, `sample` and `merge`. */
export async function templateBytes(input: TemplateInput): Promise<Uint8Array> {
  return writeWorkbook(buildTemplate(input));
}
