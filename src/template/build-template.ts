import { TEMPLATE_TEXT } from '../i18n/template-text.js';
import { absoluteRef, type WorkbookSpec } from '../workbook/workbook-spec.js';
import { checkSheet } from './check-sheet.js';
import { frontSheet } from './front-sheet.js';
import { listsSheet, metadataSheet, templateMetadata } from './hidden-sheets.js';
import { introSheet } from './intro-sheet.js';
import { COL_NR, COL_PRINCIPLE, overviewLayout } from './overview-layout.js';
import { overviewSheet } from './overview-sheet.js';
import { summarySheet } from './summary-sheet.js';
import {
  CUSTOM_PROPERTY_PREFIX,
  NAME_PRINCIPLE_ID,
  NAME_PRINCIPLE_TEXT,
  TEMPLATE_TIMESTAMP,
} from '../workbook/template-contract.js';
import type { TemplateInput } from './template-input.js';
import { normTitle } from '../norm/localise.js';

/** norm model → template layout → workbook spec. Pure: writeWorkbook writes the bytes. */
export function buildTemplate(input: TemplateInput): WorkbookSpec {
  const ctx = { ...input, text: TEMPLATE_TEXT[input.lang] };
  const layout = overviewLayout(input.norm);
  const front = frontSheet(ctx);
  const lists = listsSheet(ctx);
  const meta = templateMetadata(ctx);
  const metaSheet = metadataSheet(ctx, meta);
  const overview = ctx.text.sheets.overview;
  const check = checkSheet(ctx, layout);

  const columnNames = [
    { name: NAME_PRINCIPLE_ID, ref: absoluteRef(overview, layout.firstRow, COL_NR, layout.lastRow, COL_NR) },
    { name: NAME_PRINCIPLE_TEXT, ref: absoluteRef(overview, layout.firstRow, COL_PRINCIPLE, layout.lastRow, COL_PRINCIPLE) },
    ...layout.fields.map(({ field, col }) => ({
      name: field.id,
      ref: absoluteRef(overview, layout.firstRow, col, layout.lastRow, col),
    })),
  ];

  return {
    sheets: [
      introSheet(ctx),
      front.sheet,
      overviewSheet(ctx, layout),
      summarySheet(ctx, layout),
      check.sheet,
      lists.sheet,
      metaSheet.sheet,
    ],
    names: [...front.names, ...columnNames, ...check.names, ...lists.names, ...metaSheet.names],
    title: `${normTitle(input.norm, input.lang)} ${input.norm.versie}`,
    creator: input.generator,
    custom: Object.fromEntries(Object.entries(meta).map(([k, v]) => [`${CUSTOM_PROPERTY_PREFIX}${k}`, v])),
    timestamp: TEMPLATE_TIMESTAMP,
  };
}
