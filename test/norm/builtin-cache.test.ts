import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtinSourcesHash, cacheFile, readBuiltinCache, sha256 } from '../../src/io/builtin-cache.js';
import { TEMPLATES_DIR } from '../../src/io/builtin-paths.js';
import { parseNormInputs, readNormInputs } from '../../src/io/read-norm-files.js';
import { defaultTemplateName } from '../../src/template/template-name.js';
import { REPO_ROOT } from '../helpers/run-cli.js';
import { runCli } from '../helpers/run-cli.js';

// dist/builtin-norm.json is written by `npm run build` (scripts/precompile-norm.js), which `npm test` runs first.
const tmp = mkdtempSync(path.join(os.tmpdir(), 'weerbaar-cache-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A copy of the package's sources of the built-in norm and its cache, to change without harm. */
function copyRoot(name: string): string {
  const root = path.join(tmp, name);
  mkdirSync(path.join(root, 'dist'), { recursive: true });
  cpSync(path.join(REPO_ROOT, 'norm'), path.join(root, 'norm'), { recursive: true });
  cpSync(path.join(REPO_ROOT, 'package.json'), path.join(root, 'package.json'));
  cpSync(cacheFile(REPO_ROOT), cacheFile(root));
  return root;
}

describe('the built-in norm precompiled at build time', () => {
  it('is current, and is exactly what parsing the YAML gives', async () => {
    const cache = readBuiltinCache();
    expect(cache, 'dist/builtin-norm.json is missing or stale: run `npm run build`').toBeDefined();
    const parsed = await parseNormInputs({});
    expect(parsed.findings).toEqual([]);
    expect(cache?.norm).toStrictEqual(parsed.inputs?.norm);
    expect(cache?.registry).toStrictEqual(parsed.inputs?.registry);
    expect(cache?.fingerprint).toBe(parsed.inputs?.fingerprint);
    expect(cache?.archive.map((a) => a.fingerprint)).toEqual(parsed.inputs?.archive?.map((a) => a.fingerprint));
    expect(cache?.archive.map((a) => a.norm)).toStrictEqual(parsed.inputs?.archive?.map((a) => a.norm));
  });

  it('is what commands on the built-in norm read, with the archive paths as on disk', async () => {
    const read = await readNormInputs({});
    expect(read.templates).toBeDefined();
    expect(read.inputs?.archive?.map((a) => path.resolve(a.file))).toEqual([
      path.join(REPO_ROOT, 'norm', 'archief', 'noord-hollandse-norm-0.9.0.yaml'),
    ]);
    // With a norm or a registry given, the YAML is read: no templates to copy.
    expect((await readNormInputs({ registry: path.join(REPO_ROOT, 'norm', 'organisaties.yaml') })).templates).toBeUndefined();
  });

  it('records the templates in templates/ as current, by their SHA-256', () => {
    const cache = readBuiltinCache();
    for (const lang of ['nl', 'en'] as const) {
      const file = path.join(TEMPLATES_DIR, defaultTemplateName(cache!.norm.id, cache!.norm.versie, lang));
      expect(cache?.templates[lang]).toBe(sha256(readFileSync(file)));
    }
  });

  it('is not used once a source changes: the norm, the registry, the archive or the version', () => {
    const same = copyRoot('same');
    expect(readBuiltinCache(same)).toBeDefined();
    // Another script in package.json does not matter: only the version names the templates' generator.
    appendFileSync(path.join(same, 'package.json'), ' ');
    expect(readBuiltinCache(same)).toBeDefined();
    const edits: [string, (root: string) => void][] = [
      ['norm', (r) => appendFileSync(path.join(r, 'norm', 'noord-hollandse-norm.yaml'), '\n# gewijzigd\n')],
      ['registry', (r) => appendFileSync(path.join(r, 'norm', 'organisaties.yaml'), '\n# gewijzigd\n')],
      ['archive', (r) => writeFileSync(path.join(r, 'norm', 'archief', 'extra.yaml'), 'id: x\n')],
      [
        'version',
        (r) => writeFileSync(path.join(r, 'package.json'), JSON.stringify({ ...JSON.parse(readFileSync(path.join(r, 'package.json'), 'utf8')), version: '9.9.9' })),
      ],
      ['cache format', (r) => writeFileSync(cacheFile(r), JSON.stringify({ ...JSON.parse(readFileSync(cacheFile(r), 'utf8')), format: 0 }))],
      ['cache unreadable', (r) => writeFileSync(cacheFile(r), '{')],
    ];
    for (const [name, edit] of edits) {
      const root = copyRoot(name.replace(/ /g, '-'));
      edit(root);
      expect(readBuiltinCache(root), name).toBeUndefined();
    }
    expect(builtinSourcesHash(path.join(tmp, 'nowhere'))).toBeUndefined();
  });

  it('`weerbaar template` writes the checked-in template, byte for byte, in both languages', () => {
    for (const lang of ['nl', 'en']) {
      const out = path.join(tmp, `template-${lang}.xlsx`);
      const run = runCli(['template', '--lang', lang, '-o', out]);
      expect(run.status, run.stderr).toBe(0);
      const name = defaultTemplateName('nh-weerbare-overheid', '1.0.0', lang === 'en' ? 'en' : 'nl');
      expect(readFileSync(out).equals(readFileSync(path.join(TEMPLATES_DIR, name)))).toBe(true);
    }
  });
});
