import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// The package imports itself by name (package.json "exports"), as a library user would.
describe("import { validateWorkbook } from 'weerbaar'", () => {
  it('validates a Buffer and scores the return, without touching the file system for the workbook', () => {
    const script = `
      import { readFileSync } from 'node:fs';
      import { validateWorkbook, scoreSubmission, loadBuiltinNorm, formatFinding, passes } from 'weerbaar';
      // The committed return is of norm 0.9.0, kept in norm/archief/.
      const { norm, registry, fingerprint } = await loadBuiltinNorm({ norm: 'norm/archief/noord-hollandse-norm-0.9.0.yaml' });
      const ok = await validateWorkbook(readFileSync('test/fixtures/real/libreoffice-haarlem.xlsx'), { norm, registry, fingerprint });
      const bad = await validateWorkbook(Buffer.from('geen werkmap'), { norm, registry, fingerprint });
      console.log(JSON.stringify({
        ok: passes(ok.findings), overall: scoreSubmission(norm, ok.submission).overall.score,
        bad: bad.findings.map((f) => f.code), message: formatFinding(bad.findings[0], 'nl'),
      }));`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as { ok: boolean; overall: number; bad: string[]; message: string };
    expect(out.ok).toBe(true);
    expect(out.overall).toBeGreaterThan(0);
    expect(out.bad).toEqual(['FILE_NOT_XLSX']);
    expect(out.message).toMatch(/geen Excel-bestand/);
  });
});
