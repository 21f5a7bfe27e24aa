import type { Lang } from '../base/lang.js';
import { labelOf, principleTitle } from '../norm/localise.js';
import type { Exchange as ExchangeBlock, Norm } from '../norm/norm-schema.js';
import type { Submission } from '../submission/submission.js';
import type { Exchange, ExchangeContact, ExchangeParty, ExchangePrinciple, OrganisationResult } from './report-model.js';
import { statusOf } from '../norm/field-roles.js';

export interface ExchangeEntry {
  organisation: OrganisationResult;
  submission: Submission;
}

/**
 * Leren van elkaar: per principle, who seeks help and who offered to share and has the best
 * status on it (the first option of the scale). Only an organisation that offered is ever a
 * helper. Principles most sought after first. With `named` false (anonymised or totals only)
 * only the counts remain, hidden like every figure when fewer than minGroup returns count.
 * Null when the norm has no `uitwisseling` block.
 */
export function buildExchange(
  norm: Norm,
  entries: readonly ExchangeEntry[],
  o: { named: boolean; minGroup: number; lang: Lang },
): Exchange | null {
  const block = norm.uitwisseling;
  const field = block ? norm.velden.find((f) => f.id === block.veld) : undefined;
  if (!block || !field) return null;
  const option = (code: string) => field.opties?.find((x) => x.code === code);
  const best = norm.schaal[0];
  const hidden = !o.named && (entries.length < o.minGroup || entries.length === 0);
  const principles: ExchangePrinciple[] = norm.themas.flatMap((theme) =>
    theme.uitgangspunten.map((p) => {
      const answer = (e: ExchangeEntry) => e.submission.answers[p.id] ?? {};
      const seekers = entries.filter((e) => answer(e)[block.veld] === block.zoekt_hulp);
      const helpers = entries.filter(
        (e) => answer(e)[block.veld] === block.biedt_hulp && best !== undefined && statusOf(norm, answer(e)) === best.code,
      );
      const party = (e: ExchangeEntry): ExchangeParty => {
        const status = norm.schaal.find((x) => x.code === statusOf(norm, answer(e)));
        return {
          code: e.organisation.code,
          name: e.organisation.name,
          riec: e.organisation.riec,
          veiligheidsregio: e.organisation.veiligheidsregio,
          status: status ? labelOf(status, o.lang) : null,
          contact: contactOf(block, e.submission),
        };
      };
      const helperRiecs = new Set(helpers.map((h) => h.organisation.riec ?? '–'));
      return {
        id: p.id,
        themeId: theme.id,
        title: principleTitle(p, o.lang),
        seekerCount: hidden ? null : seekers.length,
        helperCount: hidden ? null : helpers.length,
        matchedInRiec: hidden ? null : seekers.filter((s) => helperRiecs.has(s.organisation.riec ?? '–')).length,
        seekers: o.named ? seekers.map(party).sort(byPlace) : [],
        helpers: o.named ? helpers.map(party).sort(byPlace) : [],
      };
    }),
  );
  const order = new Map(principles.map((p, i) => [p.id, i]));
  return {
    field: labelOf(field, o.lang),
    seekLabel: labelOf(option(block.zoekt_hulp) ?? { label: block.zoekt_hulp }, o.lang),
    offerLabel: labelOf(option(block.biedt_hulp) ?? { label: block.biedt_hulp }, o.lang),
    bestLabel: best ? labelOf(best, o.lang) : '',
    named: o.named,
    principles: principles.sort(
      (a, b) =>
        (b.seekerCount ?? 0) - (a.seekerCount ?? 0) ||
        (b.helperCount ?? 0) - (a.helperCount ?? 0) ||
        (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0),
    ),
  };
}

/** The contact for the exchange: per part, the first of the norm's front fields that is filled in. */
function contactOf(block: ExchangeBlock, submission: Submission): ExchangeContact {
  const first = (ids: readonly string[]) => ids.map((id) => submission.front[id]?.trim() ?? '').find((v) => v !== '') ?? null;
  return { name: first(block.contact.naam), email: first(block.contact.email) };
}

const byText = (a: string | null, b: string | null) => (a ?? '\uffff').localeCompare(b ?? '\uffff', 'nl');
const byPlace = (a: ExchangeParty, b: ExchangeParty) =>
  byText(a.riec, b.riec) || byText(a.name, b.name) || byText(a.code, b.code);

/**
 * The helpers for one seeker, those of its own RIEC first, then the others, each group by name.
 * `sameRiec` tells which is which.
 */
export function helpersFor(
  seeker: Pick<ExchangeParty, 'riec'>,
  helpers: readonly ExchangeParty[],
): Array<ExchangeParty & { sameRiec: boolean }> {
  const same = (h: ExchangeParty) => (h.riec ?? '–') === (seeker.riec ?? '–');
  return [
    ...helpers.filter(same).map((h) => ({ ...h, sameRiec: true })),
    ...helpers.filter((h) => !same(h)).map((h) => ({ ...h, sameRiec: false })),
  ];
}
