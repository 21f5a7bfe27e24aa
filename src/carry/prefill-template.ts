import JSZip from 'jszip';
import { CARRY_TEXT } from '../i18n/carry-text.js';
import { TEMPLATE_TEXT } from '../i18n/template-text.js';
import { principleNote } from '../norm/localise.js';
import { sampleEdits } from '../sample/sample-edits.js';
import { buildTemplate } from '../template/build-template.js';
import { COL_EVIDENCE, overviewLayout } from '../template/overview-layout.js';
import { TEMPLATE_TIMESTAMP } from '../template/template-contract.js';
import type { TemplateInput } from '../template/template-input.js';
import { cellAddress } from '../workbook/cell-address.js';
import { writeWorkbook } from '../workbook/exceljs-adapter.js';
import { fillCells } from '../workbook/fill-cells.js';
import { inspectContainer } from '../workbook/inspect-container.js';
import type { CarryPlan } from './carry-answers.js';
import { carrySheet } from './carry-sheet.js';

/**
 * The template of the new norm with a plan's answers in it. The template is generated as usual
 * (plus the Vorige meting sheet) and the answers are written into its sheet XML the way
 * `weerbaar sample` does, so protection, validations and defined names stay exactly the template's.
 */
export async function prefillTemplate(input: TemplateInput, plan: CarryPlan, previousMeetmoment: string | null): Promise<Uint8Array> {
  const { norm, lang } = input;
  const text = CARRY_TEXT[lang];
  const spec = buildTemplate(input);
  // Next to the other visible sheets, before the hidden ones.
  const hidden = spec.sheets.findIndex((s) => s.state !== undefined && s.state !== 'visible');
  spec.sheets.splice(hidden < 0 ? spec.sheets.length : hidden, 0, carrySheet(plan, text, previousMeetmoment));
  const bytes = await writeWorkbook(spec);

  const inspection = inspectContainer(bytes);
  if (!inspection.ok) throw new Error('the generated template does not pass its own inspection');
  const names = TEMPLATE_TEXT[lang].sheets;
  const part = (sheet: string) => inspection.info.sheets.find((s) => s.name === sheet)?.part ?? '';
  const parts = { front: part(names.front), overview: part(names.overview) };
  const edits = sampleEdits(norm, { fileName: '', organisation: plan.organisation ?? '', front: plan.front, answers: plan.answers, mistakes: [] }, parts);

  // The earlier answers of a principle that needs a new look go under the norm's own explanation.
  const overview = edits.get(parts.overview);
  for (const row of overviewLayout(norm).rows) {
    if (row.kind !== 'principle') continue;
    const earlier = plan.earlier[row.principle.id];
    if (!earlier?.length || !overview) continue;
    const lines = earlier.map((e) => text.earlierLine(e.id, e.status, e.toelichting));
    overview.set(cellAddress(row.row, COL_EVIDENCE), { text: `${principleNote(row.principle, lang)}\n\n${text.rowNote(lines)}` });
  }
  return fillCells(await JSZip.loadAsync(bytes), edits, TEMPLATE_TIMESTAMP);
}
