import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultTemplateName } from '../../src/template/template-name.js';
import { TEMPLATES_DIR } from '../../src/io/builtin-paths.js';
import { LANGS } from '../../src/base/lang.js';
import { buildTemplateBytes, loadBuiltins, type Builtins } from '../helpers/template-workbook.js';

const STALE = 'the checked-in template differs from a fresh build: run `npm run templates`';

let b: Builtins;
beforeAll(async () => {
  b = await loadBuiltins();
});

const same = (x: Uint8Array, y: Uint8Array): boolean => Buffer.from(x).equals(Buffer.from(y));

describe('determinism', () => {
  it('two builds of the same norm give identical bytes', async () => {
    const [first, second] = await Promise.all([buildTemplateBytes(b, 'nl'), buildTemplateBytes(b, 'nl')]);
    expect(first.length).toBeGreaterThan(10_000);
    expect(same(first, second)).toBe(true);
  });

  it('another fingerprint gives other bytes (the check above can fail)', async () => {
    const other = await buildTemplateBytes({ ...b, fingerprint: '0'.repeat(64) }, 'nl');
    expect(same(other, await buildTemplateBytes(b, 'nl'))).toBe(false);
  });
});

describe.each(LANGS)('the checked-in template (%s)', (lang) => {
  it('equals a fresh build byte for byte', async () => {
    const file = path.join(TEMPLATES_DIR, defaultTemplateName(b.norm.id, b.norm.versie, lang));
    let checkedIn: Uint8Array;
    try {
      checkedIn = readFileSync(file);
    } catch {
      throw new Error(`${path.basename(file)} is missing: run \`npm run templates\``);
    }
    expect(same(checkedIn, await buildTemplateBytes(b, lang)), STALE).toBe(true);
  });
});
