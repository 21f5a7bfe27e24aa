import { argsOf } from '../helpers/finding-args.js';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings/finding.js';
import { formatFinding } from '../../src/i18n/format-finding.js';
import { parseNorm } from '../../src/norm/parse-norm.js';
import { fillDateFieldId, meetmomentFieldId } from '../../src/norm/field-roles.js';
import { builtinArchive, builtinNormText, fixtureNormText, positionOf, replaceLines, replaceOnce, valuePosition } from '../helpers/yaml-text.js';

/**
 * Each check on the norm, on the built-in YAML with one thing broken. The tests assert the code
 * and the line/column (what a coordinator needs to find it in an editor), not the wording.
 */
const FILE = 'x.yaml';
const base = builtinNormText();
/** norm/archief/: the built-in norm names 0.9.0 as its vorige_versie. */
const ARCHIVE = builtinArchive();
/**
 * Norm 0.9.0, a first version (no vorige_versie): for checks that rename or remove principles,
 * which in 1.0.0 would also break the chain to 0.9.0 (NORM_OLD_UNACCOUNTED, tested in version-chain).
 */
const first = fixtureNormText();

function check(text: string): { findings: Finding[]; codes: string[]; normReturned: boolean } {
  const { norm, findings } = parseNorm(text, FILE, ARCHIVE);
  return { findings, codes: findings.map((f) => f.code), normReturned: norm !== undefined };
}

function only(text: string, code: string): Finding {
  const r = check(text);
  expect(r.codes).toEqual([code]);
  expect(r.normReturned).toBe(false);
  return r.findings[0]!;
}

function find(text: string, code: string): Finding {
  const r = check(text);
  const f = r.findings.find((x) => x.code === code);
  expect(f, `expected ${code} among ${r.codes.join(', ')}`).toBeDefined();
  expect(r.normReturned).toBe(false);
  return f!;
}

const at = (f: Finding) => ({ line: f.location.line, column: f.location.column });

describe('YAML syntax', () => {
  it('a nested mapping on one line gives NORM_YAML_SYNTAX at that value', () => {
    const text = replaceOnce(base, 'status: werkversie\n', 'status: werkversie: x\n');
    const f = only(text, 'NORM_YAML_SYNTAX');
    expect(at(f)).toEqual(valuePosition(text, 'status', 'werkversie: x'));
    expect(f.location.file).toBe(FILE);
  });

  it('a duplicate key gives NORM_YAML_SYNTAX at the second key', () => {
    const text = replaceOnce(base, 'status: werkversie\n', 'status: werkversie\nstatus: vastgesteld\n');
    const f = only(text, 'NORM_YAML_SYNTAX');
    expect(at(f)).toEqual(positionOf(text, 'status: vastgesteld'));
  });

  it('a tab for indentation gives NORM_YAML_SYNTAX on that line', () => {
    const text = replaceOnce(base, '        titel: Weerbaarheidsscan\n', '\ttitel: Weerbaarheidsscan\n');
    const f = find(text, 'NORM_YAML_SYNTAX');
    expect(f.location.line).toBe(positionOf(text, '\ttitel: Weerbaarheidsscan').line);
  });
});

describe('schema (NORM_SCHEMA)', () => {
  it('a principle without titel points at that principle', () => {
    const text = replaceOnce(base, '        titel: Weerbaarheidsscan\n', '');
    const f = only(text, 'NORM_SCHEMA');
    expect(at(f)).toEqual(positionOf(text, 'id: "1.1"'));
    expect(f.location.context).toBe('thema 1, uitgangspunt 1.1');
    expect(argsOf(f).key).toBe('titel');
  });

  it('an unknown key is named and found on its line', () => {
    const text = replaceOnce(base, '        titel: Weerbaarheidsscan\n', '        titel: Weerbaarheidsscan\n        kop: extra\n');
    const f = only(text, 'NORM_SCHEMA');
    expect(argsOf(f).key).toBe('kop');
    expect(f.location.context).toBe('thema 1, uitgangspunt 1.1');
    // Only the line: the column points at the value, not at the key (reported as a src issue).
    expect(f.location.line).toBe(positionOf(text, 'kop: extra').line);
  });

  it('a value of the wrong kind points at that value', () => {
    const text = replaceOnce(base, 'status: werkversie\n', 'status: concept\n');
    const f = only(text, 'NORM_SCHEMA');
    expect(at(f)).toEqual(valuePosition(text, 'status', 'concept'));
    expect(argsOf(f).key).toBe('status');
  });

  it('a principle id with other characters than letters, digits, dots and dashes is a schema violation', () => {
    const text = replaceOnce(base, '      - id: "3.3"', '      - id: "3_3"');
    const f = only(text, 'NORM_SCHEMA');
    expect(at(f)).toEqual(valuePosition(text, 'id', '"3_3"'));
  });

  it('free ids are fine: L1 with L1.1, A with A.1, 2-x with 2-x-1', () => {
    for (const [theme, prefix] of [['L1', 'L1.'], ['A', 'A.'], ['2-x', '2-x-']]) {
      const text = replaceOnce(first, '  - id: "1"\n', `  - id: "${theme}"\n`).replaceAll('      - id: "1.', `      - id: "${prefix}`);
      const r = check(text);
      expect(r.codes, `${theme} ${prefix}`).toEqual([]);
    }
    const text = replaceOnce(first, '      - id: "1.1"', '      - id: "10.1"');
    expect(check(text).codes).toEqual(['NORM_PRINCIPLE_OUTSIDE_THEME']);
  });
});

describe('cross checks', () => {
  it('a synonym that is another option gives NORM_DUPLICATE_ID naming the synonym', () => {
    const f = only(replaceOnce(base, 'synoniemen: [n.v.t., n.v.t, nvt, n/a, not applicable]', 'synoniemen: [n.v.t., ontbreekt]'), 'NORM_DUPLICATE_ID');
    expect(argsOf(f).id).toBe('ontbreekt');
    expect(argsOf(f).path).toBe('schaal.3.synoniemen');
  });

  it('a duplicate principle id gives NORM_DUPLICATE_ID at the second id, worded with its place', () => {
    const text = replaceOnce(first, '      - id: "3.3"', '      - id: "3.2"');
    const f = only(text, 'NORM_DUPLICATE_ID');
    const pos = valuePosition(text, 'id', '"3.2"', 2);
    expect(at(f)).toEqual(pos);
    expect(formatFinding(f, 'nl').startsWith(`${FILE}:${pos.line}:${pos.column} thema 3, uitgangspunt 3.2:`)).toBe(true);
  });

  it('the Dutch wording names the duplicate id and what to do', () => {
    const f = only(replaceOnce(first, '      - id: "3.3"', '      - id: "3.2"'), 'NORM_DUPLICATE_ID');
    expect(formatFinding(f, 'nl')).toMatch(/: id '3\.2' komt twee keer voor\. Geef elk onderdeel een eigen id\.$/);
  });

  it('a duplicate theme id gives NORM_DUPLICATE_ID', () => {
    const text = replaceOnce(base, '  - id: "6"', '  - id: "5"');
    const f = find(text, 'NORM_DUPLICATE_ID');
    expect(at(f)).toEqual(valuePosition(text, 'id', '"5"', 2));
  });

  it('a theme without principles gives NORM_THEME_EMPTY at the theme', () => {
    const text = replaceLines(first, '  - id: "6"', undefined, '  - id: "6"\n    naam: Communicatie\n    uitgangspunten: []\n');
    const f = only(text, 'NORM_THEME_EMPTY');
    expect(at(f)).toEqual(positionOf(text, 'id: "6"'));
    expect(argsOf(f).theme).toBe('6');
  });

  it('a principle id outside its theme gives NORM_PRINCIPLE_OUTSIDE_THEME at that id', () => {
    const text = replaceOnce(first, '      - id: "3.3"', '      - id: "4.9"');
    const f = only(text, 'NORM_PRINCIPLE_OUTSIDE_THEME');
    expect(at(f)).toEqual(valuePosition(text, 'id', '"4.9"'));
    expect(f.args).toMatchObject({ id: '4.9', theme: '3' });
  });

  it('a scale without a scoring option gives NORM_NO_SCORING_OPTION at the scale', () => {
    const scale = 'schaal:\n  - code: nvt\n    label: Niet van toepassing\n    nvt: true\n\n';
    const text = replaceLines(base, 'schaal:', '# Wat de organisatie', scale);
    const f = find(text, 'NORM_NO_SCORING_OPTION');
    expect(at(f)).toEqual(positionOf(text, '- code: nvt'));
  });

  it('an option with both a score and nvt gives NORM_OPTION_SCORE at that option', () => {
    const text = replaceOnce(base, '    nvt: true\n', '    nvt: true\n    score: 0\n');
    const f = only(text, 'NORM_OPTION_SCORE');
    expect(at(f)).toEqual(positionOf(text, 'code: nvt'));
    expect(argsOf(f).option).toBe('nvt');
  });

  it('an option with neither a score nor nvt gives NORM_OPTION_SCORE', () => {
    const text = replaceOnce(base, '    score: 0\n', '');
    const f = only(text, 'NORM_OPTION_SCORE');
    expect(at(f)).toEqual(positionOf(text, 'code: ontbreekt'));
  });

  it('a rule on an unknown field gives NORM_RULE_UNKNOWN_FIELD at the field name', () => {
    const text = replaceOnce(base, 'wanneer: { veld: status, niet_in', 'wanneer: { veld: staat, niet_in');
    const f = only(text, 'NORM_RULE_UNKNOWN_FIELD');
    expect(at(f)).toEqual(valuePosition(text, 'veld', 'staat'));
    expect(f.args).toMatchObject({ field: 'toelichting', ref: 'staat' });
  });

  it('a rule with an unknown code gives NORM_RULE_UNKNOWN_CODE at the condition', () => {
    const text = replaceOnce(base, 'niet_in: [uitgevoerd] }', 'niet_in: [klaar] }');
    const f = only(text, 'NORM_RULE_UNKNOWN_CODE');
    expect(at(f)).toEqual(positionOf(text, '{ veld: status, niet_in: [klaar] }'));
    expect(f.args).toMatchObject({ field: 'toelichting', ref: 'status', value: 'klaar' });
  });

  it('the status field is known by its role, not its id: another id with its rules is fine', () => {
    const text = base.replace('  - id: status\n', '  - id: stand\n').replaceAll('veld: status,', 'veld: stand,');
    expect(check(text).codes).toEqual([]);
  });

  it('rol: status on a field that is not a scale gives NORM_FIELD_ROLE at its type', () => {
    const text = replaceOnce(base, '    type: schaal\n', '    type: keuze\n    opties: [{ code: uitgevoerd, label: Uitgevoerd }, { code: in-ontwikkeling, label: Bezig }, { code: ontbreekt, label: Nee }]\n');
    const f = find(text, 'NORM_FIELD_ROLE');
    expect(at(f)).toEqual(valuePosition(text, 'type', 'keuze'));
    expect(argsOf(f)).toMatchObject({ field: 'status', role: 'status', reason: 'type' });
  });

  it('no scale field at all, or two without a rol, gives NORM_FIELD_ROLE', () => {
    const none = replaceOnce(replaceOnce(base, '    type: schaal\n', '    type: tekst\n'), '    rol: status                 # het antwoord dat telt in de score\n', '');
    expect(argsOf(find(none, 'NORM_FIELD_ROLE'))).toMatchObject({ role: 'status', reason: 'missing' });
    const two = replaceOnce(replaceOnce(base, '    rol: status                 # het antwoord dat telt in de score\n', ''), '  - id: eigenaar\n    label: Eigenaar\n    label_en: Owner\n    type: tekst\n', '  - id: eigenaar\n    label: Eigenaar\n    label_en: Owner\n    type: schaal\n');
    expect(argsOf(find(two, 'NORM_FIELD_ROLE'))).toMatchObject({ role: 'status', reason: 'double' });
  });

  it('rol: planning needs a date field and vergelijk_met naming a front date field; kopie_controle a text field', () => {
    const noFront = replaceOnce(base, '    vergelijk_met: datum\n', '    vergelijk_met: invuller\n');
    const f = only(noFront, 'NORM_FIELD_ROLE');
    expect(argsOf(f)).toMatchObject({ field: 'planning', role: 'planning', reason: 'compare', ref: 'invuller' });
    expect(at(f)).toEqual(valuePosition(noFront, 'vergelijk_met', 'invuller'));
    const without = replaceOnce(base, '    vergelijk_met: datum\n', '');
    expect(argsOf(only(without, 'NORM_FIELD_ROLE'))).toMatchObject({ role: 'planning', reason: 'compare' });
    const copyOnDate = replaceOnce(base, '    vergelijk_met: datum\n', '    vergelijk_met: datum\n    kopie_controle: true\n');
    expect(argsOf(only(copyOnDate, 'NORM_FIELD_ROLE'))).toMatchObject({ role: 'kopie_controle', reason: 'type', type: 'tekst' });
  });

  describe('front roles: the date of filling in and the meetmoment', () => {
    const DATE_ROLE = '    rol: invuldatum             # de datum van invullen: de nieuwste inzending telt\n';
    const MOMENT_ROLE = '    rol: meetmoment             # voor welke meting de inzending is\n';
    /** The built-in norm with its front fields datum and meetmoment under other ids (and the planned date compared with the new one). */
    const renamed = replaceOnce(replaceOnce(replaceOnce(base, '  - id: datum\n', '  - id: ingevuld_op\n'), '  - id: meetmoment\n', '  - id: peilmoment\n'), '    vergelijk_met: datum\n', '    vergelijk_met: ingevuld_op\n');

    it('front fields with other ids parse when their roles say what they are', () => {
      const { norm, findings } = parseNorm(renamed, FILE, ARCHIVE);
      expect(findings.map((f) => f.code)).toEqual([]);
      expect(fillDateFieldId(norm!)).toBe('ingevuld_op');
      expect(meetmomentFieldId(norm!)).toBe('peilmoment');
    });

    it('without a rol the fields with id datum and meetmoment have the roles', () => {
      const { norm, findings } = parseNorm(replaceOnce(replaceOnce(base, DATE_ROLE, ''), MOMENT_ROLE, ''), FILE, ARCHIVE);
      expect(findings.map((f) => f.code)).toEqual([]);
      expect([fillDateFieldId(norm!), meetmomentFieldId(norm!)]).toEqual(['datum', 'meetmoment']);
    });

    it('a renamed field without its rol gives NORM_FIELD_ROLE (missing) at voorblad', () => {
      const noDate = replaceOnce(renamed, DATE_ROLE, '');
      const f = only(noDate, 'NORM_FIELD_ROLE');
      expect(argsOf(f)).toMatchObject({ role: 'invuldatum', reason: 'missing', field: 'datum', path: 'voorblad' });
      expect(at(f)).toEqual(positionOf(noDate, '- id: organisatie'));
      expect(argsOf(only(replaceOnce(renamed, MOMENT_ROLE, ''), 'NORM_FIELD_ROLE'))).toMatchObject({ role: 'meetmoment', reason: 'missing', field: 'meetmoment' });
    });

    it('a role on a field of the wrong type gives NORM_FIELD_ROLE (type) at its type', () => {
      const textDate = replaceOnce(renamed, '    type: datum\n' + DATE_ROLE, '    type: tekst\n' + DATE_ROLE);
      // The planned date that compares with it no longer names a date field either.
      expect(check(textDate).findings.map((x) => argsOf(x))).toEqual([
        expect.objectContaining({ field: 'planning', role: 'planning', reason: 'compare' }),
        expect.objectContaining({ field: 'ingevuld_op', role: 'invuldatum', reason: 'type', type: 'datum' }),
      ]);
      const cleaned = replaceOnce(base, '    type: keuze\n' + MOMENT_ROLE, '    type: datum\n' + MOMENT_ROLE);
      const g = only(cleaned, 'NORM_FIELD_ROLE');
      expect(argsOf(g)).toMatchObject({ field: 'meetmoment', role: 'meetmoment', reason: 'type', type: 'keuze|tekst' });
      expect(at(g)).toEqual(valuePosition(cleaned, 'type', 'datum', 3));
      // The field with the fallback id counts too: a datum field that is text is wrong without a rol as well.
      const fallback = replaceOnce(replaceOnce(base, DATE_ROLE, ''), '  - id: datum\n    label: Datum van invullen\n    label_en: Date completed\n    type: datum\n', '  - id: datum\n    label: Datum van invullen\n    label_en: Date completed\n    type: tekst\n');
      expect(check(fallback).findings.map((x) => argsOf(x))).toContainEqual(expect.objectContaining({ field: 'datum', role: 'invuldatum', reason: 'type' }));
    });

    it('the same role on two fields gives NORM_FIELD_ROLE (double) at the second rol', () => {
      const two = replaceOnce(base, '    type: email\n    verplicht: true\n', '    type: email\n    rol: invuldatum\n    verplicht: true\n');
      const f = only(two, 'NORM_FIELD_ROLE');
      expect(argsOf(f)).toMatchObject({ field: 'datum', role: 'invuldatum', reason: 'double' });
      expect(at(f)).toEqual(valuePosition(two, 'rol', 'invuldatum', 2));
    });

    it('a rol that is no front role is a schema error', () => {
      expect(check(replaceOnce(base, MOMENT_ROLE, '    rol: status\n')).codes).toContain('NORM_SCHEMA');
    });
  });

  it('a rule of an answer field may refer to a front field; an unknown one is still NORM_RULE_UNKNOWN_FIELD', () => {
    const front = replaceOnce(base, '    verplicht: false\n    uitleg: De afdeling of functie die verantwoordelijk is.', '    verplicht:\n      wanneer: { veld: meetmoment, in: [voortgang-2026] }\n    uitleg: De afdeling of functie die verantwoordelijk is.');
    expect(check(front).codes).toEqual([]);
    const unknownCode = replaceOnce(front, 'in: [voortgang-2026]', 'in: [voortgang-2030]');
    expect(check(unknownCode).codes).toEqual(['NORM_RULE_UNKNOWN_CODE']);
    const unknown = replaceOnce(front, 'veld: meetmoment, in', 'veld: moment, in');
    expect(check(unknown).codes).toEqual(['NORM_RULE_UNKNOWN_FIELD']);
  });

  it('a choice field without options gives NORM_OPTIONS_MISSING', () => {
    const text = replaceLines(base, '    opties:', '    uitleg: Hoe dringend', '');
    const f = only(text, 'NORM_OPTIONS_MISSING');
    expect(argsOf(f).field).toBe('prioriteit');
    expect(at(f)).toEqual(positionOf(text, 'id: prioriteit'));
  });

  it('bands that do not ascend give NORM_BANDS at the bands', () => {
    const text = replaceOnce(base, '    - { vanaf: 40,', '    - { vanaf: 95,');
    const f = only(text, 'NORM_BANDS');
    expect(at(f)).toEqual(positionOf(text, '- { vanaf: 0,'));
  });

  it('bands that do not start at 0 give NORM_BANDS', () => {
    only(replaceOnce(base, '    - { vanaf: 0,', '    - { vanaf: 10,'), 'NORM_BANDS');
  });
});

describe('small inline norms', () => {
  it('an empty file is a schema violation, not an exception', () => {
    expect(check('').codes).toEqual(['NORM_SCHEMA']);
  });

  it('a list at the top is a schema violation at line 1', () => {
    const f = only('- a\n- b\n', 'NORM_SCHEMA');
    expect(f.location.line).toBe(1);
  });
});
