import type { Finding } from '../findings/finding.js';
import { makeFinding } from '../findings/make-finding.js';
import { LIST_NAME_PREFIX, NAME_METADATA, NAME_PRINCIPLE_ID, NAME_PRINCIPLE_TEXT, NAME_REMAINING } from '../template/template-contract.js';
import type { Norm } from './norm-schema.js';
import { describeNormPath } from './describe-norm-path.js';

/** Field ids that the template contract and the other stages rely on. */
const REQUIRED_RESPONSE_FIELDS = ['status'] as const;
const REQUIRED_FRONT_FIELDS = ['organisatie', 'datum', 'meetmoment'] as const;

/**
 * Cross checks that a schema cannot express. Each finding carries `path` (dot-separated, into the
 * YAML) so that the caller can add line and column.
 */
export function checkNorm(norm: Norm): Finding[] {
  const findings: Finding[] = [];
  const at = (path: Array<string | number>, code: Parameters<typeof makeFinding>[0], args: Record<string, string | number> = {}) =>
    findings.push(makeFinding(code, { ...args, path: path.join('.') }, { context: describeNormPath(path, norm) }));

  const themeIds = new Set<string>();
  const principleIds = new Set<string>();
  norm.themas.forEach((theme, t) => {
    if (themeIds.has(theme.id)) at(['themas', t, 'id'], 'NORM_DUPLICATE_ID', { id: theme.id });
    themeIds.add(theme.id);
    if (theme.uitgangspunten.length === 0) at(['themas', t], 'NORM_THEME_EMPTY', { theme: theme.id });
    theme.uitgangspunten.forEach((principle, p) => {
      const path = ['themas', t, 'uitgangspunten', p, 'id'];
      if (principleIds.has(principle.id)) at(path, 'NORM_DUPLICATE_ID', { id: principle.id });
      principleIds.add(principle.id);
      if (principle.id.split('.')[0] !== theme.id) at(path, 'NORM_PRINCIPLE_OUTSIDE_THEME', { id: principle.id, theme: theme.id });
    });
  });

  const scaleCodes = new Set<string>();
  norm.schaal.forEach((option, i) => {
    if (scaleCodes.has(option.code)) at(['schaal', i, 'code'], 'NORM_DUPLICATE_ID', { id: option.code });
    scaleCodes.add(option.code);
    const hasScore = option.score !== undefined;
    if (hasScore === Boolean(option.nvt)) at(['schaal', i], 'NORM_OPTION_SCORE', { option: option.code });
  });
  if (!norm.schaal.some((o) => o.score !== undefined && !o.nvt)) at(['schaal'], 'NORM_NO_SCORING_OPTION');
  const first = norm.schaal[0];
  if (first && (first.nvt || norm.schaal.some((o) => (o.score ?? -1) > (first.score ?? -1)))) {
    at(['schaal', 0], 'NORM_OPTION_SCORE', { option: first.code, first: 'ja' });
  }

  checkFields(norm.velden, 'velden', REQUIRED_RESPONSE_FIELDS, at, scaleCodes);
  checkFields(norm.voorblad, 'voorblad', REQUIRED_FRONT_FIELDS, at, scaleCodes);
  const status = norm.velden.find((f) => f.id === 'status');
  if (status && status.type !== 'schaal') at(['velden', norm.velden.indexOf(status), 'type'], 'NORM_FIELD_REQUIRED', { field: 'status', type: 'schaal' });

  checkFieldIds(norm, at);

  const bands = norm.scoring.niveaus;
  const ascending = bands.every((b, i) => i === 0 || b.vanaf > (bands[i - 1]?.vanaf ?? 0));
  if (!ascending || bands[0]?.vanaf !== 0) at(['scoring', 'niveaus'], 'NORM_BANDS');
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
      if (reserved || (seen.has(id) && key === 'voorblad')) at([key, i, 'id'], 'NORM_FIELD_ID', { id, reason: 'reserved' });
      else if (/^[a-z]{1,3}\d+$/.test(id) || id === 'r' || id === 'c') at([key, i, 'id'], 'NORM_FIELD_ID', { id, reason: 'address' });
      seen.add(id);
    });
  }
}

type At = (path: Array<string | number>, code: Parameters<typeof makeFinding>[0], args?: Record<string, string | number>) => void;

function checkFields(
  fields: Norm['velden'] | Norm['voorblad'],
  key: 'velden' | 'voorblad',
  required: readonly string[],
  at: At,
  scaleCodes: Set<string>,
): void {
  const byId = new Map<string, (typeof fields)[number]>();
  fields.forEach((field, i) => {
    if (byId.has(field.id)) at([key, i, 'id'], 'NORM_DUPLICATE_ID', { id: field.id });
    byId.set(field.id, field);
    if (field.type === 'keuze' && !field.opties) at([key, i], 'NORM_OPTIONS_MISSING', { field: field.id });
  });
  for (const id of required) if (!byId.has(id)) at([key], 'NORM_FIELD_REQUIRED', { field: id });
  fields.forEach((field, i) => {
    if (typeof field.verplicht !== 'object') return;
    const cond = field.verplicht.wanneer;
    const target = byId.get(cond.veld);
    if (!target) {
      at([key, i, 'verplicht', 'wanneer', 'veld'], 'NORM_RULE_UNKNOWN_FIELD', { field: field.id, ref: cond.veld });
      return;
    }
    const known = target.type === 'schaal' ? scaleCodes : new Set((target.opties ?? []).map((o) => o.code));
    for (const c of [...(cond.in ?? []), ...(cond.niet_in ?? [])]) {
      if (!known.has(c)) at([key, i, 'verplicht', 'wanneer'], 'NORM_RULE_UNKNOWN_CODE', { field: field.id, ref: cond.veld, value: c });
    }
  });
}
