import { s, type Catalogue } from './catalogue.js';

function schemaProblem(problem: string, key: string): string {
  const [kind, detail = ''] = problem.split(/:(.*)/s);
  switch (kind) {
    case 'ontbreekt':
      return `'${key}' is missing; fill it in`;
    case 'type':
      return `'${key}' has the wrong type; expected: ${detail}`;
    case 'onbekend':
      return `unknown field '${detail}'; check the spelling or remove it`;
    case 'te-klein':
      return `'${key}' is too short or too small (at least ${detail})`;
    case 'te-groot':
      return `'${key}' is too long or too large (at most ${detail})`;
    case 'waarde':
      return `'${key}' must be one of: ${detail.split('|').join(', ')}`;
    default:
      return `'${key}' does not have the right form (${formEn(detail)})`;
  }
}

function formEn(f: string): string {
  return (
    ({
      datum: 'expected a date such as 2026-04-01',
      code: 'lower-case letters, digits and hyphens only',
      veldnaam: 'lower-case letters, digits and _ only',
      kleur: 'expected a colour such as C6EFCE',
      'uitgangspunt-id': 'expected an id such as 3.2',
      'thema-id': 'expected a theme number such as 3',
      versie: 'expected a version such as 1.0.0',
      organisatiecode: 'expected a CBS code such as GM0363 or PV27',
    } as Record<string, string>)[f] ?? f
  );
}

export const messagesEn: Catalogue = {
  NORM_READ_FAILED: (a) => `The file cannot be read (${s(a.detail)}). Check the path.`,
  NORM_YAML_SYNTAX: (a) => `This is not valid YAML: ${s(a.detail)}. Check indentation, colons and quotes.`,
  NORM_SCHEMA: (a) => `${schemaProblem(s(a.problem), s(a.key))}.`,
  NORM_DUPLICATE_ID: (a) => `id '${s(a.id)}' occurs twice. Give every item its own id.`,
  NORM_THEME_EMPTY: (a) => `theme ${s(a.theme)} has no principles. Add them or remove the theme.`,
  NORM_PRINCIPLE_OUTSIDE_THEME: (a) => `principle ${s(a.id)} does not belong to theme ${s(a.theme)}. An id starts with its theme number, such as ${s(a.theme)}.1.`,
  NORM_NO_SCORING_OPTION: () => `the scale has no option with a score. Give at least one option a score from 0 to 1.`,
  NORM_OPTION_SCORE: (a) =>
    a.first
      ? `the first option of the scale ('${s(a.option)}') must be the best one: the highest score and not 'nvt'. Put the best option first.`
      : `option '${s(a.option)}' needs either a score or 'nvt: true', not both and not neither.`,
  NORM_RULE_UNKNOWN_FIELD: (a) => `the rule of '${s(a.field)}' refers to field '${s(a.ref)}', which does not exist. Use an id from the same list.`,
  NORM_RULE_UNKNOWN_CODE: (a) => `the rule of '${s(a.field)}' names '${s(a.value)}', which is not an option of '${s(a.ref)}'. Use an existing code.`,
  NORM_FIELD_REQUIRED: (a) =>
    a.type ? `field '${s(a.field)}' must be of type '${s(a.type)}'.` : `field '${s(a.field)}' is missing. The tool and the template need it.`,
  NORM_OPTIONS_MISSING: (a) => `choice field '${s(a.field)}' has no options. Add 'opties'.`,
  NORM_BANDS: () => `the levels must start at 'vanaf: 0' and ascend. Order them from low to high.`,
  REGISTRY_DUPLICATE_CODE: (a) => `code '${s(a.id)}' occurs twice in the registry. Each organisation has one entry.`,
  REGISTRY_UNKNOWN_SUCCESSOR: (a) => `successor '${s(a.ref)}' of ${s(a.id)} is not in the registry. Add it or correct the code.`,
  REGISTRY_DATES: (a) => `${s(a.id)} is valid until ${s(a.to)} but only from ${s(a.from)}. Correct the dates.`,
};
