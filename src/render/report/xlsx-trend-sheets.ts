import type { Report } from '../../report/report-model.js';
import type { SheetSpec } from '../../workbook/workbook-spec.js';
import { optionLabel, themeLabel } from './report-view.js';
import { SHARED_WIDTHS, tableSheet, textOf, type TableColumn, type TableValue } from './xlsx-parts.js';

/**
 * With --previous: Ontwikkeling (per organisation the overall score and each theme score before
 * and now, with the change) and Statuswijzigingen (every changed status, per organisation and
 * principle). Without per-organisation rows (aggregateOnly) only the theme means remain.
 */
export function trendSheets(report: Report): SheetSpec[] {
  const trend = report.trend;
  if (!trend) return [];
  const t = textOf(report);
  const pct = { numFmt: '0.0', center: true, min: 8, max: 12 };
  const themeRows: TableValue[][] = trend.themes.map((c) => [c.id, c.before, c.now, c.delta]);
  if (report.scope.aggregateOnly) {
    return [
      tableSheet(
        report,
        t.sheets.trend,
        [
          { header: t.theme, min: 8 },
          { header: t.before, ...pct },
          { header: t.now, ...pct },
          { header: t.delta, ...pct },
        ],
        themeRows,
      ),
    ];
  }
  const columns: TableColumn[] = [
    { header: t.organisation, ...SHARED_WIDTHS.organisation },
    { header: t.previousCodes, min: 10, max: 24 },
    { header: `${t.overall}: ${t.before}`, ...pct },
    { header: `${t.overall}: ${t.now}`, ...pct },
    { header: `${t.overall}: ${t.delta}`, ...pct },
    ...report.themes.map((th) => ({ header: `${t.delta}: ${themeLabel(report, th.id)}`, ...pct, max: 22 })),
  ];
  const rows: TableValue[][] = trend.organisations.map((o) => [
    o.name,
    o.previousCodes.join(', '),
    o.overall.before,
    o.overall.now,
    o.overall.delta,
    ...report.themes.map((th) => o.themes.find((c) => c.id === th.id)?.delta ?? null),
  ]);
  const changes = trend.statusChanges.map((c): TableValue[] => [
    c.name,
    c.code,
    `${c.principle}${c.previousPrinciple ? ` (← ${c.previousPrinciple})` : ''} ${report.principles.find((p) => p.id === c.principle)?.title ?? ''}`.trim(),
    optionLabel(report, c.before),
    optionLabel(report, c.now),
  ]);
  const changeColumns: TableColumn[] = [
    { header: t.organisation, ...SHARED_WIDTHS.organisation },
    { header: t.code, ...SHARED_WIDTHS.code },
    { header: t.principle, min: 20, max: 60 },
    { header: t.before, min: 12, max: 22 },
    { header: t.now, min: 12, max: 22 },
  ];
  return [
    tableSheet(report, t.sheets.trend, columns, rows, { freezeCols: 1 }),
    tableSheet(report, t.sheets.statusChanges, changeColumns, changes, { freezeCols: 1 }),
  ];
}
