import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import type { Script } from 'node:vm';
import { afterAll, describe, expect, it } from 'vitest';

// bin/start-cli.js over the bundle that `npm test` builds first (npm run build:js).
const root = path.resolve(import.meta.dirname, '../..');
const work = mkdtempSync(path.join(os.tmpdir(), 'weerbaar-start-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

type Main = (argv: string[], env: NodeJS.ProcessEnv, streams: object) => Promise<number>;
const startCli = createRequire(import.meta.url)('../../bin/start-cli.js') as {
  compileCli: (bundle: Buffer, cachedData: Buffer | undefined) => { script: Script; cli: { main: Main } };
  readBundle: () => Buffer;
  cacheFile: () => string;
  cachedDataFor: (bundle: Buffer, cache: Buffer | undefined) => Buffer | undefined;
};
const bundle = startCli.readBundle();

async function run(main: Main, args: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const sink = { write: (s: string) => void (out += s) };
  const code = await main(['node', 'weerbaar', ...args], { NO_COLOR: '1' }, { stdout: sink, stderr: sink });
  return { code, out };
}

describe('bin/start-cli.js', () => {
  it('finds a code cache made by the build for this V8 and this bundle, which V8 accepts', () => {
    const file = startCli.cacheFile();
    expect(existsSync(file)).toBe(true);
    const data = startCli.cachedDataFor(bundle, readFileSync(file));
    expect(data).toBeDefined();
    const { script } = startCli.compileCli(bundle, data);
    expect(script.cachedDataRejected).toBe(false);
  });

  it('does not use the cache for a bundle changed since, even of the same length (V8 checks only the length)', () => {
    const cache = readFileSync(startCli.cacheFile());
    const changed = Buffer.from(bundle);
    const at = changed.indexOf('weerbaar');
    changed[at] = 'W'.charCodeAt(0);
    expect(changed.length).toBe(bundle.length);
    expect(startCli.cachedDataFor(changed, cache)).toBeUndefined();
    expect(startCli.cachedDataFor(bundle, undefined)).toBeUndefined();
    expect(startCli.cachedDataFor(bundle, cache.subarray(0, 4))).toBeUndefined();
  });

  it('runs the same CLI with the cache as without one', async () => {
    const cached = startCli.compileCli(bundle, startCli.cachedDataFor(bundle, readFileSync(startCli.cacheFile()))).cli;
    const plain = startCli.compileCli(bundle, undefined).cli;
    for (const args of [['--version'], ['norm', 'check'], ['validate', 'geen-bestand.xlsx']]) {
      const a = await run(cached.main, args);
      const b = await run(plain.main, args);
      expect(a).toEqual(b);
      expect(a.out).not.toBe('');
    }
  });

  it('says what to do, without a stack trace, in a checkout that was never built', () => {
    const bin = path.join(work, 'unbuilt', 'bin');
    cpSync(path.join(root, 'bin'), bin, { recursive: true });
    const r = spawnSync(process.execPath, [path.join(bin, 'weerbaar.js'), '--help'], { encoding: 'utf8' });
    expect(r.status).toBe(3);
    expect(r.stderr).toContain('npm ci && npm run build');
    expect(r.stderr).toContain('weerbaar.cjs ontbreekt');
    expect(r.stderr).not.toMatch(/\bat .+:\d+:\d+/);
  });

  it('says so, without a stack trace, when the bundle is damaged', () => {
    const copy = path.join(work, 'damaged');
    cpSync(path.join(root, 'bin'), path.join(copy, 'bin'), { recursive: true });
    mkdirSync(path.join(copy, 'dist', 'bundle'), { recursive: true });
    writeFileSync(path.join(copy, 'dist', 'bundle', 'weerbaar.cjs'), 'this is not JavaScript');
    const r = spawnSync(process.execPath, [path.join(copy, 'bin', 'weerbaar.js'), '--help'], { encoding: 'utf8' });
    expect(r.status).toBe(3);
    expect(r.stderr).toContain('weerbaar kon niet starten');
    expect(r.stderr).not.toMatch(/\bat .+:\d+:\d+/);
  });
});
