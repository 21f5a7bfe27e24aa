import { fieldHelp, labelOf } from '../norm/localise.js';
import type { FrontField, ResponseField } from '../norm/norm-schema.js';
import type { ValidationSpec } from '../workbook/workbook-spec.js';
import { DATE_MAX, DATE_MIN, LIST_NAME_PREFIX, MAX_TEXT_LENGTH } from '../workbook/template-contract.js';
import type { SheetContext } from './template-input.js';

/** The name of the hidden list behind a dropdown field ("lijst_status"). */
export const listName = (fieldId: string): string => `${LIST_NAME_PREFIX}${fieldId}`;

/** Excel's limits for the input message of a validation (longer ones make the file "corrupt"). */
const PROMPT_TITLE_MAX = 32;
const PROMPT_MAX = 255;

/**
 * The input message shown when the cell is selected: the field's label as title, and its
 * explanation from the norm (`uitleg`, `invulhulp`), cut to Excel's limits.
 */
function fieldPrompt(ctx: SheetContext, field: ResponseField | FrontField): { promptTitle: string; prompt: string } {
  return { promptTitle: clip(labelOf(field, ctx.lang), PROMPT_TITLE_MAX), prompt: clip(fieldHelp(field, ctx.lang), PROMPT_MAX) };
}

function clip(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1).trimEnd()}…`;
}

/** The data validation of one input cell, with an error message (Excel accepts anything without one) and an input message. */
export function fieldValidation(ctx: SheetContext, field: ResponseField | FrontField, address: string): ValidationSpec {
  const prompt = fieldPrompt(ctx, field);
  return prompt.prompt === '' ? validationRule(ctx, field, address) : { ...validationRule(ctx, field, address), ...prompt };
}

function validationRule(ctx: SheetContext, field: ResponseField | FrontField, address: string): ValidationSpec {
  const v = ctx.text.validation;
  switch (field.type) {
    case 'schaal':
    case 'keuze':
    case 'organisatie':
      return { range: address, type: 'list', formulae: [listName(field.id)], errorTitle: v.listTitle, error: v.listError };
    case 'datum':
      return {
        range: address,
        type: 'date',
        operator: 'between',
        formulae: [DATE_MIN, DATE_MAX],
        errorTitle: v.dateTitle,
        error: v.dateError,
      };
    case 'email':
      return {
        range: address,
        type: 'custom',
        formulae: [`AND(ISNUMBER(SEARCH("@",${address})),LEN(${address})>=5,ISERROR(SEARCH(" ",${address})))`],
        errorTitle: v.emailTitle,
        error: v.emailError,
      };
    case 'tekst':
      return {
        range: address,
        type: 'textLength',
        operator: 'lessThanOrEqual',
        formulae: [String(MAX_TEXT_LENGTH)],
        errorTitle: v.textTitle,
        error: v.textError,
      };
  }
}
