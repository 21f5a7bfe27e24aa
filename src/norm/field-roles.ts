import type { FrontField, Norm, ResponseField } from './norm-schema.js';

/**
 * What the answer fields of a norm mean to the tool. The code never knows a field by its id: the
 * norm says which field is the status (`rol: status`, or else its one field of type schaal),
 * which dates are planned dates (`rol: planning`, compared with a front field through
 * `vergelijk_met`) and which text fields are checked for copied text (`kopie_controle: true`).
 * On the front sheet the norm says which field is the date of filling in (`rol: invuldatum`, or
 * else the field with id `datum`) and which the meetmoment (`rol: meetmoment`, or else the field
 * with id `meetmoment`).
 */

/** A front-page role and the field id that has it when no field declares it. */
export const FRONT_ROLES = [
  { role: 'invuldatum', fallbackId: 'datum', types: ['datum'] },
  { role: 'meetmoment', fallbackId: 'meetmoment', types: ['keuze', 'tekst'] },
] as const;

export type FrontRole = (typeof FRONT_ROLES)[number]['role'];

/** The front field with a role: the one that declares it, else the one with the fallback id. */
export function frontRoleField(norm: Pick<Norm, 'voorblad'>, role: FrontRole): FrontField | undefined {
  const fallbackId = FRONT_ROLES.find((r) => r.role === role)?.fallbackId;
  return norm.voorblad.find((f) => f.rol === role) ?? norm.voorblad.find((f) => f.id === fallbackId && f.rol === undefined);
}

/** The id of the front field that holds the date of filling in; `norm check` makes sure there is one. */
export function fillDateFieldId(norm: Pick<Norm, 'voorblad'>): string {
  return frontRoleField(norm, 'invuldatum')?.id ?? 'datum';
}

/** The id of the front field that holds the meetmoment; `norm check` makes sure there is one. */
export function meetmomentFieldId(norm: Pick<Norm, 'voorblad'>): string {
  return frontRoleField(norm, 'meetmoment')?.id ?? 'meetmoment';
}

/** The date of filling in of a return's front record (an ISO date), read with the norm of that return. */
export function fillDateOf(norm: Pick<Norm, 'voorblad'>, front: Readonly<Record<string, string | null | undefined>> | undefined): string | null {
  return front?.[fillDateFieldId(norm)] ?? null;
}

/** The meetmoment of a return's front record (an option code or a text), read with the norm of that return. */
export function meetmomentOf(norm: Pick<Norm, 'voorblad'>, front: Readonly<Record<string, string | null | undefined>> | undefined): string | null {
  return front?.[meetmomentFieldId(norm)] ?? null;
}

/** The answer field that holds the scored status. */
function statusField(norm: Norm): ResponseField | undefined {
  return norm.velden.find((f) => f.rol === 'status') ?? norm.velden.find((f) => f.type === 'schaal');
}

/** The id of the answer field that holds the scored status; `norm check` makes sure there is one. */
export function statusFieldId(norm: Norm): string {
  return statusField(norm)?.id ?? norm.velden[0]?.id ?? '';
}

/** The status code of one answer (a record of field id → code). */
export function statusOf(norm: Norm, answer: Readonly<Record<string, string | null | undefined>> | undefined): string | null {
  return answer?.[statusFieldId(norm)] ?? null;
}

/** Planned-date fields, each with the front-page date field it must not lie before. */
export function planningFields(norm: Norm): Array<{ field: ResponseField; compareWith: string }> {
  return norm.velden.flatMap((field) => (field.rol === 'planning' && field.type === 'datum' && field.vergelijk_met ? [{ field, compareWith: field.vergelijk_met }] : []));
}

/** The choice field that orders open points (`rol: prioriteit`), if any. */
export function priorityField(norm: Norm): ResponseField | undefined {
  return norm.velden.find((f) => f.rol === 'prioriteit' && f.type === 'keuze');
}

/** The role of an answer field as the report carries it. */
export function roleOf(norm: Norm, field: ResponseField): 'status' | 'planning' | 'prioriteit' | null {
  if (field.id === statusFieldId(norm)) return 'status';
  if (field.rol === 'planning' || field.rol === 'prioriteit') return field.rol;
  return null;
}

/** Text fields whose same text over many principles looks like copy and paste. */
export function copyCheckedFields(norm: Norm): ResponseField[] {
  return norm.velden.filter((f) => f.kopie_controle === true && f.type === 'tekst');
}

/** The first copy-checked text field: the explanation that goes with a status in carried answers and notes. */
export function explanationFieldId(norm: Norm): string | undefined {
  return copyCheckedFields(norm)[0]?.id ?? norm.velden.find((f) => f.type === 'tekst')?.id;
}

/** Free text fields: blanked when a report is anonymised. */
export function isFreeText(field: ResponseField): boolean {
  return field.type === 'tekst';
}
