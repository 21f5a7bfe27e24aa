import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings/finding.js';
import { makeFinding } from '../../src/findings/make-finding.js';
import type { Catalogue } from '../../src/i18n/catalogue.js';

/**
 * Finding arguments are typed per code: these lines must NOT compile. `npm test` type-checks this
 * file (npm run typecheck), and a `@ts-expect-error` that is not needed is itself an error, so if
 * the types ever loosen again the build fails.
 */
describe('typed finding arguments', () => {
  it('reject a wrong, missing or extra argument at compile time', () => {
    // @ts-expect-error STATUS_MISSING takes `id`, not `principle`
    const wrong = makeFinding('STATUS_MISSING', { principle: '1.1' });
    // @ts-expect-error FRONT_MISSING needs the label the workbook shows
    const missing = makeFinding('FRONT_MISSING', { field: 'invuller' });
    // @ts-expect-error STATUS_MISSING has arguments; they cannot be left out
    const none = makeFinding('STATUS_MISSING');
    // @ts-expect-error a catalogue line cannot read an argument its code does not have
    const line: Catalogue['STATUS_MISSING'] = (a) => `Uitgangspunt ${a.principle}`;
    const finding: Finding = makeFinding('STATUS_MISSING', { id: '1.1', label: 'Status' });
    // Narrowing on the code gives the code's own arguments.
    if (finding.code === 'STATUS_MISSING') expect(finding.args.id).toBe('1.1');
    expect([wrong, missing, none, typeof line].length).toBe(4);
  });

  it('let codes without arguments leave them out', () => {
    expect(makeFinding('FILE_EMPTY').args).toEqual({});
  });
});
