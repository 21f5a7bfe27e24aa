import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/sample/generate-returns.js';
import { removeTempDirs, runCliOnFixtures, tempDir } from '../helpers/cli-run.js';
import { REAL_DIR } from '../helpers/fill-workbook.js';
import { parseOutput } from '../helpers/output-schema.js';

/**
 * A seeded fuzz test: a few hundred mutations of a real return (bytes, zip headers, XML inside the
 * parts) validated as one batch through every mode below. Each run must end with exit 0 or 1, a
 * JSON result listing every file once with findings or a skip reason, no stack trace, the inputs
 * unchanged, and within the time bound. To fuzz another path, add a line to MODES.
 */
const SEED = 20261201;
const COUNT = 300;
/** Wall-clock bound per mode on this 2-core machine (a normal run takes a few seconds). */
const BOUND_MS = 60_000;

interface Mode {
  name: string;
  /** Extra CLI arguments; `scratch` is an empty folder of this mode's own, outside the inputs. */
  args: (scratch: string) => string[];
}
const MODES: Mode[] = [
  { name: 'default (in this thread; a large file in a worker)', args: () => [] },
  { name: '--jobs 0 (in one thread)', args: () => ['--jobs', '0'] },
  { name: '--feedback (copies made in the workers)', args: (out) => ['--feedback', out] },
];

/** Pieces that broke readers before: invalid references, entities, huge rows and columns, hostile names. */
const SNIPPETS = [
  '&#x110000;',
  '&#xD800;',
  '&#0;',
  '&#99999999999999999999;',
  '&undefined;',
  '&lt',
  '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]>',
  '&a;',
  '<row r="99999999999">',
  '<row>',
  '<c r="ZZZZ1">',
  '<c r="A0" t="s"><v>-1</v></c>',
  '<c t="s"><v>999999</v></c>',
  '<c t="d"><v>x</v></c>',
  '<definedName name="__proto__">A!$A$1</definedName>',
  '<definedName name="nr">Implementatieoverzicht!$A$1:$A$1048576</definedName>',
  '<sheet name="constructor" sheetId="9" r:id="rId1"/>',
  ']]>',
  '<![CDATA[',
  '</',
  '\u0000',
  '\u001b[31m',
  '<f>1/0</f>',
  '<v>1e400</v>',
];

let dir: string;
let inputs: string[];
let before: Record<string, string>;

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

async function mutate(base: Uint8Array, rnd: () => number): Promise<Uint8Array> {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const kind = Math.floor(rnd() * 4);
  if (kind === 0) {
    // Flip a few bytes anywhere in the zip.
    const out = Uint8Array.from(base);
    for (let i = 1 + Math.floor(rnd() * 8); i > 0; i--) out[Math.floor(rnd() * out.length)] = Math.floor(rnd() * 256);
    return out;
  }
  if (kind === 1) return base.slice(0, Math.floor(rnd() * base.length));
  const zip = await JSZip.loadAsync(base);
  // The parts a reader looks at: the workbook, its relationships, the sheets and the strings.
  const parts = Object.keys(zip.files).filter((n) =>
    /^xl\/(workbook\.xml|_rels\/|worksheets\/|sharedStrings)|^docProps\/custom|^\[Content_Types\]/.test(n),
  );
  const name = pick(parts);
  let xml = (await zip.file(name)?.async('string')) ?? '';
  for (let i = 1 + Math.floor(rnd() * 3); i > 0; i--) {
    const at = Math.floor(rnd() * xml.length);
    const op = Math.floor(rnd() * 4);
    if (op === 0) xml = xml.slice(0, at) + pick(SNIPPETS) + xml.slice(at);
    else if (op === 1) xml = xml.slice(0, at) + xml.slice(at + Math.floor(rnd() * 200));
    else if (op === 2) xml = xml.replace(/\d+/g, (d) => (rnd() < 0.05 ? `${d}${'9'.repeat(1 + Math.floor(rnd() * 20))}` : d));
    else xml = xml.slice(0, at) + xml.slice(at, at + 500).repeat(1 + Math.floor(rnd() * 20)) + xml.slice(at);
  }
  zip.file(name, xml);
  const out = await zip.generateAsync({ type: 'uint8array', compression: 'STORE' });
  if (kind === 3) {
    // And a lie in a zip header: a declared size or CRC of the first entry's local header.
    const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
    view.setUint32(pick([14, 18, 22]), Math.floor(rnd() * 0xffffffff), true);
  }
  return out;
}

beforeAll(async () => {
  dir = tempDir('weerbaar-fuzz-');
  const rnd = seededRandom(SEED);
  const bases = ['openpyxl-alkmaar.xlsx', 'libreoffice-haarlem.xlsx'].map(
    (f) => new Uint8Array(readFileSync(path.join(REAL_DIR, f))),
  );
  for (let i = 0; i < COUNT; i++) {
    const bytes = await mutate(bases[i % bases.length] as Uint8Array, rnd);
    writeFileSync(path.join(dir, `mutant-${String(i).padStart(3, '0')}.xlsx`), bytes);
  }
  inputs = readdirSync(dir).sort();
  before = Object.fromEntries(inputs.map((f) => [f, sha(readFileSync(path.join(dir, f)))]));
}, 120_000);
afterAll(removeTempDirs);

interface JsonFile {
  file: string;
  ok: boolean;
  skipped?: string;
  findings: Array<{ code: string; severity: string }>;
}

/** Codes per file, for comparing modes; a limit hit in one mode only is allowed to differ. */
const results: Record<string, Record<string, string>> = {};

describe(`fuzz: ${COUNT} seeded mutations of real returns`, () => {
  it.each(MODES)(
    'validate through $name: exit 0/1, every file listed, no stack trace, inputs unchanged',
    (mode) => {
      const scratch = tempDir('weerbaar-fuzz-out-');
      const started = Date.now();
      const run = runCliOnFixtures(['validate', dir, '--format', 'json', ...mode.args(scratch)]);
      const took = Date.now() - started;
      expect([0, 1]).toContain(run.status);
      expect(run.stderr).not.toMatch(/^\s+at /m);
      expect(run.stderr + run.stdout).not.toMatch(/Interne fout|Internal error/);
      const files = parseOutput<{ files: JsonFile[] }>('validate', run.stdout).files;
      expect(files.map((f) => path.basename(f.file)).sort()).toEqual(inputs);
      for (const f of files) {
        expect(typeof f.ok).toBe('boolean');
        // A file that fails says why.
        if (!f.ok) expect(f.findings.some((x) => x.severity === 'error')).toBe(true);
      }
      expect(Object.fromEntries(inputs.map((f) => [f, sha(readFileSync(path.join(dir, f)))]))).toEqual(before);
      expect(took).toBeLessThan(BOUND_MS);
      results[mode.name] = Object.fromEntries(
        files.map((f) => [
          path.basename(f.file),
          f.skipped
            ? `skipped:${f.skipped}`
            : f.findings
                .map((x) => x.code)
                .filter((c) => c !== 'FEEDBACK_FAILED')
                .join(','),
        ]),
      );
    },
    BOUND_MS * 2,
  );

  it('gives the same findings in every mode (except where a time or memory limit stopped a file)', () => {
    const [first, ...rest] = Object.values(results);
    expect(first).toBeDefined();
    const limited = (codes: string) => /FILE_TIMEOUT|FILE_MEMORY/.test(codes);
    for (const other of rest) {
      for (const f of inputs) if (!limited(first?.[f] ?? '') && !limited(other[f] ?? '')) expect(other[f], f).toBe(first?.[f]);
    }
  });
});

it('the mutations are many kinds of broken, not one', () => {
  const kinds = new Set(Object.values(results[MODES[0]?.name ?? ''] ?? {}).map((codes) => codes.split(',')[0] ?? ''));
  // Damaged zips, unreadable workbooks, structural and content findings, and some that still pass.
  expect(kinds.size).toBeGreaterThanOrEqual(6);
});
