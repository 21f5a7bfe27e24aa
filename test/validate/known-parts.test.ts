import { beforeAll, describe, expect, it } from 'vitest';
import { readZipDirectory, storedData } from '../../src/workbook/zip-directory.js';
import { ReturnBuilder } from '../helpers/fill-workbook.js';

/**
 * inspectContainer keeps the texts of parts it read from earlier files (returns from one template
 * share them byte for byte). A part is taken from there only when its stored bytes, method,
 * sizes and checksum are the same: a damaged or different part after a good one is read itself.
 */
let b: ReturnBuilder;
let good: Uint8Array;
beforeAll(async () => {
  b = await ReturnBuilder.create();
  good = await b.bytes();
});

/** A copy of the zip with one change to the entry `name`: in its stored bytes, or in its checksum in the directory. */
function damaged(bytes: Uint8Array, name: string, where: 'data' | 'crc'): Uint8Array {
  const copy = bytes.slice();
  const dir = readZipDirectory(copy);
  if (!dir.ok) throw new Error('not a zip');
  const entry = dir.entries.find((e) => e.name === name);
  if (!entry) throw new Error(`no ${name}`);
  if (where === 'data') {
    const data = storedData(copy, entry);
    const at = Math.floor(data.length / 2);
    data[at] = (data[at] ?? 0) ^ 0x55;
  } else {
    // The central directory record of this entry: its CRC-32 sits 16 bytes in.
    const view = new DataView(copy.buffer, copy.byteOffset, copy.byteLength);
    for (let p = copy.length - 22; p >= 0; p--) {
      if (view.getUint32(p, true) === 0x02014b50 && view.getUint32(p + 42, true) === entry.localOffset) {
        view.setUint32(p + 16, (entry.crc ^ 1) >>> 0, true);
        break;
      }
    }
  }
  return copy;
}

describe('parts known from earlier files', () => {
  it.each(['xl/sharedStrings.xml', 'xl/styles.xml', 'xl/workbook.xml'])(
    'a damaged %s after the good one still gives its finding',
    async (name) => {
      expect((await b.validateBytes(good)).findings).toEqual([]);
      const data = await b.validateBytes(damaged(good, name, 'data'));
      expect(data.findings.map((f) => f.code)).toEqual(['FILE_CORRUPT_ZIP']);
      const crc = await b.validateBytes(damaged(good, name, 'crc'));
      expect(crc.findings.map((f) => f.code)).toEqual(['FILE_CORRUPT_ZIP']);
      expect(crc.findings[0]?.args).toMatchObject({ reason: 'crc', part: name });
      // And the good file again, after the damaged ones.
      expect((await b.validateBytes(good)).findings).toEqual([]);
    },
  );

  it('a part with other text is read as itself', async () => {
    const first = await b.validate({ answers: { '1.1': { toelichting: 'Eerste tekst' } } });
    const second = await b.validate({ answers: { '1.1': { toelichting: 'Tweede tekst' } } });
    expect(first.submission?.answers['1.1']?.toelichting).toBe('Eerste tekst');
    expect(second.submission?.answers['1.1']?.toelichting).toBe('Tweede tekst');
  });
});
