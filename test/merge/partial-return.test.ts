import { beforeAll, describe, expect, it } from 'vitest';
import { passes } from '../../src/validate/validate-workbook.js';
import { argsOf } from '../helpers/finding-args.js';
import { codesOf, ReturnBuilder, type ReturnChanges } from '../helpers/fill-workbook.js';

/** A department's part of a return: whole themes left empty (PARTIAL_RETURN). */
let nl: ReturnBuilder;
beforeAll(async () => {
  nl = await ReturnBuilder.create();
});

/** Changes that empty every field of every principle of the given themes. */
function emptyThemes(builder: ReturnBuilder, themes: string[]): ReturnChanges {
  const answers: NonNullable<ReturnChanges['answers']> = {};
  for (const t of builder.builtins.norm.themas.filter((x) => themes.includes(x.id))) {
    for (const p of t.uitgangspunten) answers[p.id] = Object.fromEntries(builder.builtins.norm.velden.map((f) => [f.id, null]));
  }
  return { answers };
}

describe('PARTIAL_RETURN', () => {
  it('says once which themes are empty, instead of a STATUS_MISSING per principle, and the part does not pass', async () => {
    const { findings } = await nl.validate(emptyThemes(nl, ['4', '5', '6']));
    expect(codesOf(findings)).toEqual(['PARTIAL_RETURN']);
    const f = findings.find((x) => x.code === 'PARTIAL_RETURN');
    expect(f?.severity).toBe('error');
    expect(argsOf(f)).toEqual({ themes: '4, 5, 6', filled: '1, 2, 3', count: 3, total: 6 });
    expect(passes(findings)).toBe(false);
  });

  it('keeps the per-principle findings of themes that are only partly filled', async () => {
    const changes = emptyThemes(nl, ['6']);
    changes.answers = { ...changes.answers, '1.1': { status: null } };
    const { findings } = await nl.validate(changes);
    expect(codesOf(findings)).toEqual(['PARTIAL_RETURN', 'STATUS_MISSING']);
    expect(findings.filter((x) => x.code === 'STATUS_MISSING').map((x) => x.location.principle)).toEqual(['1.1']);
  });

  it('is not reported for a return that is empty throughout (that is not a part)', async () => {
    const { findings } = await nl.validate(emptyThemes(nl, ['1', '2', '3', '4', '5', '6']));
    expect(codesOf(findings)).not.toContain('PARTIAL_RETURN');
    expect(codesOf(findings)).toContain('STATUS_MISSING');
  });
});
