import type { Organisation, Registry } from './registry-schema.js';

/**
 * The registry follows time: `geldig_vanaf` is the first day an organisation exists and
 * `geldig_tot` the first day it no longer does (both ISO dates, null for "open"). Whether an
 * organisation counts is always asked for a day or a year, never "today".
 */
export function validOn(org: Pick<Organisation, 'geldig_vanaf' | 'geldig_tot'>, day: string): boolean {
  return (org.geldig_vanaf === null || org.geldig_vanaf <= day) && (org.geldig_tot === null || day < org.geldig_tot);
}

/** Whether the organisation exists on at least one day of the calendar year. */
export function validInYear(org: Pick<Organisation, 'geldig_vanaf' | 'geldig_tot'>, year: number): boolean {
  const first = `${String(year).padStart(4, '0')}-01-01`;
  const next = `${String(year + 1).padStart(4, '0')}-01-01`;
  return (org.geldig_vanaf === null || org.geldig_vanaf < next) && (org.geldig_tot === null || org.geldig_tot > first);
}

/** The year a meetmoment is about, from its code or label ("voortgang-2026" → 2026); undefined when it names none. */
export function meetmomentYear(meetmoment: string | null | undefined): number | undefined {
  const m = /(?:^|\D)((?:19|20|21)\d\d)(?:\D|$)/.exec(meetmoment ?? '');
  return m ? Number(m[1]) : undefined;
}

/**
 * Whether an organisation may send a return with this datum and meetmoment: it existed on the
 * datum, or during the meetmoment's year (a late 2026 return of a municipality merged on
 * 1 January 2027 is still valid). With neither known, only the end date is looked at: an
 * organisation that has an end date cannot be placed in time, so it is not assumed to exist.
 */
export function validForReturn(org: Organisation, datum: string | null | undefined, meetmoment: string | null | undefined): boolean {
  const year = meetmomentYear(meetmoment);
  if (datum && validOn(org, datum)) return true;
  if (year !== undefined && validInYear(org, year)) return true;
  return !datum && year === undefined && org.geldig_tot === null;
}

/** The municipalities a werkorganisatie works for; a municipality stands for itself. */
export function membersOf(org: Organisation, registry: Registry): Organisation[] {
  if (org.soort !== 'werkorganisatie') return [org];
  const byCode = new Map(registry.organisaties.map((o) => [o.code, o]));
  return (org.leden ?? []).flatMap((code) => {
    const member = byCode.get(code);
    return member ? [member] : [];
  });
}

/** The werkorganisaties an organisation belongs to. */
export function werkorganisatiesOf(code: string, registry: Registry): Organisation[] {
  return registry.organisaties.filter((o) => o.soort === 'werkorganisatie' && (o.leden ?? []).includes(code));
}

/**
 * Follows `opvolger` links from a code to the organisation that carries its history on a given
 * day: Wijdemeren is Wijdemeren in 2026 and Hilversum from 1 January 2027.
 */
export function successorOn(code: string, registry: Registry, day: string): string {
  const byCode = new Map(registry.organisaties.map((o) => [o.code, o]));
  let current = code;
  for (let i = 0; i < 10; i++) {
    const org = byCode.get(current);
    if (!org?.opvolger || org.geldig_tot === null || day < org.geldig_tot) return current;
    current = org.opvolger;
  }
  return current;
}
