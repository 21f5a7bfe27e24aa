import type { Report } from '../../report/report-model.js';
import type { SheetSpec, WorkbookSpec } from '../../workbook/workbook-spec.js';
import { dataSheet, missingSheet, principlesSheet, validationSheet } from './xlsx-list-sheets.js';
import { overviewSheet } from './xlsx-overview-sheet.js';
import { trendSheets } from './xlsx-trend-sheets.js';
import { textOf } from './xlsx-parts.js';
import { intakeSheet } from './intake-section.js';
import { exchangeSheet } from './exchange-section.js';
import { aboutSheet, historySheet } from './xlsx-story-sheets.js';

/**
 * rapportage.xlsx as data: Overzicht, Uitgangspunten, (with the norm's uitwisseling) Leren van elkaar, Ontbrekend, Validatie, (not with
 * aggregateOnly) Gegevens, and with a previous report Ontwikkeling and Statuswijzigingen. Write it with writeWorkbook from src/workbook/write-workbook.ts.
 * Same report, same bytes: the workbook's timestamp is the report's generatedAt.
 */
export function renderReportXlsx(report: Report): WorkbookSpec {
  const t = textOf(report);
  // The order tells the story: what this is, shared challenges, development, per organisation, intake.
  const [trend, statusChanges] = trendSheets(report);
  const exchange = exchangeSheet(report);
  const sheets: SheetSpec[] = [
    aboutSheet(report),
    principlesSheet(report),
    ...(exchange ? [exchange] : []),
    ...historySheet(report),
    ...(trend ? [trend] : []),
    overviewSheet(report),
    missingSheet(report),
    validationSheet(report),
  ];
  if (!report.scope.aggregateOnly) sheets.push(dataSheet(report));
  if (statusChanges) sheets.push(statusChanges);
  const intake = intakeSheet(report);
  if (intake) sheets.push(intake);
  const generated = new Date(report.generatedAt);
  return {
    sheets,
    names: [],
    title: `${t.title}: ${t.normLine(report.norm.title, report.norm.version)}`,
    creator: `${report.tool.name} ${report.tool.version}`,
    custom: {},
    timestamp: Number.isNaN(generated.getTime()) ? new Date(0) : generated,
  };
}
