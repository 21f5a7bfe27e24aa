import type { Finding, Severity } from '../findings/finding.js';
import { groupFindings, principleOf, principleRanges, textArg } from '../findings/group-findings.js';
import { findingMessage } from '../i18n/format-finding.js';
import type { Lang } from '../base/lang.js';
import { FEEDBACK_TEXT } from '../i18n/feedback-text.js';
import { allPrinciples, labelOf } from '../norm/localise.js';
import type { Norm } from '../norm/norm-schema.js';
import { statusFieldId } from '../norm/field-roles.js';

/** One line of the Bevindingen sheet. */
export interface FeedbackRow {
  severity: Severity;
  principle: string;
  /** The field as the workbook labels it (the norm's label in the workbook's language). */
  field: string;
  /** Where: "Implementatieoverzicht!E12", or the first of a group's cells with a count. */
  place: string;
  /** The cell the place links to, when the finding points at one. */
  target?: { sheet: string; cell: string };
  message: string;
  code: string;
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * The findings of one file as lines for a person: errors first, repeated findings of one kind
 * grouped into one line with the principles as ranges, each line with the field's label.
 * `lang` words the sentences; `workbookLang` is the language of the workbook's own labels.
 */
export function feedbackRows(findings: readonly Finding[], norm: Norm, lang: Lang, workbookLang: Lang): FeedbackRow[] {
  const text = FEEDBACK_TEXT[lang];
  const order = allPrinciples(norm).map((p) => p.principle.id);
  const sorted = [...findings].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  return groupFindings(sorted).map((line): FeedbackRow => {
    if (line.kind === 'single') {
      const f = line.finding;
      const target = f.location.sheet ? { sheet: f.location.sheet, cell: f.location.cell ?? 'A1' } : undefined;
      return {
        severity: f.severity,
        principle: principleOf(f) ?? '',
        field: fieldLabel(f, norm, workbookLang),
        place: f.location.sheet ? (f.location.cell ? `${f.location.sheet}!${f.location.cell}` : f.location.sheet) : '',
        ...(target ? { target } : {}),
        message: findingMessage(f, lang),
        code: f.code,
      };
    }
    const first = line.findings[0] as Finding;
    const ranges = principleRanges(line.principles, order);
    const field = fieldLabel(first, norm, workbookLang);
    const located = line.findings.filter((f) => f.location.sheet && f.location.cell);
    const firstCell = located[0];
    const place = firstCell
      ? text.cellCount(`${firstCell.location.sheet ?? ''}!${firstCell.location.cell ?? ''}`, located.length)
      : '';
    return {
      severity: first.severity,
      principle: ranges,
      field,
      place,
      ...(firstCell ? { target: { sheet: firstCell.location.sheet ?? '', cell: firstCell.location.cell ?? 'A1' } } : {}),
      message: text.group(line.code, { count: line.findings.length, ranges, field, example: findingMessage(first, lang) }),
      code: line.code,
    };
  });
}

/** The label of the field a finding is about, as the workbook shows it; '' when it is about no field. */
function fieldLabel(f: Finding, norm: Norm, lang: Lang): string {
  // Findings about a field carry the label the workbook shows.
  const label = textArg(f, 'label');
  if (label) return label;
  const id =
    textArg(f, 'field') ??
    (f.code === 'STATUS_MISSING'
      ? statusFieldId(norm)
      : f.code.startsWith('ORG_')
        ? norm.voorblad.find((x) => x.type === 'organisatie')?.id
        : undefined);
  if (id === undefined) return '';
  const field = [...norm.velden, ...norm.voorblad].find((x) => x.id === id);
  return field ? labelOf(field, lang) : id;
}
