import type { Finding } from '../findings/finding.js';
import { makeFinding } from '../findings/make-finding.js';
import type { Lang } from '../base/lang.js';
import { allPrinciples, principleText, principleTitle, themeName } from '../norm/localise.js';
import type { Norm } from '../norm/norm-schema.js';
import type { RawField, RawRow } from '../submission/raw-submission.js';
import { TEMPLATE_TEXT } from '../i18n/template-text.js';
import { fold } from '../base/closest.js';

/**
 * Matches rows to principles by id: blanked, unknown, duplicate and missing ids, and principle
 * texts changed in their locked cells.
 */
export function checkRows(
  rows: RawRow[],
  norm: Norm,
  lang: Lang,
  idsReadable: boolean,
): { byId: Map<string, RawRow>; findings: Finding[] } {
  const findings: Finding[] = [];
  const expected = principlesById(norm, lang);
  const byId = new Map<string, RawRow>();
  for (const row of rows) {
    const at = { sheet: row.at.sheet, cell: row.at.cell };
    if (row.principle === '') {
      const finding = blankIdRow(row, norm, lang);
      if (finding) findings.push(finding);
      continue;
    }
    const { want } = expected.get(row.principle) ?? {};
    if (want === undefined) {
      findings.push(makeFinding('ROW_UNKNOWN', { id: row.principle }, { ...at, principle: row.principle }));
      continue;
    }
    if (byId.has(row.principle)) {
      findings.push(
        makeFinding(
          'ROW_DUPLICATE',
          { id: row.principle, first: byId.get(row.principle)?.at.cell },
          { ...at, principle: row.principle },
        ),
      );
      continue;
    }
    byId.set(row.principle, row);
    const text = row.text?.value;
    if (row.text && typeof text === 'string' && text !== want && fold(text) !== fold(want)) {
      findings.push(
        makeFinding(
          'TEXT_CHANGED',
          { id: row.principle, old: want.replace('\n', ': '), new: text.replace('\n', ': ') },
          { sheet: row.text.at.sheet, cell: row.text.at.cell, principle: row.principle },
        ),
      );
    }
  }
  if (idsReadable) {
    for (const id of expected.keys()) if (!byId.has(id)) findings.push(makeFinding('ROW_MISSING', { id }, { principle: id }));
  }
  return { byId, findings };
}

const hasValue = (f: RawField | undefined): f is RawField =>
  f !== undefined && f.value !== null && !(typeof f.value === 'string' && f.value.trim() === '');

/**
 * A row without a principle id that holds something. Three different things happen to real
 * returns, each with its own advice: the id was erased (the locked text still names the
 * principle: put the number back), a value was dragged down over a theme's heading row (clear
 * that cell), or someone inserted a row for a note (it is not read: move the note, clear the row).
 */
function blankIdRow(row: RawRow, norm: Norm, lang: Lang): Finding | undefined {
  const filled = Object.values(row.fields).filter(hasValue);
  const text = row.text?.value;
  if (typeof text === 'string' && text.trim() !== '') {
    const principle = allPrinciples(norm).find(
      ({ principle: p }) =>
        fold(`${principleTitle(p, lang)}\n${principleText(p, lang)}`) === fold(text) ||
        fold(principleTitle(p, lang)) === fold(text.split('\n')[0] ?? ''),
    );
    if (principle)
      return filled.length > 0
        ? makeFinding(
            'ROW_ID_BLANK',
            { id: principle.principle.id, cell: row.at.cell },
            { sheet: row.at.sheet, cell: row.at.cell },
          )
        : undefined;
  }
  const heading = typeof row.theme?.value === 'string' ? headingTheme(row.theme.value, norm, lang) : undefined;
  if (heading) {
    const first = filled[0];
    if (!first) return undefined;
    const cells = filled.map((f) => f.at.cell).join(', ');
    return makeFinding(
      'ROW_HEADING_FILLED',
      { theme: heading, cell: first.at.cell, cells, value: show(first.value) },
      { sheet: first.at.sheet, cell: first.at.cell },
    );
  }
  const first = filled[0] ?? (hasValue(row.text) ? row.text : undefined) ?? (hasValue(row.theme) ? row.theme : undefined);
  if (!first) return undefined;
  const cells = [...filled, ...[row.text, row.theme].filter(hasValue)].map((f) => f.at.cell).join(', ');
  return makeFinding(
    'ROW_NOTE_INSERTED',
    { cell: first.at.cell, cells, value: show(first.value) },
    { sheet: first.at.sheet, cell: first.at.cell },
  );
}

/** Per norm and language, each principle by id with the text its row shows (title and text): the same for every return. */
const PRINCIPLES = new WeakMap<Norm, Partial<Record<Lang, Map<string, { want: string }>>>>();

function principlesById(norm: Norm, lang: Lang): Map<string, { want: string }> {
  const byLang = PRINCIPLES.get(norm) ?? {};
  PRINCIPLES.set(norm, byLang);
  return (byLang[lang] ??= new Map(
    allPrinciples(norm).map(({ principle }) => [
      principle.id,
      { want: `${principleTitle(principle, lang)}\n${principleText(principle, lang)}` },
    ]),
  ));
}

/** Per norm and language, each theme's heading folded: every return has a heading row per theme. */
const HEADINGS = new WeakMap<Norm, Partial<Record<Lang, Array<{ folded: string; id: string }>>>>();

/** The id of the theme whose heading this text is ("Thema 3: Veilige Publieke Taak"). */
function headingTheme(text: string, norm: Norm, lang: Lang): string | undefined {
  const byLang = HEADINGS.get(norm) ?? {};
  HEADINGS.set(norm, byLang);
  const headings = (byLang[lang] ??= norm.themas.map((theme) => ({
    folded: fold(TEMPLATE_TEXT[lang].overview.themeHeading(theme.id, themeName(theme, lang))),
    id: theme.id,
  })));
  const t = fold(text);
  return headings.find((h) => h.folded === t)?.id;
}

function show(v: RawField['value']): string {
  const text = v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'object' && v !== null ? v.error : String(v);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
