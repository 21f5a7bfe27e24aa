import type { Finding } from '../findings/finding.js';
import { makeFinding } from '../findings/make-finding.js';
import { LIST_NAME_PREFIX, NAME_METADATA, NAME_PRINCIPLE_ID, NAME_PRINCIPLE_TEXT, NAME_REMAINING } from '../workbook/template-contract.js';
import type { Norm } from './norm-schema.js';
import { fold } from '../base/closest.js';
import { describeNormPath } from './describe-norm-path.js';
import { FRONT_ROLES } from './field-roles.js';

/** Front field ids that the template contract and the other stages rely on. The other fields are known by their roles. */
const REQUIRED_RESPONSE_FIELDS: readonly string[] = [];
const REQUIRED_FRONT_FIELDS = ['organisatie'] as const;

/**
 * Cross checks that a schema cannot express. Each finding carries `path` (dot-separated, into the
 * YAML) so that the caller can add line and column.
 */
export function checkNorm(norm: Norm): Finding[] {
  const findings: Finding[] = [];
  const at: At = (path, build) => findings.push({ ...build(path.join('.')), location: { context: describeNormPath(path, norm) } });

  const themeIds = new Set<string>();
  const principleIds = new Set<string>();
  norm.themas.forEach((theme, t) => {
    if (themeIds.has(theme.id)) at(['themas', t, 'id'], (path) => makeFinding('NORM_DUPLICATE_ID', { id: theme.id, path }));
    themeIds.add(theme.id);
    if (theme.uitgangspunten.length === 0) at(['themas', t], (path) => makeFinding('NORM_THEME_EMPTY', { theme: theme.id, path }));
    theme.uitgangspunten.forEach((principle, p) => {
      const idPath = ['themas', t, 'uitgangspunten', p, 'id'];
      if (principleIds.has(principle.id)) at(idPath, (path) => makeFinding('NORM_DUPLICATE_ID', { id: principle.id, path }));
      principleIds.add(principle.id);
      if (!belongsTo(principle.id, theme.id)) at(idPath, (path) => makeFinding('NORM_PRINCIPLE_OUTSIDE_THEME', { id: principle.id, theme: theme.id, path }));
    });
  });

  const scaleCodes = new Set<string>();
  norm.schaal.forEach((option, i) => {
    if (scaleCodes.has(option.code)) at(['schaal', i, 'code'], (path) => makeFinding('NORM_DUPLICATE_ID', { id: option.code, path }));
    scaleCodes.add(option.code);
    const hasScore = option.score !== undefined;
    if (hasScore === Boolean(option.nvt)) at(['schaal', i], (path) => makeFinding('NORM_OPTION_SCORE', { option: option.code, path }));
  });
  if (!norm.schaal.some((o) => o.score !== undefined && !o.nvt)) at(['schaal'], (path) => makeFinding('NORM_NO_SCORING_OPTION', { path }));
  const first = norm.schaal[0];
  if (first && (first.nvt || norm.schaal.some((o) => (o.score ?? -1) > (first.score ?? -1)))) {
    at(['schaal', 0], (path) => makeFinding('NORM_OPTION_SCORE', { option: first.code, first: 'ja', path }));
  }

  checkSynonyms(norm.schaal, ['schaal'], at);
  for (const [key, fields] of [['velden', norm.velden], ['voorblad', norm.voorblad]] as const) {
    fields.forEach((f, i) => f.opties && checkSynonyms(f.opties, [key, i, 'opties'], at));
  }

  checkFields(norm.velden, 'velden', REQUIRED_RESPONSE_FIELDS, at, scaleCodes, norm.voorblad);
  checkFields(norm.voorblad, 'voorblad', REQUIRED_FRONT_FIELDS, at, scaleCodes);
  checkRoles(norm, at);
  checkFrontRoles(norm, at);

  checkFieldIds(norm, at);
  checkExchange(norm, at);

  const bands = norm.scoring.niveaus;
  const ascending = bands.every((b, i) => i === 0 || b.vanaf > (bands[i - 1]?.vanaf ?? 0));
  if (!ascending || bands[0]?.vanaf !== 0) at(['scoring', 'niveaus'], (path) => makeFinding('NORM_BANDS', { path }));
  return findings;
}

/**
 * Field ids become workbook-wide defined names: they must not clash with each other (front and
 * answer fields share one namespace), with the template's own names, or look like cell addresses.
 */
function checkFieldIds(norm: Norm, at: At): void {
  const seen = new Set<string>();
  for (const [key, fields] of [['velden', norm.velden], ['voorblad', norm.voorblad]] as const) {
    fields.forEach((field, i) => {
      const id = field.id;
      const reserved = id === NAME_PRINCIPLE_ID || id === NAME_PRINCIPLE_TEXT || id === NAME_METADATA || id === NAME_REMAINING || id.startsWith(LIST_NAME_PREFIX);
      if (reserved || (seen.has(id) && key === 'voorblad')) at([key, i, 'id'], (path) => makeFinding('NORM_FIELD_ID', { id, reason: 'reserved', path }));
      else if (/^[a-z]{1,3}\d+$/.test(id) || id === 'r' || id === 'c') at([key, i, 'id'], (path) => makeFinding('NORM_FIELD_ID', { id, reason: 'address', path }));
      seen.add(id);
    });
  }
}

/**
 * The `uitwisseling` block names its roles by id: the answer field (a keuze field under velden),
 * its two option codes (different), and the contact fields on the front sheet (text and e-mail).
 */
function checkExchange(norm: Norm, at: At): void {
  const x = norm.uitwisseling;
  if (!x) return;
  const field = norm.velden.find((f) => f.id === x.veld);
  if (!field) at(['uitwisseling', 'veld'], (path) => makeFinding('NORM_EXCHANGE_REF', { key: 'veld', ref: x.veld, reason: 'missing', list: 'velden', path }));
  else if (field.type !== 'keuze') at(['uitwisseling', 'veld'], (path) => makeFinding('NORM_EXCHANGE_REF', { key: 'veld', ref: x.veld, reason: 'type', type: 'keuze', path }));
  else {
    const codes = new Set((field.opties ?? []).map((o) => o.code));
    for (const key of ['zoekt_hulp', 'biedt_hulp'] as const) {
      if (!codes.has(x[key])) at(['uitwisseling', key], (path) => makeFinding('NORM_EXCHANGE_REF', { key, ref: x[key], reason: 'code', field: x.veld, path }));
    }
  }
  if (x.zoekt_hulp === x.biedt_hulp) at(['uitwisseling', 'biedt_hulp'], (path) => makeFinding('NORM_EXCHANGE_REF', { key: 'biedt_hulp', ref: x.biedt_hulp, reason: 'same', path }));
  for (const [key, type] of [['naam', 'tekst'], ['email', 'email']] as const) {
    x.contact[key].forEach((id, i) => {
      const front = norm.voorblad.find((f) => f.id === id);
      const k = `contact.${key}`;
      if (!front) at(['uitwisseling', 'contact', key, i], (path) => makeFinding('NORM_EXCHANGE_REF', { key: k, ref: id, reason: 'missing', list: 'voorblad', path }));
      else if (front.type !== type) at(['uitwisseling', 'contact', key, i], (path) => makeFinding('NORM_EXCHANGE_REF', { key: k, ref: id, reason: 'type', type, path }));
    });
  }
}

/** `L1.1` belongs to theme `L1`, `2-b` to theme `2`: the theme id, then a dot or a dash. */
function belongsTo(principleId: string, themeId: string): boolean {
  const next = principleId.charAt(themeId.length);
  return principleId.startsWith(themeId) && (next === '.' || next === '-');
}

/**
 * Field roles: exactly one status field of type schaal (`rol: status`, or the one schaal field),
 * planned dates (`rol: planning`) of type datum that name a front date field (`vergelijk_met`),
 * and the copy check (`kopie_controle`) only on text fields.
 */
function checkRoles(norm: Norm, at: At): void {
  const declared = norm.velden.filter((f) => f.rol === 'status');
  const scales = norm.velden.filter((f) => f.type === 'schaal');
  if (declared.length > 1) {
    const second = declared[1];
    if (second) at(['velden', norm.velden.indexOf(second), 'rol'], (path) => makeFinding('NORM_FIELD_ROLE', { field: second.id, role: 'status', reason: 'double', path }));
  } else if (declared.length === 0 && scales.length !== 1) {
    at(['velden'], (path) => makeFinding('NORM_FIELD_ROLE', { field: scales[1]?.id ?? '', role: 'status', reason: scales.length === 0 ? 'missing' : 'double', path }));
  }
  norm.velden.forEach((f, i) => {
    if (f.rol === 'status' && f.type !== 'schaal') at(['velden', i, 'type'], (path) => makeFinding('NORM_FIELD_ROLE', { field: f.id, role: 'status', reason: 'type', type: 'schaal', path }));
    if (f.rol === 'planning') {
      if (f.type !== 'datum') at(['velden', i, 'type'], (path) => makeFinding('NORM_FIELD_ROLE', { field: f.id, role: 'planning', reason: 'type', type: 'datum', path }));
      const front = f.vergelijk_met === undefined ? undefined : norm.voorblad.find((x) => x.id === f.vergelijk_met);
      if (!front || front.type !== 'datum') at(['velden', i, f.vergelijk_met === undefined ? 'rol' : 'vergelijk_met'], (path) => makeFinding('NORM_FIELD_ROLE', { field: f.id, role: 'planning', reason: 'compare', ref: f.vergelijk_met ?? '', path }));
    } else if (f.vergelijk_met !== undefined) {
      at(['velden', i, 'vergelijk_met'], (path) => makeFinding('NORM_FIELD_ROLE', { field: f.id, role: 'planning', reason: 'compare', ref: f.vergelijk_met ?? '', path }));
    }
    if (f.kopie_controle && f.type !== 'tekst') at(['velden', i, 'kopie_controle'], (path) => makeFinding('NORM_FIELD_ROLE', { field: f.id, role: 'kopie_controle', reason: 'type', type: 'tekst', path }));
  });
}

/**
 * Front roles: exactly one date of filling in (`rol: invuldatum`, or else the field with id
 * `datum`) of type datum, and exactly one meetmoment (`rol: meetmoment`, or else the field with id
 * `meetmoment`) of type keuze or tekst.
 */
function checkFrontRoles(norm: Norm, at: At): void {
  for (const { role, fallbackId, types } of FRONT_ROLES) {
    const declared = norm.voorblad.filter((f) => f.rol === role);
    const second = declared[1];
    if (second) {
      at(['voorblad', norm.voorblad.indexOf(second), 'rol'], (path) => makeFinding('NORM_FIELD_ROLE', { field: second.id, role, reason: 'double', path }));
      continue;
    }
    const field = declared[0] ?? norm.voorblad.find((f) => f.id === fallbackId && f.rol === undefined);
    if (!field) {
      at(['voorblad'], (path) => makeFinding('NORM_FIELD_ROLE', { field: fallbackId, role, reason: 'missing', path }));
      continue;
    }
    const type = types.join('|');
    if (!(types as readonly string[]).includes(field.type)) at(['voorblad', norm.voorblad.indexOf(field), 'type'], (path) => makeFinding('NORM_FIELD_ROLE', { field: field.id, role, reason: 'type', type, path }));
  }
}

/** Records the finding that `build` makes for the dot-separated `path`, with its context. */
type At = (path: Array<string | number>, build: (path: string) => Finding) => void;

function checkFields(
  fields: Norm['velden'] | Norm['voorblad'],
  key: 'velden' | 'voorblad',
  required: readonly string[],
  at: At,
  scaleCodes: Set<string>,
  /** For answer fields: the front fields, which a rule may also look at. */
  front: Norm['voorblad'] = [],
): void {
  const byId = new Map<string, (typeof fields)[number]>();
  fields.forEach((field, i) => {
    if (byId.has(field.id)) at([key, i, 'id'], (path) => makeFinding('NORM_DUPLICATE_ID', { id: field.id, path }));
    byId.set(field.id, field);
    if (field.type === 'keuze' && !field.opties) at([key, i], (path) => makeFinding('NORM_OPTIONS_MISSING', { field: field.id, path }));
  });
  for (const id of required) if (!byId.has(id)) at([key], (path) => makeFinding('NORM_FIELD_REQUIRED', { field: id, path }));
  fields.forEach((field, i) => {
    if (typeof field.verplicht !== 'object') return;
    const cond = field.verplicht.wanneer;
    const target = byId.get(cond.veld) ?? front.find((f) => f.id === cond.veld);
    if (!target) {
      at([key, i, 'verplicht', 'wanneer', 'veld'], (path) => makeFinding('NORM_RULE_UNKNOWN_FIELD', { field: field.id, ref: cond.veld, path }));
      return;
    }
    const known = target.type === 'schaal' ? scaleCodes : new Set((target.opties ?? []).map((o) => o.code));
    for (const c of [...(cond.in ?? []), ...(cond.niet_in ?? [])]) {
      if (!known.has(c)) at([key, i, 'verplicht', 'wanneer'], (path) => makeFinding('NORM_RULE_UNKNOWN_CODE', { field: field.id, ref: cond.veld, value: c, path }));
    }
  });
}

/** A synonym reads a typed value as an option: it must not also be (the label or code of) another option, or two options' synonym. */
function checkSynonyms(options: ReadonlyArray<{ code: string; label: string; label_en?: string | undefined; synoniemen?: string[] | undefined }>, path: Array<string | number>, at: At): void {
  const owner = new Map<string, string>();
  for (const o of options) for (const name of [o.code, o.label, o.label_en ?? '']) if (name !== '') owner.set(fold(name), o.code);
  options.forEach((o, i) => {
    for (const synonym of o.synoniemen ?? []) {
      const taken = owner.get(fold(synonym));
      if (taken !== undefined && taken !== o.code) at([...path, i, 'synoniemen'], (p) => makeFinding('NORM_DUPLICATE_ID', { id: synonym, path: p }));
      owner.set(fold(synonym), o.code);
    }
  });
}
