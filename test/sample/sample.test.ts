import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateReturns, type SampleReturn } from '../../src/sample/generate-returns.js';
import { passes, validateWorkbook, type ValidationResult } from '../../src/validate/validate-workbook.js';
import { removeTempDirs, runCliWith, tempDir } from '../helpers/cli-run.js';
import type { CliRun } from '../helpers/run-cli.js';
import { cellText, loadBuiltins, loadWorkbook, resolveName, type Builtins } from '../helpers/template-workbook.js';

/**
 * `weerbaar sample` on the built CLI: synthetic returns, the same bytes for the same seed, and
 * exactly the planted mistakes that generateReturns says it made (checked by validating the files).
 */

let b: Builtins;
let root: string;
const dir = (name: string) => path.join(root, name);
const sample = (name: string, ...args: string[]): CliRun => runCliWith(['sample', '-o', dir(name), ...args]);
const files = (name: string) => readdirSync(dir(name)).sort();
const bytes = (name: string, file: string) => readFileSync(path.join(dir(name), file));

async function validate(name: string, file: string): Promise<ValidationResult> {
  const { norm, registry, fingerprint } = b;
  return validateWorkbook(new Uint8Array(bytes(name, file)), { norm, registry, fingerprint });
}

const runs: Record<string, CliRun> = {};
beforeAll(async () => {
  b = await loadBuiltins();
  root = tempDir('weerbaar-sample-');
  runs.a = sample('a', '--count', '12', '--seed', '3');
  const aDone = Date.now();
  runs.c = sample('c', '--count', '12', '--seed', '4');
  runs.many = sample('many', '--count', '35', '--seed', '3');
  runs.nul = sample('nul', '--count', '3', '--seed', '3', '--meetmoment', 'Nulmeting 2025');
  // The same seed again, at least one zip time step (2 s) later: a timestamp taken from the clock
  // would then show up as a byte difference.
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, aDone + 2_100 - Date.now())));
  runs.b = sample('b', '--count', '12', '--seed', '3');
  for (const [name, r] of Object.entries(runs))
    if (r.status !== 0) throw new Error(`sample ${name} failed (${r.status}): ${r.stderr}`);
});

afterAll(() => removeTempDirs());

describe('weerbaar sample', () => {
  it('writes --count files, named as generateReturns names them', () => {
    const expected = generateReturns(b.norm, b.registry, { count: 12, seed: 3, meetmoment: 'voortgang-2026', lang: 'nl' });
    expect(files('a')).toHaveLength(12);
    expect(files('a')).toEqual(expected.map((s) => s.fileName).sort());
    expect(runs.a?.stdout).toContain('12');
    expect(files('many')).toHaveLength(35);
  });

  it('gives the same zip entries with the same content for the same seed', async () => {
    expect(files('b')).toEqual(files('a'));
    for (const f of files('a')) {
      const [za, zb] = await Promise.all([JSZip.loadAsync(bytes('a', f)), JSZip.loadAsync(bytes('b', f))]);
      expect(Object.keys(zb.files), f).toEqual(Object.keys(za.files));
      for (const [name, entry] of Object.entries(za.files)) {
        if (entry.dir) continue;
        const other = zb.file(name);
        expect(other, `${f} ${name}`).not.toBeNull();
        expect(
          Buffer.from(await entry.async('uint8array')).equals(Buffer.from((await other?.async('uint8array')) ?? [])),
          `${f} ${name}`,
        ).toBe(true);
      }
    }
  });

  // The two runs lie seconds apart: no entry may carry the clock's time (folder entries did).
  it('gives byte-identical files for the same seed', () => {
    for (const f of files('a')) expect(bytes('b', f).equals(bytes('a', f)), f).toBe(true);
  });

  it('gives different files for another seed', () => {
    expect(files('c')).toEqual(files('a')); // the same organisations in the same order
    const differ = files('a').filter((f) => !bytes('c', f).equals(bytes('a', f)));
    expect(differ).toEqual(files('a'));
  });

  it('the first files of a larger run are the same returns as a smaller run with the same seed', () => {
    const small = generateReturns(b.norm, b.registry, { count: 12, seed: 3, meetmoment: 'voortgang-2026', lang: 'nl' });
    const large = generateReturns(b.norm, b.registry, { count: 35, seed: 3, meetmoment: 'voortgang-2026', lang: 'nl' });
    expect(large.slice(0, 12).map((s) => s.organisation)).toEqual(small.map((s) => s.organisation));
    expect(large.filter((s) => s.mistakes.length > 0).length).toBe(5);
  });

  it('--meetmoment "Nulmeting 2025" is on the front sheet', async () => {
    expect(files('nul')).toHaveLength(3);
    for (const f of files('nul')) {
      const wb = await loadWorkbook(new Uint8Array(bytes('nul', f)));
      const cell = resolveName(wb, 'meetmoment');
      expect(cellText(cell.sheet.getCell(cell.firstRow, cell.firstCol).value), f).toBe('Nulmeting 2025');
      const result = await validate('nul', f);
      expect(result.submission?.front.meetmoment, f).toBe('nulmeting-2025');
      expect(result.submission?.front.datum, f).toMatch(/^2025-03-/);
    }
  });

  it('an unknown meetmoment exits 2 and writes nothing', () => {
    const r = sample('onbekend', '--meetmoment', 'Voortgang 2031');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Voortgang 2031');
    expect(r.stderr).toContain('Nulmeting 2025');
    expect(existsSync(dir('onbekend'))).toBe(false);
  });
});

describe('the samples, validated', () => {
  let samples: SampleReturn[];
  const results = new Map<string, ValidationResult>();

  beforeAll(async () => {
    samples = generateReturns(b.norm, b.registry, { count: 35, seed: 3, meetmoment: 'voortgang-2026', lang: 'nl' });
    for (const s of samples) results.set(s.fileName, await validate('many', s.fileName));
  });

  it('plant every kind of mistake, in a few returns only', () => {
    const kinds = new Set(samples.flatMap((s) => s.mistakes.map((m) => m.split(' ')[0])));
    expect([...kinds].sort()).toEqual(['EMAIL_INVALID', 'ORG_UNKNOWN', 'REQUIRED_MISSING', 'STATUS_MISSING', 'VALUE_NORMALISED']);
    expect(samples.filter((s) => s.mistakes.length === 0).length).toBe(30);
  });

  it('the clean ones pass with zero errors and zero warnings, for the right organisation', () => {
    for (const s of samples.filter((x) => x.mistakes.length === 0)) {
      const r = results.get(s.fileName);
      expect(
        r?.findings.filter((f) => f.severity !== 'info').map((f) => f.code),
        s.fileName,
      ).toEqual([]);
      expect(r?.submission?.organisation, s.fileName).toBe(s.organisation);
      expect(r?.submission?.front.datum, s.fileName).toBe(s.front.datum);
    }
  });

  it('the ones with a planted mistake fail or warn with exactly that finding', () => {
    for (const s of samples.filter((x) => x.mistakes.length > 0)) {
      const r = results.get(s.fileName);
      const findings = r?.findings ?? [];
      for (const mistake of s.mistakes) {
        const [code, principle] = mistake.split(' ');
        const hit = findings.filter((f) => f.code === code && (principle === undefined || f.location.principle === principle));
        expect(hit.length, `${s.fileName}: ${mistake} in ${findings.map((f) => f.code).join(', ')}`).toBeGreaterThan(0);
        const severity = hit[0]?.severity;
        if (severity === 'error') expect(passes(findings), s.fileName).toBe(false);
        else {
          expect(severity, mistake).toBe('warning');
          expect(passes(findings), s.fileName).toBe(true);
          expect(passes(findings, true), s.fileName).toBe(false);
        }
      }
      // Nothing else than the planted mistake (and what follows from it) is an error or warning.
      const codes = new Set(findings.filter((f) => f.severity !== 'info').map((f) => f.code));
      expect([...codes], s.fileName).toEqual(s.mistakes.map((m) => m.split(' ')[0]));
    }
  });
});

describe('--lang en', () => {
  it('fills the English template with English labels, which validate and score as the Dutch ones do', async () => {
    const run = sample('en', '--count', '6', '--seed', '3', '--lang', 'en');
    expect(run.status).toBe(0);
    const planted = generateReturns(b.norm, b.registry, { count: 6, seed: 3, meetmoment: 'voortgang-2026', lang: 'en' });
    for (const [i, file] of files('en').entries()) {
      const result = await validate('en', file);
      expect(result.submission?.identity.lang).toBe('en');
      if ((planted[i]?.mistakes.length ?? 0) === 0) expect(result.findings, file).toEqual([]);
      expect(Object.values(result.submission?.answers ?? {}).some((a) => a.status === 'uitgevoerd')).toBe(true);
    }
  });
});
