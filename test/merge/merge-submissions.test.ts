import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { scoreSubmission } from '../../src/score/score-submission.js';
import { mergeSubmissions, type MergePart } from '../../src/submission/merge-submissions.js';
import { validateWorkbook, type ValidationContext } from '../../src/validate/validate-workbook.js';
import { REPO_ROOT } from '../helpers/run-cli.js';
import { loadFixtureBuiltins } from '../helpers/template-workbook.js';
import { argsOf } from '../helpers/finding-args.js';

/** The core of combining parts, on the committed parts of test/fixtures/merge (see make_merge_fixtures.py). */
const MERGE_DIR = path.join(REPO_ROOT, 'test', 'fixtures', 'merge');
let ctx: ValidationContext;
beforeAll(async () => {
  const b = await loadFixtureBuiltins();
  ctx = { norm: b.norm, registry: b.registry, fingerprint: b.fingerprint };
});

async function part(file: string): Promise<MergePart> {
  const bytes = new Uint8Array(readFileSync(file.startsWith('/') ? file : path.join(MERGE_DIR, file)));
  return { file: path.basename(file), ...(await validateWorkbook(bytes, ctx)) };
}
const codes = (r: { findings: ReadonlyArray<{ code: string }> }) => r.findings.map((f) => f.code);

describe('mergeSubmissions', () => {
  it('each part alone is a PARTIAL_RETURN', async () => {
    for (const f of ['twee/alkmaar-integriteit.xlsx', 'twee/alkmaar-ciso.xlsx', 'drie/alkmaar-deel-2.xlsx'])
      expect(codes(await part(f))).toEqual(['PARTIAL_RETURN']);
  });

  it('two parts (openpyxl and LibreOffice) give the answers and score of the one-file return', async () => {
    const whole = await part(path.join(REPO_ROOT, 'test', 'fixtures', 'real', 'openpyxl-alkmaar.xlsx'));
    const r = mergeSubmissions(
      [await part('twee/alkmaar-integriteit.xlsx'), await part('twee/alkmaar-ciso.xlsx')],
      ctx.norm,
      ctx.registry,
      { lang: 'nl' },
    );
    expect(r.findings).toEqual([]);
    expect(r.submission?.answers).toEqual(whole.submission?.answers);
    expect(r.submission?.front).toEqual(whole.submission?.front); // the latest datum of the two
    expect(r.submission?.organisation).toBe('GM0361');
    expect(scoreSubmission(ctx.norm, r.submission!)).toEqual(scoreSubmission(ctx.norm, whole.submission!));
    expect(r.sources.find((s) => s.id === '' && s.field === 'datum')).toMatchObject({
      file: 'alkmaar-ciso.xlsx',
      rule: 'latest',
    });
    expect(r.sources.find((s) => s.id === '1.1' && s.field === 'status')?.file).toBe('alkmaar-integriteit.xlsx');
    expect(r.sources.find((s) => s.id === '6.1' && s.field === 'status')?.file).toBe('alkmaar-ciso.xlsx');
    expect(r.sources.find((s) => s.id === '' && s.field === 'organisatie')?.agreeing).toEqual([
      'alkmaar-integriteit.xlsx',
      'alkmaar-ciso.xlsx',
    ]);
  });

  it('three parts by three people: the contact fields conflict, --voorkeur decides and every choice is listed', async () => {
    const parts = [
      await part('drie/alkmaar-deel-1.xlsx'),
      await part('drie/alkmaar-deel-2.xlsx'),
      await part('drie/alkmaar-deel-3.xlsx'),
    ];
    const refused = mergeSubmissions(parts, ctx.norm, ctx.registry, { lang: 'nl' });
    expect(refused.submission).toBeUndefined();
    expect(refused.findings.map((f) => [f.code, argsOf(f).field])).toEqual([
      ['MERGE_CONFLICT', 'invuller'],
      ['MERGE_CONFLICT', 'email'],
    ]);
    const chosen = mergeSubmissions(parts, ctx.norm, ctx.registry, { lang: 'nl', preferred: 'alkmaar-deel-2.xlsx' });
    expect(new Set(codes(chosen))).toEqual(new Set(['MERGE_CHOICE']));
    expect(chosen.findings).toHaveLength(4); // invuller and email, each over two other values
    expect(chosen.submission?.front.invuller).toBe('K. Smit');
    const whole = await part(path.join(REPO_ROOT, 'test', 'fixtures', 'real', 'openpyxl-alkmaar.xlsx'));
    expect(scoreSubmission(ctx.norm, chosen.submission!)).toEqual(scoreSubmission(ctx.norm, whole.submission!));
  });

  it('the report mode takes the contact fields of the latest part and lists that as a rule', async () => {
    const parts = [
      await part('drie/alkmaar-deel-1.xlsx'),
      await part('drie/alkmaar-deel-2.xlsx'),
      await part('drie/alkmaar-deel-3.xlsx'),
    ];
    const r = mergeSubmissions(parts, ctx.norm, ctx.registry, { lang: 'nl', frontText: 'latest' });
    expect(r.findings).toEqual([]);
    expect(r.submission?.front).toMatchObject({ invuller: 'K. Smit', email: 'ciso@alkmaar.nl', datum: '2026-03-15' });
    expect(r.sources.filter((s) => s.rule === 'latest').map((s) => s.field)).toEqual(['invuller', 'email', 'datum']);
  });

  it('a different answer to one principle is a conflict naming the principle, both files and both values', async () => {
    const parts = [await part('conflict/alkmaar-a.xlsx'), await part('conflict/alkmaar-b.xlsx')];
    const r = mergeSubmissions(parts, ctx.norm, ctx.registry, { lang: 'nl' });
    expect(r.submission).toBeUndefined();
    const conflicts = r.findings.filter((f) => f.code === 'MERGE_CONFLICT');
    expect(conflicts.map((f) => [f.location.principle, argsOf(f).field])).toContainEqual(['4.1', 'status']);
    expect(argsOf(conflicts.find((f) => argsOf(f).field === 'status'))).toMatchObject({
      id: '4.1',
      file: 'alkmaar-a.xlsx',
      value: 'In ontwikkeling',
      otherFile: 'alkmaar-b.xlsx',
      otherValue: 'Uitgevoerd',
    });
    const chosen = mergeSubmissions(parts, ctx.norm, ctx.registry, { lang: 'nl', preferred: 'alkmaar-b.xlsx' });
    expect(chosen.submission?.answers['4.1']?.status).toBe('uitgevoerd');
    expect(chosen.findings.every((f) => f.code === 'MERGE_CHOICE')).toBe(true);
    expect(chosen.findings.length).toBe(conflicts.length);
  });

  it('parts of different organisations are never combined', async () => {
    const r = mergeSubmissions(
      [await part('anders/alkmaar-thema-1-3.xlsx'), await part('anders/haarlem-thema-4-6.xlsx')],
      ctx.norm,
      ctx.registry,
      { lang: 'nl', preferred: 'alkmaar-thema-1-3.xlsx' },
    );
    expect(r.submission).toBeUndefined();
    expect(codes(r)).toEqual(['MERGE_MISMATCH']);
    expect(argsOf(r.findings[0])).toMatchObject({ field: 'organisatie', value: 'Alkmaar', otherValue: 'Haarlem' });
  });

  it('a part with other errors than missing answers is refused', async () => {
    const broken = await part(path.join(REPO_ROOT, 'test', 'fixtures', 'corpus', 'date-invalid-planning.xlsx'));
    const r = mergeSubmissions([await part('twee/alkmaar-integriteit.xlsx'), broken], ctx.norm, ctx.registry, { lang: 'nl' });
    expect(codes(r)).toEqual(['MERGE_PART_INVALID']);
    expect(argsOf(r.findings[0])).toMatchObject({ file: 'date-invalid-planning.xlsx', codes: 'DATE_INVALID' });
  });
});
