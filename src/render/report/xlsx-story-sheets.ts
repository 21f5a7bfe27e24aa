import { ORGANISATION_TEXT } from '../../i18n/organisation-text.js';
import type { Report } from '../../report/report-model.js';
import type { SheetSpec } from '../../workbook/workbook-spec.js';
import { countByStatus, scaleWords, themeLabel } from './report-view.js';
import { tableSheet, textOf, type TableColumn, type TableValue } from './xlsx-parts.js';

/** Toelichting: the first sheet, what this report is, in a few rows of text. */
export function aboutSheet(report: Report): SheetSpec {
  const t = textOf(report);
  const o = ORGANISATION_TEXT[report.lang];
  const counts = countByStatus(report);
  const { scale, nvt } = scaleWords(report);
  const rows: TableValue[][] = [
    [o.aboutTitle, report.context.what],
    [o.whatNot, report.context.whatNot ?? o.storyNotSupervision],
    [
      t.summaryTitle,
      `${o.storyTookPart(counts.accepted, counts.accepted + report.missing.count, report.scope.meetmoment)} ${t.countsLine({ ...counts, missing: report.missing.count })}`,
    ],
    [t.overall, o.storyScores(scale, nvt)],
    ...report.notes.map((n): TableValue[] => [t.notesTitle, n]),
  ].filter((r) => r[1] !== null);
  const columns: TableColumn[] = [
    { header: o.aboutColumns[0], min: 18, max: 26 },
    { header: o.aboutColumns[1], min: 100, max: 110, wrap: true },
  ];
  return tableSheet(report, o.aboutSheet, columns, rows);
}

/**
 * Metingen: every measurement side by side, theme names on the columns: first the regional median
 * per measurement, then per organisation its score in each measurement (not with aggregateOnly).
 */
export function historySheet(report: Report): SheetSpec[] {
  const h = report.history;
  if (!h) return [];
  const t = textOf(report);
  const o = ORGANISATION_TEXT[report.lang];
  const labels = h.measurements.map((m, i) => m.meetmoment ?? `${o.measurement} ${i + 1}`);
  const pct = { numFmt: '0.0', center: true, min: 10, max: 16 };
  const columns: TableColumn[] = [
    { header: t.organisation, min: 16, max: 32 },
    { header: t.meetmoment, min: 14, max: 20 },
    ...report.themes.map((th) => ({ header: themeLabel(report, th.id), ...pct })),
    { header: t.overall, ...pct },
  ];
  const median = `${o.regionMedian} (${t.wholeRegion})`;
  const rows: TableValue[][] = labels.map((l, i) => [
    median,
    l,
    ...h.themes.map((th) => th.medians[i] ?? t.hidden),
    h.overall.medians[i] ?? t.hidden,
  ]);
  for (const org of h.organisations) {
    labels.forEach((l, i) =>
      rows.push([
        org.name,
        l,
        ...report.themes.map((th) => org.themes.find((x) => x.id === th.id)?.scores[i] ?? null),
        org.overall[i] ?? null,
      ]),
    );
  }
  return [tableSheet(report, o.historySheet, columns, rows, { freezeCols: 2 })];
}
