import Table from 'cli-table3';

/** A compact table (no lines between rows) with the house style. */
export function makeTable(head: string[], colAligns?: Array<'left' | 'right' | 'center'>): Table.Table {
  return new Table({ head, style: { head: [], border: [], compact: true }, ...(colAligns ? { colAligns } : {}) });
}
