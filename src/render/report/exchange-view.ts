import { EXCHANGE_TEXT } from '../../i18n/exchange-text.js';
import { helpersFor } from '../../report/build-exchange.js';
import type { Exchange, ExchangeParty, ExchangePrinciple, OrganisationResult, Report } from '../../report/report-model.js';

/** Read-only views on report.exchange that the renderers share. */

/** One line per seeker: the principle, the seeker, and its helpers in its own RIEC and elsewhere. */
export interface ExchangeRow {
  principle: ExchangePrinciple;
  seeker: ExchangeParty;
  same: ExchangeParty[];
  elsewhere: ExchangeParty[];
}

/** The principles that someone sought help with, most sought after first (the order of the report). */
export function soughtPrinciples(exchange: Exchange): ExchangePrinciple[] {
  return exchange.principles.filter((p) => (p.seekerCount ?? 0) > 0);
}

/** Principles with helpers that nobody sought help with yet, in norm order. */
export function offeredOnly(exchange: Exchange): ExchangePrinciple[] {
  return exchange.principles
    .filter((p) => (p.seekerCount ?? 0) === 0 && (p.helperCount ?? 0) > 0)
    .sort((a, b) => a.id.localeCompare(b.id, 'nl', { numeric: true }));
}

export function exchangeRows(p: ExchangePrinciple): ExchangeRow[] {
  return p.seekers.map((seeker) => {
    const ordered = helpersFor(
      seeker,
      p.helpers.filter((h) => h.code !== seeker.code),
    );
    return { principle: p, seeker, same: ordered.filter((h) => h.sameRiec), elsewhere: ordered.filter((h) => !h.sameRiec) };
  });
}

/** "Anouk de Vries, weerbaarheid@hoorn.nl", or empty when the return gave no contact. */
export function contactText(party: ExchangeParty): string {
  return [party.contact.name, party.contact.email].filter((v): v is string => v !== null && v !== '').join(', ');
}

/** "Hoorn (Anouk de Vries, weerbaarheid@hoorn.nl)". */
export function partyText(party: ExchangeParty): string {
  const contact = contactText(party);
  return contact ? `${party.name} (${contact})` : party.name;
}

/**
 * For the page of one organisation: per open principle, the helpers in its own RIEC (never the
 * organisation itself), and whether it asked for help there itself.
 */
export function helpersInRegion(
  report: Report,
  org: OrganisationResult,
  openIds: readonly string[],
): Array<{ principle: ExchangePrinciple; helpers: ExchangeParty[]; asked: boolean }> {
  const exchange = report.exchange;
  if (!exchange || !exchange.named) return [];
  const open = new Set(openIds);
  return exchange.principles
    .filter((p) => open.has(p.id))
    .map((p) => ({
      principle: p,
      helpers: p.helpers.filter((h) => h.code !== org.code && (h.riec ?? '–') === (org.riec ?? '–')),
      asked: p.seekers.some((s) => s.code === org.code),
    }))
    .filter((x) => x.helpers.length > 0)
    .sort((a, b) => openIds.indexOf(a.principle.id) - openIds.indexOf(b.principle.id));
}

export const exchangeText = (report: Report) => EXCHANGE_TEXT[report.lang];
