import { INTAKE_TEXT } from '../../i18n/intake-text.js';
import type { Report } from '../../report/report-model.js';
import type { SheetSpec } from '../../workbook/workbook-spec.js';
import { esc } from './html-escape.js';
import { table } from './html-tables.js';
import { markdownText as md } from '../text/markdown-text.js';
import { FIRST_ROW, note, tableSheet, type TableColumn } from './xlsx-parts.js';

/**
 * The intake table (as `weerbaar intake` shows it) in the report: a sheet, an HTML section and a
 * Markdown section. Absent (null) in anonymised and aggregate-only reports, which name no one.
 */
function rowsOf(report: Report): Array<[string, string, string, string, string]> {
  const t = INTAKE_TEXT[report.lang];
  return (report.intake?.rows ?? []).map((r) => [
    t.state[r.state],
    r.organisation?.code ?? '',
    r.organisation?.name ?? (r.kind === 'file' ? t.unknownOrganisation : ''),
    r.file ?? '',
    r.reasons.join(' '),
  ]);
}

function header(report: Report): string[] {
  const h = INTAKE_TEXT[report.lang].header;
  return [h.state, h.code, h.organisation, h.file, h.reasons];
}

function summary(report: Report): string {
  const i = report.intake;
  return i ? INTAKE_TEXT[report.lang].summary(i.counts, i.fileCounts, i.organisations) : '';
}

export function intakeSheet(report: Report): SheetSpec | null {
  if (!report.intake) return null;
  const [state, code, organisation, file, reasons] = header(report) as [string, string, string, string, string];
  const columns: TableColumn[] = [
    { header: state, min: 12, max: 18 },
    { header: code, min: 8, max: 10 },
    { header: organisation, min: 16, max: 30 },
    { header: file, min: 16, max: 50 },
    { header: reasons, min: 30, max: 80, wrap: true },
  ];
  const rows = rowsOf(report);
  const sheet = tableSheet(report, INTAKE_TEXT[report.lang].sheet, columns, rows);
  sheet.cells.push(note(FIRST_ROW + rows.length + 1, summary(report)));
  return sheet;
}

export function intakeHtml(report: Report): string {
  if (!report.intake) return '';
  const id = 'intake';
  const title = INTAKE_TEXT[report.lang].title;
  const body = `<p>${esc(summary(report))}</p>${table(header(report), rowsOf(report))}`;
  return `<section aria-labelledby="h-${id}">\n<h2 id="h-${id}">${esc(title)}</h2>\n${body}\n</section>`;
}

export function intakeMarkdown(report: Report): string[] {
  if (!report.intake) return [];
  const row = (cells: string[]) => `| ${cells.map(md).join(' | ')} |`;
  return [
    '',
    `### ${md(INTAKE_TEXT[report.lang].title)}`,
    '',
    md(summary(report)),
    '',
    row(header(report)),
    `|${header(report)
      .map(() => '---')
      .join('|')}|`,
    ...rowsOf(report).map(row),
  ];
}
