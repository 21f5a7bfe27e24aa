import { FRONT_FIRST_ROW } from '../template/front-sheet.js';
import { overviewLayout } from '../template/overview-layout.js';
import type { Norm } from '../norm/norm-schema.js';
import { cellAddress } from '../workbook/cell-address.js';
import type { FillValue } from '../workbook/fill-cells.js';
import type { SampleReturn } from './generate-returns.js';

/**
 * Where the generator put each input (it owns the layout; readers use the defined names):
 * sheet part → cell address → value.
 */
export function sampleEdits(
  norm: Norm,
  sample: Pick<SampleReturn, 'front' | 'answers'> & Partial<SampleReturn>,
  parts: { front: string; overview: string },
): Map<string, Map<string, FillValue>> {
  const front = new Map<string, FillValue>();
  norm.voorblad.forEach((field, i) => {
    const v = sample.front[field.id];
    if (v)
      front.set(
        cellAddress(FRONT_FIRST_ROW + i, 2),
        field.type === 'datum' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? { date: v } : { text: v },
      );
  });
  const overview = new Map<string, FillValue>();
  const layout = overviewLayout(norm);
  for (const row of layout.rows) {
    if (row.kind !== 'principle') continue;
    const answers = sample.answers[row.principle.id] ?? {};
    for (const { field, col } of layout.fields) {
      const v = answers[field.id];
      if (v)
        overview.set(
          cellAddress(row.row, col),
          field.type === 'datum' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? { date: v } : { text: v },
        );
    }
  }
  return new Map([
    [parts.front, front],
    [parts.overview, overview],
  ]);
}
