import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const work = mkdtempSync(path.join(os.tmpdir(), 'weerbaar-pack-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The tracked files only, as a fresh clone has them: no dist/, no out/. */
function copyCheckout(to: string): void {
  const files = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const f of files) {
    mkdirSync(path.dirname(path.join(to, f)), { recursive: true });
    cpSync(path.join(root, f), path.join(to, f));
  }
  // The clone's own `npm ci` would install these; linking them keeps the test offline and fast.
  symlinkSync(path.join(root, 'node_modules'), path.join(to, 'node_modules'), 'dir');
}

describe('npm pack in a fresh checkout', () => {
  it('builds on prepack, installs into an empty folder, and runs as a command and as a library', () => {
    const clone = path.join(work, 'clone');
    copyCheckout(clone);
    const packed = execFileSync(npm, ['pack', '--json', '--pack-destination', work], { cwd: clone, encoding: 'utf8' });
    const info = JSON.parse(packed.slice(packed.indexOf('['))) as { filename: string; files: { path: string }[] }[];
    const shipped = info[0]!.files.map((f) => f.path);
    expect(shipped).toContain('dist/cli/main.js');
    // The CLI runs from the bundle, with its code cache and the built-in norm precompiled (npm run
    // build makes all three); bin/ is CommonJS by its own package.json.
    expect(shipped).toContain('dist/bundle/weerbaar.cjs');
    expect(shipped.filter((f) => /^dist\/bundle\/weerbaar\.cjs\..+\.cache$/.test(f))).toHaveLength(1);
    expect(shipped).toContain('dist/bundle/vendor-exceljs.cjs');
    expect(shipped).toContain('bin/package.json');
    expect(shipped).toContain('dist/bundle/package.json');
    expect(shipped).toContain('bin/start-cli.js');
    expect(shipped).toContain('dist/bundle/validate-worker.js');
    expect(shipped).toContain('dist/builtin-norm.json');
    expect(shipped).toContain('dist/index.d.ts');
    expect(shipped).toContain('LICENSE');
    expect(shipped).toContain('norm/noord-hollandse-norm.yaml');
    expect(shipped.some((f) => f.startsWith('test/') || f.startsWith('src/'))).toBe(false);

    const app = path.join(work, 'app');
    mkdirSync(app);
    writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
    const install = spawnSync(
      npm,
      ['install', '--prefer-offline', '--no-audit', '--no-fund', path.join(work, info[0]!.filename)],
      { cwd: app, encoding: 'utf8' },
    );
    expect(install.status, install.stderr).toBe(0);
    expect(readdirSync(path.join(app, 'node_modules', 'weerbaar'))).toContain('dist');

    const help = spawnSync(path.join(app, 'node_modules', '.bin', 'weerbaar'), ['--help'], { cwd: app, encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/validate/);

    const script = `
      import { validateWorkbook, loadBuiltinNorm } from 'weerbaar';
      const ctx = await loadBuiltinNorm();
      const r = await validateWorkbook(Buffer.from('geen werkmap'), ctx);
      console.log(r.findings.map((f) => f.code).join(','));`;
    const lib = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: app, encoding: 'utf8' });
    expect(lib.stderr).toBe('');
    expect(lib.stdout.trim()).toBe('FILE_NOT_XLSX');
  }, 300_000);
});
