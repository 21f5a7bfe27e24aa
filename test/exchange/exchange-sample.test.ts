import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseNorm } from '../../src/norm/parse-norm.js';
import { generateReturns } from '../../src/sample/generate-returns.js';
import { loadBuiltins } from '../helpers/template-workbook.js';

/** `weerbaar sample` fills the exchange field and contact of a norm that has them, plausibly. */
const text = readFileSync(new URL('../fixtures/exchange/norm-uitwisseling.yaml', import.meta.url), 'utf8');

describe('sample returns with the uitwisseling block', () => {
  it('seeks help only on principles not at the best status, offers only with it, and some name a contact', async () => {
    const { registry } = await loadBuiltins();
    const norm = parseNorm(text, 'x.yaml').norm;
    expect(norm).toBeDefined();
    const samples = generateReturns(norm!, registry, { count: 45, seed: 7, meetmoment: 'voortgang-2026', lang: 'nl' });
    const answers = samples.flatMap((s) => Object.values(s.answers));
    const seek = answers.filter((a) => a.uitwisseling === 'Wij zoeken hulp');
    const offer = answers.filter((a) => a.uitwisseling === 'Wij delen graag onze aanpak');
    expect(seek.length).toBeGreaterThan(10);
    expect(offer.length).toBeGreaterThan(10);
    // The typical mistakes may change a status after the fact: compare with what the statuses allow.
    expect(seek.filter((a) => a.status === 'Uitgevoerd' || a.status === 'Niet van toepassing').length).toBeLessThanOrEqual(
      samples.filter((s) => s.mistakes.length).length,
    );
    expect(offer.every((a) => a.status?.trim().toLowerCase() === 'uitgevoerd')).toBe(true);
    const contacts = samples.filter((s) => s.front.contact_uitwisseling);
    expect(contacts.length).toBeGreaterThan(5);
    expect(contacts.length).toBeLessThan(samples.length);
    expect(contacts.every((s) => /^leren-van-elkaar@/.test(s.front.email_uitwisseling ?? ''))).toBe(true);
  });

  it('gives the same statuses as the same norm without the block (its own random stream)', async () => {
    const { registry } = await loadBuiltins();
    const norm = parseNorm(text, 'x.yaml').norm!;
    const { uitwisseling: _, ...without } = norm;
    const statuses = (n: typeof norm) =>
      generateReturns(n, registry, { count: 12, seed: 3, meetmoment: 'voortgang-2026', lang: 'nl' }).map((s) =>
        Object.values(s.answers).map((a) => a.status),
      );
    expect(statuses(norm)).toEqual(statuses(without));
    const plain = generateReturns(without, registry, { count: 12, seed: 3, meetmoment: 'voortgang-2026', lang: 'nl' });
    expect(plain.every((s) => Object.values(s.answers).every((a) => (a.uitwisseling ?? null) === null))).toBe(true);
  });
});
