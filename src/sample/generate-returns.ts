import type { Lang } from '../base/lang.js';
import { labelOf } from '../norm/localise.js';
import type { Norm } from '../norm/norm-schema.js';
import type { Organisation, Registry } from '../norm/registry-schema.js';
import { meetmomentOptions } from '../norm/meetmoment.js';
import { validInYear } from '../norm/registry-time.js';

/** One synthetic return: what a municipality would have typed, as display values. */
export interface SampleReturn {
  fileName: string;
  organisation: string;
  /** Front-matter field id → value (dates as ISO strings). */
  front: Record<string, string | null>;
  /** Principle id → field id → value (labels as picked from the dropdowns, dates as ISO). */
  answers: Record<string, Record<string, string | null>>;
  /** Typical mistakes put in on purpose (empty for a clean return). */
  mistakes: string[];
}

/** mulberry32: a small seeded generator, so that the same seed gives the same samples everywhere. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const EXPLANATIONS = [
  'Het beleid is in concept klaar en gaat in het voorjaar naar het college.',
  'Eerste stappen gezet; capaciteit is nog niet structureel geregeld.',
  'Dit ontbreekt nog. We pakken het op samen met het RIEC.',
  'Onderdeel van het uitvoeringsplan; de afdeling werkt aan een voorstel.',
  'Er is een pilot gestart bij Vergunningen; uitbreiding volgt na evaluatie.',
  'Nog niet belegd; de portefeuillehouder is geïnformeerd.',
  'Gedeeltelijk geregeld via de regionale afspraken; lokale uitwerking volgt.',
  'Wordt meegenomen in de herziening van het integriteitsbeleid.',
];
const NOT_APPLICABLE = 'Deze taak ligt bij een gemeenschappelijke regeling, niet bij onze organisatie.';
const OWNERS = ['Team Openbare Orde en Veiligheid', 'Afdeling Vergunningen', 'HR', 'Concernstaf', 'Informatiebeveiliging', 'Communicatie', 'Team Handhaving'];
const FIRST_NAMES = ['Anouk', 'Bram', 'Fatima', 'Jeroen', 'Lotte', 'Mohamed', 'Sanne', 'Thijs'];
const LAST_NAMES = ['de Vries', 'Jansen', 'El Amrani', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer'];

/** Every this-many-th return carries a typical mistake (the rest are clean). */
const MISTAKE_EVERY = 7;

/**
 * N synthetic, filled returns for registry organisations: statuses vary per organisation around
 * a maturity drawn from the seed; a few returns carry typical mistakes, and when there are more
 * returns than organisations, later ones are resubmissions (duplicates) of earlier ones.
 */
export function generateReturns(norm: Norm, registry: Registry, opts: { count: number; seed: number; meetmoment: string; lang: Lang }): SampleReturn[] {
  const rnd = seededRandom(opts.seed);
  // Its own stream, so that a norm with an exchange field gets the same statuses as one without.
  const exchangeRnd = seededRandom(opts.seed ^ 0x5eed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const moment = meetmomentOptions(norm).find((o) => o.code === opts.meetmoment);
  const year = Number(/\d{4}/.exec(moment?.label ?? '')?.[0] ?? '2026');
  // The municipalities and the province that exist in the meetmoment's year (werkorganisaties report for them).
  const orgs = registry.organisaties.filter((o) => o.soort !== 'werkorganisatie' && validInYear(o, year));
  const label = (code: string) => {
    const o = norm.schaal.find((x) => x.code === code);
    return o ? labelOf(o, opts.lang) : code;
  };
  const priorities = norm.velden.find((f) => f.id === 'prioriteit')?.opties ?? [];
  // Maturity depends on the organisation and the year, not on the seed, so that samples for two
  // meetmomenten show progress for the same organisation; the seed varies the answers around it.
  const maturity = new Map(orgs.map((o) => [o.code, 0.2 + 0.55 * hash01(o.code) + 0.1 * Math.max(0, year - 2025)]));

  return Array.from({ length: opts.count }, (_, i) => {
    const org = orgs[i % orgs.length] as Organisation;
    const round = Math.floor(i / orgs.length);
    const level = Math.min(0.98, (maturity.get(org.code) ?? 0.5) + round * 0.03);
    const filledOn = isoDate(year, 3, Math.min(28, 1 + Math.floor(rnd() * 27) + round));
    const person = `${pick(FIRST_NAMES)} ${pick(LAST_NAMES)}`;
    const front: Record<string, string | null> = {
      organisatie: org.naam,
      invuller: person,
      functie: 'Coördinator weerbaarheid',
      email: `weerbaarheid@${slug(org.naam)}.nl`,
      datum: filledOn,
      meetmoment: moment ? labelOf(moment, opts.lang) : opts.meetmoment,
    };
    const answers: SampleReturn['answers'] = {};
    for (const theme of norm.themas) {
      for (const p of theme.uitgangspunten) {
        const r = rnd();
        const status = r < 0.04 ? 'nvt' : r < level ? 'uitgevoerd' : r < level + (1 - level) * 0.6 ? 'in-ontwikkeling' : 'ontbreekt';
        const done = status === 'uitgevoerd';
        answers[p.id] = {
          status: label(status),
          toelichting: status === 'nvt' ? `${NOT_APPLICABLE} (${p.id})` : done ? (rnd() < 0.3 ? `Vastgesteld en in gebruik (${p.id}).` : null) : `${pick(EXPLANATIONS)} (${p.id})`,
          eigenaar: pick(OWNERS),
          planning: done || status === 'nvt' ? null : rnd() < 0.5 ? isoDate(year, 4 + Math.floor(rnd() * 9), 1 + Math.floor(rnd() * 28)) : isoDate(year + 1, 1 + Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 28)),
          prioriteit: done ? null : priorities.length ? labelOf(pick(priorities), opts.lang) : null,
        };
      }
    }
    addExchange(norm, org, answers, front, exchangeRnd, opts.lang);
    const mistakes = i % MISTAKE_EVERY === MISTAKE_EVERY - 1 ? [addMistake(answers, front, norm, rnd, i)] : [];
    return { fileName: `${String(i + 1).padStart(4, '0')}-${slug(org.naam)}${round > 0 ? `-${round + 1}` : ''}.xlsx`, organisation: org.code, front, answers, mistakes };
  });
}

/**
 * With the norm's uitwisseling: some organisations seek help on principles they lack, some with
 * the best status offer to share, so that a demo report shows matches. About a third name a
 * separate contact for it (the exchange's own contact fields, when the norm has them).
 */
function addExchange(norm: Norm, org: Organisation, answers: SampleReturn['answers'], front: SampleReturn['front'], rnd: () => number, lang: Lang): void {
  const x = norm.uitwisseling;
  const field = x && norm.velden.find((f) => f.id === x.veld);
  if (!x || !field) return;
  const option = (code: string) => field.opties?.find((o) => o.code === code);
  const seek = option(x.zoekt_hulp);
  const offer = option(x.biedt_hulp);
  const best = norm.schaal[0];
  const labels = new Map(norm.schaal.map((o) => [labelOf(o, lang), o]));
  for (const a of Object.values(answers)) {
    const status = labels.get(a.status ?? '');
    if (!status || status.nvt) continue;
    if (status === best && offer && rnd() < 0.3) a[x.veld] = labelOf(offer, lang);
    else if (status !== best && seek && rnd() < 0.25) a[x.veld] = labelOf(seek, lang);
  }
  const [name, email] = [x.contact.naam, x.contact.email].map((ids) => ids.find((id) => !(id in front)));
  if (rnd() < 0.35) {
    if (name) front[name] = `${FIRST_NAMES[Math.floor(rnd() * FIRST_NAMES.length)] ?? ''} ${LAST_NAMES[Math.floor(rnd() * LAST_NAMES.length)] ?? ''}`;
    if (email) front[email] = `leren-van-elkaar@${slug(org.naam)}.nl`;
  }
}

/** One of the mistakes that the validator must catch, in turn. */
function addMistake(answers: SampleReturn['answers'], front: SampleReturn['front'], norm: Norm, rnd: () => number, i: number): string {
  const ids = Object.keys(answers);
  const id = ids[Math.floor(rnd() * ids.length)] ?? '1.1';
  const a = answers[id] ?? {};
  switch (Math.floor(i / MISTAKE_EVERY) % 5) {
    case 0:
      a.status = null;
      return `STATUS_MISSING ${id}`;
    case 1:
      a.status = norm.schaal[2]?.label ?? 'Ontbreekt';
      a.toelichting = null;
      a.planning = '2027-06-30';
      return `REQUIRED_MISSING ${id}`;
    case 2:
      front.organisatie = `${front.organisatie ?? ''}x`;
      return 'ORG_UNKNOWN';
    case 3:
      a.status = ` ${(norm.schaal[0]?.label ?? 'Uitgevoerd').toLowerCase()} `;
      a.toelichting = null;
      a.planning = null;
      return `VALUE_NORMALISED ${id}`;
    default:
      front.email = 'weerbaarheid at gemeente';
      return 'EMAIL_INVALID';
  }
}

/** A number in [0, 1) from a text, stable across runs and platforms. */
function hash01(text: string): number {
  let h = 2166136261;
  for (const ch of text) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  return h / 4294967296;
}

function isoDate(y: number, m: number, d: number): string {
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function slug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
