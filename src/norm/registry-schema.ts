import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'datum' });

const OrganisationSchema = z.strictObject({
  code: z.string().regex(/^(GM\d{4}|PV\d{2}|[A-Z]{2}[0-9A-Z]{2,8})$/, { message: 'organisatiecode' }),
  naam: z.string().min(1),
  soort: z.enum(['gemeente', 'provincie', 'werkorganisatie', 'overig']),
  veiligheidsregio: z.string().nullable().default(null),
  veiligheidsregio_code: z.string().nullable().default(null),
  riec: z.string().nullable().default(null),
  geldig_vanaf: isoDate.nullable().default(null),
  geldig_tot: isoDate.nullable().default(null),
  opvolger: z.string().optional(),
  /** For a werkorganisatie: the codes of the municipalities it works for. */
  leden: z.array(z.string()).min(2).optional(),
  /** Population on the registry's `grootteklassen.peildatum` (for a former municipality: its last 1 January). */
  inwoners: z.number().int().positive().optional(),
});

const SizeClassSchema = z.strictObject({
  id: z.string().min(1),
  /** Upper bound, exclusive; absent for the last, open class. */
  tot: z.number().int().positive().optional(),
  label: z.string().min(1),
  label_en: z.string().optional(),
});

const SizeClassesSchema = z.strictObject({
  /** The date the `inwoners` figures refer to (1 January of a year). */
  peildatum: isoDate,
  /** Where the figures come from, e.g. CBS StatLine. */
  bron: z.string().min(1),
  /** Ascending by `tot`; the last one has no `tot`. */
  klassen: z.array(SizeClassSchema).min(1),
});

export const RegistrySchema = z
  .strictObject({
    formaat: z.literal(1),
    organisaties: z.array(OrganisationSchema).min(1),
    grootteklassen: SizeClassesSchema.optional(),
  })
  .describe('Het register van organisaties die een implementatieoverzicht invullen.');

export type Organisation = z.output<typeof OrganisationSchema>;
export type Registry = z.output<typeof RegistrySchema>;
export type SizeClass = z.output<typeof SizeClassSchema>;
