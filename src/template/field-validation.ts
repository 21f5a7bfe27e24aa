import type { FrontField, ResponseField } from '../norm/norm-schema.js';
import type { ValidationSpec } from '../workbook/workbook-spec.js';
import { DATE_MAX, DATE_MIN, LIST_NAME_PREFIX, MAX_TEXT_LENGTH } from './template-contract.js';
import type { SheetContext } from './template-input.js';

/** The name of the hidden list behind a dropdown field ("lijst_status"). */
export const listName = (fieldId: string): string => `${LIST_NAME_PREFIX}${fieldId}`;

/** The data validation of one input cell, with an error message (Excel accepts anything without one). */
export function fieldValidation(ctx: SheetContext, field: ResponseField | FrontField, address: string): ValidationSpec {
  const v = ctx.text.validation;
  switch (field.type) {
    case 'schaal':
    case 'keuze':
    case 'organisatie':
      return { range: address, type: 'list', formulae: [listName(field.id)], errorTitle: v.listTitle, error: v.listError };
    case 'datum':
      return { range: address, type: 'date', operator: 'between', formulae: [DATE_MIN, DATE_MAX], errorTitle: v.dateTitle, error: v.dateError };
    case 'email':
      return {
        range: address,
        type: 'custom',
        formulae: [`AND(ISNUMBER(SEARCH("@",${address})),LEN(${address})>=5,ISERROR(SEARCH(" ",${address})))`],
        errorTitle: v.emailTitle,
        error: v.emailError,
      };
    case 'tekst':
      return { range: address, type: 'textLength', operator: 'lessThanOrEqual', formulae: [String(MAX_TEXT_LENGTH)], errorTitle: v.textTitle, error: v.textError };
  }
}
