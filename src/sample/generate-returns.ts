import type { Lang } from '../base/lang.js';
import { labelOf } from '../norm/localise.js';
import type { Norm } from '../norm/norm-schema.js';
import type { Organisation, Registry } from '../norm/registry-schema.js';
import { meetmomentOptions } from '../norm/meetmoment.js';
import { validInYear } from '../norm/registry-time.js';
import { copyCheckedFields, meetmomentFieldId, planningFields, statusFieldId } from '../norm/field-roles.js';
import { isRequired } from '../checks/is-required.js';

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
const OWNERS = [
  'Team Openbare Orde en Veiligheid',
  'Afdeling Vergunningen',
  'HR',
  'Concernstaf',
  'Informatiebeveiliging',
  'Communicatie',
  'Team Handhaving',
];
const FIRST_NAMES = ['Anouk', 'Bram', 'Fatima', 'Jeroen', 'Lotte', 'Mohamed', 'Sanne', 'Thijs'];
const LAST_NAMES = ['de Vries', 'Jansen', 'El Amrani', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer'];

/** Every this-many-th return carries a typical mistake (the rest are clean). */
const MISTAKE_EVERY = 7;

/**
 * N synthetic, filled returns for registry organisations: statuses vary per organisation around
 * a maturity drawn from the seed; a few returns carry typical mistakes, and when there are more
 * returns than organisations, later ones are resubmissions (duplicates) of earlier ones.
 *
 * Everything comes from the norm: its scale (best first, n.v.t. when it has one), its answer
 * fields by type and role (the status, planned dates, the copy-checked explanation, choices), its
 * front fields by type, and its 'verplicht' rules, which every clean return meets.
 */
export function generateReturns(
  norm: Norm,
  registry: Registry,
  opts: { count: number; seed: number; meetmoment: string; lang: Lang },
): SampleReturn[] {
  const rnd = seededRandom(opts.seed);
  // Its own stream, so that a norm with an exchange field gets the same statuses as one without.
  const exchangeRnd = seededRandom(opts.seed ^ 0x5eed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const moment = meetmomentOptions(norm).find((o) => o.code === opts.meetmoment);
  const year = Number(/\d{4}/.exec(moment?.label ?? opts.meetmoment)?.[0] ?? '2026');
  // The municipalities and the province that exist in the meetmoment's year (werkorganisaties report for them).
  const orgs = registry.organisaties.filter((o) => o.soort !== 'werkorganisatie' && validInYear(o, year));
  const statusId = statusFieldId(norm);
  const planned = new Set(planningFields(norm).map((p) => p.field.id));
  const explanations = new Set(copyCheckedFields(norm).map((f) => f.id));
  const nvt = norm.schaal.find((o) => o.nvt);
  const scored = norm.schaal.filter((o) => !o.nvt);
  const best = scored[0];
  const rest = scored.slice(1);
  const exchangeField = norm.uitwisseling?.veld;
  // Maturity depends on the organisation and the year, not on the seed, so that samples for two
  // meetmomenten show progress for the same organisation; the seed varies the answers around it.
  const maturity = new Map(orgs.map((o) => [o.code, 0.2 + 0.55 * hash01(o.code) + 0.1 * Math.max(0, year - 2025)]));

  return Array.from({ length: opts.count }, (_, i) => {
    const org = orgs[i % orgs.length] as Organisation;
    const round = Math.floor(i / orgs.length);
    const level = Math.min(0.98, (maturity.get(org.code) ?? 0.5) + round * 0.03);
    const filledOn = isoDate(year, 3, Math.min(28, 1 + Math.floor(rnd() * 27) + round));
    const person = `${pick(FIRST_NAMES)} ${pick(LAST_NAMES)}`;
    const { front, frontCodes } = frontOf(norm, org, {
      filledOn,
      person,
      moment: moment ? labelOf(moment, opts.lang) : opts.meetmoment,
      momentCode: moment?.code ?? opts.meetmoment,
      lang: opts.lang,
    });
    const answers: SampleReturn['answers'] = {};
    for (const theme of norm.themas) {
      for (const p of theme.uitgangspunten) {
        const r = rnd();
        const status =
          nvt && r < 0.04
            ? nvt
            : r < level || rest.length === 0
              ? best
              : (rest[Math.min(rest.length - 1, Math.floor((((r - level) / (1 - level)) * rest.length) / 1.2))] ?? best);
        const done = status === best;
        const isNvt = status === nvt;
        const values: Record<string, string | null> = {};
        const codes: Record<string, string | null> = {};
        for (const field of norm.velden) {
          let value: string | null = null;
          let code: string | null = null;
          if (field.id === statusId) {
            value = status ? labelOf(status, opts.lang) : null;
            code = status?.code ?? null;
          } else if (field.id === exchangeField) {
            continue;
          } else if (field.type === 'tekst' && explanations.has(field.id)) {
            value = isNvt
              ? `${NOT_APPLICABLE} (${p.id})`
              : done
                ? rnd() < 0.3
                  ? `Vastgesteld en in gebruik (${p.id}).`
                  : null
                : `${pick(EXPLANATIONS)} (${p.id})`;
          } else if (field.type === 'tekst') {
            value = pick(OWNERS);
          } else if (field.type === 'datum' && planned.has(field.id)) {
            value =
              done || isNvt
                ? null
                : rnd() < 0.5
                  ? isoDate(year, 4 + Math.floor(rnd() * 9), 1 + Math.floor(rnd() * 28))
                  : isoDate(year + 1, 1 + Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 28));
          } else if (field.type === 'datum') {
            // A date that is no plan: some time in the year before.
            value = done ? isoDate(year - 1, 1 + Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 28)) : null;
          } else if (field.type === 'keuze' && field.rol === 'prioriteit') {
            const option = done || !field.opties?.length ? undefined : pick(field.opties);
            value = option ? labelOf(option, opts.lang) : null;
            code = option?.code ?? null;
          } else if (field.type === 'schaal') {
            const option = pick(scored);
            value = option ? labelOf(option, opts.lang) : null;
            code = option?.code ?? null;
          }
          values[field.id] = value;
          codes[field.id] = code ?? value;
        }
        // What a rule of the norm asks and the answers above left empty, filled in after all.
        for (const field of norm.velden) {
          if (field.id === exchangeField || values[field.id] !== null || !isRequired(field.verplicht, codes, frontCodes))
            continue;
          const filled = fillRequired(field, p.id, year, opts.lang);
          values[field.id] = filled.value;
          codes[field.id] = filled.code;
        }
        answers[p.id] = values;
      }
    }
    addExchange(norm, org, answers, front, exchangeRnd, opts.lang);
    const mistakes = i % MISTAKE_EVERY === MISTAKE_EVERY - 1 ? [addMistake(answers, front, norm, rnd, i)] : [];
    return {
      fileName: `${String(i + 1).padStart(4, '0')}-${slug(org.naam)}${round > 0 ? `-${round + 1}` : ''}.xlsx`,
      organisation: org.code,
      front,
      answers,
      mistakes,
    };
  });
}

/**
 * The front sheet by field type: the organisation, the person filling in (the first text field;
 * other text fields a role), an e-mail address, the date of filling in, the meetmoment, and the
 * first option of any other choice. Optional contact fields of the exchange are left to
 * addExchange.
 */
function frontOf(
  norm: Norm,
  org: Organisation,
  o: { filledOn: string; person: string; moment: string; momentCode: string; lang: Lang },
): { front: SampleReturn['front']; frontCodes: Record<string, string | null> } {
  const front: SampleReturn['front'] = {};
  const frontCodes: Record<string, string | null> = {};
  const contact = new Set([...(norm.uitwisseling?.contact.naam ?? []), ...(norm.uitwisseling?.contact.email ?? [])]);
  let firstText = true;
  let firstEmail = true;
  const momentId = meetmomentFieldId(norm);
  for (const field of norm.voorblad) {
    if (contact.has(field.id) && field.verplicht === false) continue;
    let value: string | null = null;
    let code: string | null = null;
    if (field.id === momentId) {
      value = o.moment;
      code = o.momentCode;
    } else if (field.type === 'organisatie') value = org.naam;
    else if (field.type === 'datum') value = o.filledOn;
    else if (field.type === 'email') {
      value = firstEmail ? `weerbaarheid@${slug(org.naam)}.nl` : null;
      firstEmail = false;
    } else if (field.type === 'tekst') {
      value = firstText ? o.person : 'Coördinator weerbaarheid';
      firstText = false;
    } else if (field.type === 'keuze') {
      const option = field.opties?.[0];
      value = option ? labelOf(option, o.lang) : null;
      code = option?.code ?? null;
    }
    front[field.id] = value;
    frontCodes[field.id] = code ?? value;
  }
  return { front, frontCodes };
}

/** A value for a field that a rule makes required and the generator left empty. */
function fillRequired(
  field: Norm['velden'][number],
  id: string,
  year: number,
  lang: Lang,
): { value: string | null; code: string | null } {
  switch (field.type) {
    case 'tekst':
      return { value: `${EXPLANATIONS[Math.floor(hash01(id) * EXPLANATIONS.length)] ?? ''} (${id})`, code: null };
    case 'datum':
      return { value: isoDate(year + 1, 6, 30), code: null };
    default: {
      const option = field.opties?.[0];
      return { value: option ? labelOf(option, lang) : null, code: option?.code ?? null };
    }
  }
}

/**
 * With the norm's uitwisseling: some organisations seek help on principles they lack, some with
 * the best status offer to share, so that a demo report shows matches. About a third name a
 * separate contact for it (the exchange's own contact fields, when the norm has them).
 */
function addExchange(
  norm: Norm,
  org: Organisation,
  answers: SampleReturn['answers'],
  front: SampleReturn['front'],
  rnd: () => number,
  lang: Lang,
): void {
  const x = norm.uitwisseling;
  const field = x && norm.velden.find((f) => f.id === x.veld);
  if (!x || !field) return;
  const option = (code: string) => field.opties?.find((o) => o.code === code);
  const seek = option(x.zoekt_hulp);
  const offer = option(x.biedt_hulp);
  const best = norm.schaal[0];
  const labels = new Map(norm.schaal.map((o) => [labelOf(o, lang), o]));
  const statusId = statusFieldId(norm);
  for (const a of Object.values(answers)) {
    const status = labels.get(a[statusId] ?? '');
    if (!status || status.nvt) continue;
    if (status === best && offer && rnd() < 0.3) a[x.veld] = labelOf(offer, lang);
    else if (status !== best && seek && rnd() < 0.25) a[x.veld] = labelOf(seek, lang);
  }
  const [name, email] = [x.contact.naam, x.contact.email].map((ids) => ids.find((id) => !(id in front)));
  if (rnd() < 0.35) {
    if (name)
      front[name] =
        `${FIRST_NAMES[Math.floor(rnd() * FIRST_NAMES.length)] ?? ''} ${LAST_NAMES[Math.floor(rnd() * LAST_NAMES.length)] ?? ''}`;
    if (email) front[email] = `leren-van-elkaar@${slug(org.naam)}.nl`;
  }
}

/** One of the mistakes that the validator must catch, in turn, on the norm's own fields. */
function addMistake(
  answers: SampleReturn['answers'],
  front: SampleReturn['front'],
  norm: Norm,
  rnd: () => number,
  i: number,
): string {
  const ids = Object.keys(answers);
  const id = ids[Math.floor(rnd() * ids.length)] ?? '';
  const a = answers[id] ?? {};
  const statusId = statusFieldId(norm);
  const scored = norm.schaal.filter((o) => !o.nvt);
  const best = scored[0];
  const worst = scored[scored.length - 1];
  const planned = new Set(planningFields(norm).map((p) => p.field.id));
  const ruled = (code: string | undefined) =>
    norm.velden.filter(
      (f) =>
        f.id !== statusId &&
        code !== undefined &&
        typeof f.verplicht === 'object' &&
        f.verplicht.wanneer.veld === statusId &&
        isRequired(f.verplicht, { [statusId]: code }),
    );
  const organisation = norm.voorblad.find((f) => f.type === 'organisatie');
  const email = norm.voorblad.find((f) => f.type === 'email');
  const missingStatus = () => {
    a[statusId] = null;
    return `STATUS_MISSING ${id}`;
  };
  switch (Math.floor(i / MISTAKE_EVERY) % 5) {
    case 0:
      return missingStatus();
    case 1: {
      // The lowest status, with the first field its rule asks left empty.
      const [first, ...others] = ruled(worst?.code);
      if (!worst || !first) return missingStatus();
      a[statusId] = worst.label;
      a[first.id] = null;
      for (const f of others) if (planned.has(f.id)) a[f.id] = '2027-06-30';
      return `REQUIRED_MISSING ${id}`;
    }
    case 2:
      if (!organisation) return missingStatus();
      front[organisation.id] = `${front[organisation.id] ?? ''}x`;
      return 'ORG_UNKNOWN';
    case 3: {
      if (!best) return missingStatus();
      a[statusId] = ` ${best.label.toLowerCase()} `;
      // What the best status does not need is left empty, as after a real change of status.
      const needed = new Set(ruled(best.code).map((f) => f.id));
      for (const f of norm.velden)
        if (f.id !== statusId && f.id !== norm.uitwisseling?.veld && typeof f.verplicht === 'object' && !needed.has(f.id))
          a[f.id] = null;
      return `VALUE_NORMALISED ${id}`;
    }
    default:
      if (!email) return missingStatus();
      front[email.id] = 'weerbaarheid at gemeente';
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
