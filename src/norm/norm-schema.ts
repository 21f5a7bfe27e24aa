import { z } from 'zod';

/**
 * The norm format as a zod schema. YAML keys are Dutch because the people who keep the norm are
 * Dutch coordinators; docs/glossary.md maps them to the English words used in code.
 */

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'datum' });
const code = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { message: 'code' });
const fieldId = z.string().regex(/^[a-z][a-z0-9_]*$/, { message: 'veldnaam' });
const color = z.string().regex(/^[0-9A-Fa-f]{6}$/, { message: 'kleur' });

const ScaleOptionSchema = z
  .strictObject({
    code,
    label: z.string().min(1),
    label_en: z.string().min(1).optional(),
    score: z.number().min(0).max(1).optional(),
    nvt: z.boolean().optional(),
    betekenis: z.string().optional(),
    betekenis_en: z.string().optional(),
    kleur: color.optional(),
    synoniemen: z.array(z.string().min(1)).optional(),
  })
  .describe('Een antwoordoptie: een score van 0 tot 1, of nvt: true (telt niet mee).');

const ChoiceOptionSchema = z.strictObject({
  code,
  label: z.string().min(1),
  label_en: z.string().min(1).optional(),
  synoniemen: z.array(z.string().min(1)).optional(),
});

const ConditionSchema = z
  .strictObject({
    veld: fieldId,
    in: z.array(code).min(1).optional(),
    niet_in: z.array(code).min(1).optional(),
  })
  .describe('Voorwaarde op een ander veld: de waarde ligt in (of juist niet in) een lijst codes.');

const RequiredSchema = z.union([
  z.boolean(),
  z.strictObject({ wanneer: ConditionSchema }),
]);

const fieldBase = {
  id: fieldId,
  label: z.string().min(1),
  label_en: z.string().min(1).optional(),
  verplicht: RequiredSchema.default(false),
  uitleg: z.string().optional(),
  uitleg_en: z.string().optional(),
  /** Help for the person filling in (input hint, explanation column); not part of the fingerprint. */
  invulhulp: z.string().optional(),
  invulhulp_en: z.string().optional(),
};

const ResponseFieldSchema = z.strictObject({
  ...fieldBase,
  type: z.enum(['schaal', 'tekst', 'datum', 'keuze']),
  opties: z.array(ChoiceOptionSchema).min(1).optional(),
  /**
   * What the field means to the tool: `status` (the answer that is scored; default: the one field
   * of type schaal), `planning` (a planned date, compared with the front field `vergelijk_met`) or
   * `prioriteit` (a choice whose options, most urgent first, order the open points on the page
   * per organisation). Not part of the fingerprint.
   */
  rol: z.enum(['status', 'planning', 'prioriteit']).optional(),
  /** For `rol: planning`: the front-page date field the planned date must not lie before. */
  vergelijk_met: fieldId.optional(),
  /** A text field checked for the same text copied over many principles. Not part of the fingerprint. */
  kopie_controle: z.boolean().optional(),
});

const FrontFieldSchema = z.strictObject({
  ...fieldBase,
  type: z.enum(['organisatie', 'tekst', 'email', 'datum', 'keuze']),
  opties: z.array(ChoiceOptionSchema).min(1).optional(),
  /**
   * What the front field means to the tool: `invuldatum` (the date the return was filled in, of
   * type datum; default: the field with id `datum`) or `meetmoment` (the measurement round, of type
   * keuze or tekst; default: the field with id `meetmoment`). Not part of the fingerprint.
   */
  rol: z.enum(['invuldatum', 'meetmoment']).optional(),
});

const translation = z.strictObject({
  titel: z.string().optional(),
  tekst: z.string().optional(),
  toelichting: z.string().optional(),
});

/** Free-form ids: letters, digits, dots and dashes (`1.1`, `L1.1`, `A.3`, `2-b`). */
const freeId = /^[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?$/;
const principleId = z.string().regex(freeId, { message: 'uitgangspunt-id' });

const RemovedPrincipleSchema = z
  .strictObject({ id: principleId, reden: z.string().optional(), reden_en: z.string().optional() })
  .describe('Een uitgangspunt van de vorige versie dat vervalt, met de reden.');

const PrincipleSchema = z.strictObject({
  id: principleId,
  titel: z.string().min(1),
  tekst: z.string().min(1),
  toelichting: z.string().min(1),
  gewicht: z.number().positive().default(1),
  en: translation.optional(),
  /** Ids in the previous version (`vorige_versie`) that this principle continues; default: its own id, if it existed. */
  was: z.array(principleId).optional(),
  /** How the text changed since the previous version; without it a changed text counts as inhoudelijk. */
  wijziging: z.enum(['redactioneel', 'inhoudelijk']).optional(),
});

const ThemeSchema = z.strictObject({
  id: z.string().regex(freeId, { message: 'thema-id' }),
  naam: z.string().min(1),
  naam_en: z.string().optional(),
  uitgangspunten: z.array(PrincipleSchema),
});

/**
 * Onderlinge hulp: which answer field says "we seek help" or "we share our approach" per
 * principle, with which option codes, and which front fields hold the contact for it. The code
 * knows these roles only through this block; a norm without it has no exchange.
 */
const ExchangeSchema = z
  .strictObject({
    /** An answer field (`velden`, type keuze). */
    veld: fieldId,
    /** The option code of `veld` that means: this organisation seeks help on the principle. */
    zoekt_hulp: code,
    /** The option code of `veld` that means: this organisation gladly shares its approach. */
    biedt_hulp: code,
    /** Front fields for the contact, in order of preference: the first one filled in counts. */
    contact: z.strictObject({
      naam: z.array(fieldId).min(1),
      email: z.array(fieldId).min(1),
    }),
  })
  .describe('Onderlinge hulp: het antwoordveld en de opties voor hulp zoeken en aanpak delen, en de contactvelden op het voorblad.');

const BandSchema = z.strictObject({
  vanaf: z.number().min(0).max(100),
  label: z.string().min(1),
  label_en: z.string().optional(),
});

export const NormSchema = z
  .strictObject({
    formaat: z.literal(1),
    id: code,
    titel: z.string().min(1),
    titel_en: z.string().optional(),
    versie: z.string().regex(/^\d+\.\d+\.\d+$/, { message: 'versie' }),
    /** The version this one follows; it must be in the folder archief/ next to the norm file. */
    vorige_versie: z.string().regex(/^\d+\.\d+\.\d+$/, { message: 'versie' }).optional(),
    /** Principles of the previous version that no later principle continues. */
    vervallen: z.array(RemovedPrincipleSchema).optional(),
    status: z.enum(['werkversie', 'vastgesteld']),
    /** The registry of organisations for this norm, relative to the norm file. Not part of the fingerprint. */
    register: z.string().min(1).optional(),
    mededeling: z.string().optional(),
    mededeling_en: z.string().optional(),
    inleiding: z.string().optional(),
    inleiding_en: z.string().optional(),
    /** For the page per organisation: what the norm is and is not. Not in the template nor in the fingerprint. */
    context: z
      .strictObject({
        wat: z.string().min(1),
        wat_niet: z.string().min(1),
        wat_en: z.string().optional(),
        wat_niet_en: z.string().optional(),
      })
      .optional(),
    /** Fingerprints of earlier templates of this same version whose returns stay valid (see fingerprint-norm.ts). */
    aanvaarde_vingerafdrukken: z.array(z.string().regex(/^[0-9a-f]{64}$/, { message: 'sha256' })).optional(),
    inzenden: z
      .strictObject({
        uiterlijk: isoDate.optional(),
        aan: z.string().optional(),
        aan_en: z.string().optional(),
      })
      .optional(),
    schaal: z.array(ScaleOptionSchema).min(1),
    velden: z.array(ResponseFieldSchema).min(1),
    voorblad: z.array(FrontFieldSchema).min(1),
    /** Optional: who can help whom (issue of onderlinge hulp); see docs/norm-format.md. */
    uitwisseling: ExchangeSchema.optional(),
    scoring: z
      .strictObject({
        methode: z.enum(['gemiddelde-themas', 'gewogen-uitgangspunten']).default('gemiddelde-themas'),
        niveaus: z.array(BandSchema).min(1),
      }),
    themas: z.array(ThemeSchema).min(1),
  })
  .describe('Een norm voor weerbare overheid, als invoer voor weerbaar.');

export type Norm = z.output<typeof NormSchema>;
export type Theme = Norm['themas'][number];
export type Principle = Theme['uitgangspunten'][number];
export type ScaleOption = Norm['schaal'][number];
export type ResponseField = Norm['velden'][number];
export type FrontField = Norm['voorblad'][number];
export type Required = z.output<typeof RequiredSchema>;
export type Exchange = z.output<typeof ExchangeSchema>;
export type Band = Norm['scoring']['niveaus'][number];
