import JSZip from 'jszip';
import { CARRY_TEXT } from '../i18n/carry-text.js';
import { TEMPLATE_TEXT } from '../i18n/template-text.js';
import { principleNote } from '../norm/localise.js';
import { sampleEdits } from '../sample/sample-edits.js';
import { buildTemplate } from '../template/build-template.js';
import { COL_EVIDENCE, overviewLayout } from '../template/overview-layout.js';
import { TEMPLATE_TIMESTAMP } from '../workbook/template-contract.js';
import type { TemplateInput } from '../template/template-input.js';
import type { WorkbookSpec } from '../workbook/workbook-spec.js';
import { writeWorkbook } from '../workbook/write-workbook.js';
import { fillCells } from '../workbook/fill-cells.js';
import { inspectContainer } from '../workbook/inspect-container.js';
import type { CarryPlan } from './carry-answers.js';
import { carrySheet } from './carry-sheet.js';

/**
 * The template of the new norm with a plan's answers in it. The template is generated as usual
 * (plus the Vorige meting sheet) and the answers are written into its sheet XML the way
 * `weerbaar sample` does, so protection, validations and defined names stay exactly the template's.
 */
export async function prefillTemplate(
  input: TemplateInput,
  plan: CarryPlan,
  previousMeetmoment: string | null,
): Promise<Uint8Array> {
  const { norm, lang } = input;
  const spec = buildTemplate(input);
  // Next to the other visible sheets, before the hidden ones.
  const hidden = spec.sheets.findIndex((s) => s.state !== undefined && s.state !== 'visible');
  spec.sheets.splice(hidden < 0 ? spec.sheets.length : hidden, 0, carrySheet(plan, CARRY_TEXT[lang], previousMeetmoment));
  markEarlierAnswers(spec, plan, input);
  const bytes = await writeWorkbook(spec);

  const inspection = inspectContainer(bytes);
  if (!inspection.ok) throw new Error('the generated template does not pass its own inspection');
  const names = TEMPLATE_TEXT[lang].sheets;
  const part = (sheet: string) => inspection.info.sheets.find((s) => s.name === sheet)?.part ?? '';
  const parts = { front: part(names.front), overview: part(names.overview) };
  const edits = sampleEdits(
    norm,
    { fileName: '', organisation: plan.organisation ?? '', front: plan.front, answers: plan.answers, mistakes: [] },
    parts,
  );

  return fillCells(await JSZip.loadAsync(bytes), edits, TEMPLATE_TIMESTAMP);
}

/** Pale yellow: the "vorige meting" note stands out from the norm's own grey text. */
const EARLIER_FILL = 'FFF2CC';

/**
 * The earlier answers of a principle that needs a new look go under the norm's own explanation in
 * its row (a locked cell, so they cannot be mistaken for this year's answer), and the row grows to
 * show them.
 */
function markEarlierAnswers(spec: WorkbookSpec, plan: CarryPlan, input: TemplateInput): void {
  const { norm, lang } = input;
  const text = CARRY_TEXT[lang];
  const sheet = spec.sheets.find((s) => s.name === TEMPLATE_TEXT[lang].sheets.overview);
  if (!sheet) throw new Error('the template has no overview sheet');
  for (const row of overviewLayout(norm).rows) {
    if (row.kind !== 'principle') continue;
    const earlier = plan.earlier[row.principle.id];
    const cell = sheet.cells.find((c) => c.row === row.row && c.col === COL_EVIDENCE);
    if (!earlier?.length || !cell) continue;
    const note = text.rowNote(earlier.map((e) => text.earlierLine(e.id, e.status, e.toelichting)));
    cell.value = {
      rich: [
        { text: principleNote(row.principle, lang), italic: true },
        { text: `\n\n${note}`, bold: false },
      ],
    };
    cell.style = { ...cell.style, fill: EARLIER_FILL };
    const lines = `${principleNote(row.principle, lang)}\n\n${note}`
      .split('\n')
      .reduce((n, l) => n + Math.max(1, Math.ceil(l.length / 50)), 0);
    sheet.rowHeights = { ...sheet.rowHeights, [row.row]: Math.max(sheet.rowHeights?.[row.row] ?? 0, Math.min(400, lines * 13)) };
  }
}
