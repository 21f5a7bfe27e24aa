import { ORGANISATION_TEXT } from '../../i18n/organisation-text.js';
import { formatReason } from '../../i18n/report-text.js';
import type { Report } from '../../report/report-model.js';
import { columnLetter, type SheetSpec } from '../../workbook/workbook-spec.js';
import { countByStatus, findingLines, INPUT_STATUSES, themeLabel } from './report-view.js';
import {
  FIRST_ROW,
  HEADER_STYLE,
  note,
  scoreScale,
  SHARED_WIDTHS,
  tableSheet,
  textOf,
  type TableColumn,
  type TableValue,
} from './xlsx-parts.js';

/** Uitgangspunten: per principle, weakest first, the answers per option and the share that meets it. */
export function principlesSheet(report: Report): SheetSpec {
  const t = textOf(report);
  const hidden = t.hidden;
  const columns: TableColumn[] = [
    { header: t.rank, min: 6, max: 7, center: true },
    { header: t.principleId, min: 6, max: 8 },
    { header: t.theme, min: 18, max: 30 },
    { header: t.principle, min: 30, max: 60, wrap: true },
    ...report.options.map((o) => ({
      header: o.label,
      min: 11,
      max: 14,
      center: true,
      headerStyle: o.color ? { ...HEADER_STYLE, color: '000000', fill: o.color } : HEADER_STYLE,
    })),
    { header: t.unanswered, min: 11, max: 14, center: true },
    { header: t.applicable, min: 11, max: 14, center: true },
    { header: t.meetsPct, min: 10, max: 12, center: true, numFmt: '0.0' },
    { header: t.meanPct, min: 10, max: 14, center: true, numFmt: '0.0' },
  ];
  const rows: TableValue[][] = report.principles.map((p) => [
    p.rank,
    p.id,
    themeLabel(report, p.themeId),
    p.title,
    ...report.options.map((o) => (p.counts ? (p.counts[o.code] ?? 0) : hidden)),
    p.unanswered ?? hidden,
    p.applicable,
    p.meetsShare ?? hidden,
    p.meanScore ?? hidden,
  ]);
  const meetsCol = columnLetter(columns.length);
  const sheet = tableSheet(report, t.sheets.principles, columns, rows, { freezeCols: 2 });
  if (rows.length) sheet.conditionals = [scoreScale(`${meetsCol}${FIRST_ROW}:${meetsCol}${FIRST_ROW + rows.length - 1}`)];
  if (rows.some((r) => r.includes(hidden)))
    sheet.cells.push(note(FIRST_ROW + rows.length + 1, t.hiddenNote(report.scope.minGroup)));
  return sheet;
}

/** Ontbrekend: the registry organisations without a valid return; with aggregateOnly just their number. */
export function missingSheet(report: Report): SheetSpec {
  const t = textOf(report);
  if (report.scope.aggregateOnly)
    return tableSheet(
      report,
      t.sheets.missing,
      [{ header: t.missingCount, min: 24, max: 40, center: true }],
      [[report.missing.count]],
    );
  const columns: TableColumn[] = [
    { header: t.riec, ...SHARED_WIDTHS.riec },
    { header: t.region, ...SHARED_WIDTHS.region },
    { header: t.code, ...SHARED_WIDTHS.code },
    { header: t.organisation, min: 16, max: 36 },
    { header: t.status, min: 14, max: 18 },
    { header: t.reason, min: 30, max: 80, wrap: true },
    { header: t.files, min: 16, max: 40, wrap: true },
  ];
  const o = ORGANISATION_TEXT[report.lang];
  const rows = report.missing.organisations.map((m) => [
    m.riec,
    m.veiligheidsregio,
    m.code,
    m.name,
    m.status === 'rejected' ? o.rejectedBecause : o.notReceived,
    m.reason,
    m.files.join(', '),
  ]);
  const sheet = tableSheet(report, t.sheets.missing, columns, rows);
  if (!rows.length) sheet.cells.push(note(FIRST_ROW, t.noneMissing));
  return sheet;
}

/**
 * Validatie: one row per input file. With aggregateOnly only the number of files per status,
 * since file names and findings can name an organisation.
 */
export function validationSheet(report: Report): SheetSpec {
  const t = textOf(report);
  if (report.scope.aggregateOnly) {
    const counts = countByStatus(report);
    const rows = INPUT_STATUSES.filter((s) => counts[s] > 0).map((s) => {
      const files = report.inputs.filter((f) => f.status === s);
      return [t.statusWord[s], counts[s], sum(files.map((f) => f.counts.error)), sum(files.map((f) => f.counts.warning))];
    });
    const columns: TableColumn[] = [
      { header: t.status, min: 16, max: 30 },
      { header: t.files, min: 10, max: 12, center: true },
      { header: t.errors, min: 10, max: 12, center: true },
      { header: t.warnings, ...SHARED_WIDTHS.warnings },
    ];
    const sheet = tableSheet(report, t.sheets.validation, columns, rows);
    sheet.cells.push(note(FIRST_ROW + rows.length + 1, t.validationAggregate));
    return sheet;
  }
  const columns: TableColumn[] = [
    { header: t.file, min: 16, max: 40 },
    { header: t.code, ...SHARED_WIDTHS.code },
    { header: t.organisation, ...SHARED_WIDTHS.organisation },
    { header: t.meetmoment, ...SHARED_WIDTHS.meetmoment },
    { header: t.datum, min: 11, max: 12 },
    { header: t.status, min: 12, max: 24 },
    { header: t.reason, min: 10, max: 30, wrap: true },
    { header: t.errors, min: 8, max: 10, center: true },
    { header: t.warnings, ...SHARED_WIDTHS.warnings },
    { header: t.findings, min: 30, max: 70, wrap: true },
    { header: t.supersededBy, min: 14, max: 40 },
  ];
  const rows: TableValue[][] = report.inputs.map((f) => [
    f.file,
    f.organisation?.code ?? null,
    f.organisation?.name ?? null,
    f.meetmoment,
    f.datum,
    t.statusWord[f.status],
    formatReason(f.reason, report.lang),
    f.counts.error,
    f.counts.warning,
    findingLines(f, t.severity).join('\n') || null,
    f.supersededBy ?? f.conflictWith,
  ]);
  return tableSheet(report, t.sheets.validation, columns, rows);
}

/** Gegevens: the long table for pivot tables, header in row 1 so that Excel finds the table by itself. */
export function dataSheet(report: Report): SheetSpec {
  const t = textOf(report).data;
  const columns: TableColumn[] = [
    { header: t.organisation, ...SHARED_WIDTHS.organisation },
    { header: t.code, ...SHARED_WIDTHS.code },
    { header: t.riec, ...SHARED_WIDTHS.riec },
    { header: t.region, ...SHARED_WIDTHS.region },
    { header: t.meetmoment, ...SHARED_WIDTHS.meetmoment },
    { header: t.theme, min: 16, max: 34 },
    { header: t.principle, min: 8, max: 50 },
    // One column per answer field of the norm, with its own label.
    ...report.fields.map((f): TableColumn =>
      f.type === 'tekst'
        ? { header: f.label, min: 12, max: 70, wrap: true }
        : f.type === 'datum'
          ? { header: f.label, min: 11, max: 14 }
          : { header: f.label, min: 10, max: 22 },
    ),
  ];
  const rows: TableValue[][] = report.answers.map((a) => [
    a.organisation,
    a.code,
    a.riec,
    a.veiligheidsregio,
    a.meetmoment,
    themeLabel(report, a.theme),
    a.principle,
    ...report.fields.map((f) => a.values[f.id] ?? null),
  ]);
  return tableSheet(report, textOf(report).sheets.data, columns, rows, { heading: false, freezeCols: 1, rowBlock: true });
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
