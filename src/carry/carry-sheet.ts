import type { CarryText } from '../i18n/carry-text.js';
import type { CellSpec, SheetSpec } from '../workbook/workbook-spec.js';
import type { CarryPlan } from './carry-answers.js';
import { dutchDate } from '../base/dutch-date.js';

const HEADER_FILL = '1F4E79';
const SECTION_FILL = 'DDEBF7';
const WIDTHS = [8, 40, 8, 28, 18, 60];

/**
 * The Vorige meting sheet of a prefilled template: where the answers came from, which principles
 * need a new look, which are new, and which were removed with their earlier answers. Read only.
 */
export function carrySheet(plan: CarryPlan, text: CarryText, meetmoment: string | null): SheetSpec {
  const cells: CellSpec[] = [];
  const heights: Record<number, number> = {};
  let row = 1;
  const line = (value: string, style: CellSpec['style'] = {}) => cells.push({ row: row++, col: 1, value, style });
  line(text.title(plan.from.normVersion, plan.to.normVersion), { bold: true, size: 14 });
  line(text.source(plan.from.normVersion, meetmoment, plan.from.datum ? dutchDate(plan.from.datum) : null));
  cells.push({
    row: row++,
    col: 1,
    value: text.intro(plan.to.statusLabel.toLowerCase()),
    style: { wrap: true, vertical: 'top' },
  });
  const introRow = row - 1;
  row++;

  const c = text.columns;
  // The earlier answers under the earlier norm's own field labels ("Toelichting (vorige meting)").
  const statusHeader = text.previous(plan.from.statusLabel);
  const explanationHeader = plan.from.explanationLabel === null ? '' : text.previous(plan.from.explanationLabel);
  const table = (heading: string, header: string[], rows: Array<Array<string | null>>) => {
    cells.push({ row, col: 1, value: heading, style: { bold: true, fill: SECTION_FILL } });
    for (let col = 2; col <= 6; col++) cells.push({ row, col, value: null, style: { fill: SECTION_FILL } });
    row++;
    header.forEach((h, i) =>
      cells.push({ row, col: i + 1, value: h, style: { bold: true, color: 'FFFFFF', fill: HEADER_FILL, border: true } }),
    );
    row++;
    if (rows.length === 0) line(text.none, { italic: true });
    for (const values of rows) {
      values.forEach((v, i) => cells.push({ row, col: i + 1, value: v, style: { wrap: true, vertical: 'top', border: true } }));
      // Wrapped text needs a taller row: spreadsheets do not grow rows written by a library.
      const lines = Math.max(1, ...values.map((v, i) => Math.ceil((v ?? '').length / ((WIDTHS[i] ?? 10) * 1.1))));
      if (lines > 1) heights[row] = lines * 13;
      row++;
    }
    row++;
  };

  const review = plan.rows.filter((r) => r.outcome === 'opnieuw-bekijken');
  table(
    text.reviewHeading(plan.to.statusLabel.toLowerCase()),
    [c.id, c.principle, c.was, c.why, statusHeader, explanationHeader],
    review.flatMap((r) =>
      (plan.earlier[r.id] ?? []).map((e, i) => [
        i === 0 ? r.id : '',
        i === 0 ? r.title : '',
        e.id,
        i === 0 && r.reason ? text.reasons[r.reason] : '',
        e.status,
        e.toelichting,
      ]),
    ),
  );
  table(
    text.newHeading,
    [c.id, c.principle],
    plan.rows.filter((r) => r.outcome === 'nieuw').map((r) => [r.id, r.title]),
  );
  table(
    text.removedHeading,
    [c.id, c.principle, '', c.reden, statusHeader, explanationHeader],
    plan.removed.map((r) => [r.id, r.title, '', r.reden, r.status, r.toelichting]),
  );

  return {
    name: text.sheet,
    columns: WIDTHS.map((width) => ({ width })),
    cells,
    merges: [`A${introRow}:F${introRow}`],
    rowHeights: { ...heights, 1: 24, [introRow]: 64 },
    protect: true,
    landscape: true,
    fitToWidth: true,
  };
}
