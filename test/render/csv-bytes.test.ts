import { describe, expect, it } from 'vitest';
import { CSV_DIALECTS, csvBytes, toCsv, type CsvCell } from '../../src/render/csv.js';

describe('csvBytes', () => {
  it('is the UTF-8 of toCsv, also past a chunk and with text that needs quotes or an apostrophe', () => {
    const rows: CsvCell[][] = [
      ['a', 'b;c', 'd"e'],
      ['=1+1', 1.5, null],
      ['ë, ü', undefined, 'regel\ntwee'],
    ];
    for (let i = 0; i < 5000; i++) rows.push([`rij ${i}`, i / 7, 'Één of twee € tekens']);
    for (const dialect of Object.values(CSV_DIALECTS)) {
      const bytes = csvBytes(rows, dialect);
      expect(Buffer.from(bytes).equals(Buffer.from(toCsv(rows, dialect), 'utf8'))).toBe(true);
      expect(bytes.length).toBeGreaterThan(1 << 16);
    }
    expect(Buffer.from(csvBytes([], CSV_DIALECTS.nl)).toString('utf8')).toBe(toCsv([], CSV_DIALECTS.nl));
  });
});
