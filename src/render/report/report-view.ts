import type { GroupStats, InputFile, OrganisationResult, PrincipleStats, Report } from '../../report/report-model.js';
import { decimalText } from '../../base/decimal.js';

/** Small read-only views on a Report that more than one renderer needs. */

export type InputStatus = InputFile['status'];
export const INPUT_STATUSES: readonly InputStatus[] = ['accepted', 'rejected', 'superseded', 'conflict', 'skipped', 'excluded'];

export function countByStatus(report: Report): Record<InputStatus, number> {
  const counts: Record<InputStatus, number> = { accepted: 0, rejected: 0, superseded: 0, conflict: 0, skipped: 0, excluded: 0 };
  for (const f of report.inputs) counts[f.status] += 1;
  return counts;
}

/** "1. Bewustwording & Organisatie", or the id itself when the norm has no such theme. */
export function themeLabel(report: Report, id: string): string {
  const theme = report.themes.find((t) => t.id === id);
  return theme ? `${theme.id}. ${theme.name}` : id;
}

/** An answer option's label in the report language; an unknown code as it is. */
export function optionLabel(report: Report, code: string | null): string | null {
  if (code === null) return null;
  return report.options.find((o) => o.code === code)?.label ?? code;
}

const byText = (a: string | null, b: string | null) => (a ?? '\uffff').localeCompare(b ?? '\uffff', 'nl');

/** Organisations grouped by RIEC and veiligheidsregio, then by name (the builder sorts too; this keeps the groups together regardless). */
export function sortedOrganisations(report: Report): OrganisationResult[] {
  return [...report.organisations].sort(
    (a, b) =>
      byText(a.riec, b.riec) ||
      byText(a.veiligheidsregio, b.veiligheidsregio) ||
      byText(a.name, b.name) ||
      byText(a.code, b.code),
  );
}

/** The RIEC names that have statistics, sorted. */
export function riecNames(report: Report): string[] {
  const names = new Set<string>();
  for (const th of report.themeStats) for (const name of Object.keys(th.byRiec)) names.add(name);
  return [...names].sort((a, b) => byText(a, b));
}

/** The statistics of one RIEC for one theme, or null when the report has none. */
export function riecStats(report: Report, themeId: string, riec: string): GroupStats | null {
  return report.themeStats.find((t) => t.id === themeId)?.byRiec[riec] ?? null;
}

/** True when any figure in the report is hidden because its group is under minGroup. */
export function hasHiddenFigures(report: Report): boolean {
  const groups: GroupStats[] = [
    report.overallStats,
    ...report.themeStats,
    ...report.themeStats.flatMap((t) => Object.values(t.byRiec)),
  ];
  return groups.some((g) => g.median === null || g.mean === null) || report.principles.some((p) => p.meetsShare === null);
}

/** The n weakest principles (the list is ranked already; sorting by rank keeps that true for any input). */
export function weakestPrinciples(report: Report, n: number): PrincipleStats[] {
  return [...report.principles].sort((a, b) => a.rank - b.rank).slice(0, n);
}

/** Messages of the first findings, one per line: "fout: message (CODE)". */
export function findingLines(file: InputFile, severity: Record<string, string>): string[] {
  return file.firstFindings.map((f) => {
    const message = f.message.trim();
    const text = message && message !== f.code ? `${message} (${f.code})` : f.code;
    return `${severity[f.severity] ?? f.severity}: ${text}`;
  });
}

/** Organisations whose overall score went up, down or stayed the same (to one decimal). */
export function trendCounts(report: Report): { up: number; down: number; same: number } {
  const deltas = (report.trend?.organisations ?? []).map((o) => o.overall.delta).filter((d): d is number => d !== null);
  const r = (d: number) => Math.round(d * 10);
  return {
    up: deltas.filter((d) => r(d) > 0).length,
    down: deltas.filter((d) => r(d) < 0).length,
    same: deltas.filter((d) => r(d) === 0).length,
  };
}

/**
 * Per principle: how many organisations moved to a better or a worse answer since the previous
 * report (by the options' scores), and how many changed otherwise (to or from n.v.t. or empty).
 */
export function principleChanges(
  report: Report,
): Array<{ id: string; title: string; improved: number; worsened: number; other: number }> {
  const score = (code: string | null) => report.options.find((o) => o.code === code)?.score ?? null;
  const byId = new Map<string, { improved: number; worsened: number; other: number }>();
  for (const c of report.trend?.statusChanges ?? []) {
    const entry = byId.get(c.principle) ?? { improved: 0, worsened: 0, other: 0 };
    const before = score(c.before);
    const now = score(c.now);
    if (before === null || now === null || before === now) entry.other++;
    else if (now > before) entry.improved++;
    else entry.worsened++;
    byId.set(c.principle, entry);
  }
  return report.principles
    .filter((p) => byId.has(p.id))
    .map((p) => ({ id: p.id, title: p.title, ...(byId.get(p.id) ?? { improved: 0, worsened: 0, other: 0 }) }))
    .sort((a, b) => a.id.localeCompare(b.id, 'nl', { numeric: true }));
}

/** The answer options with their scores in words, "Uitgevoerd 1, In ontwikkeling 0,5, Ontbreekt 0", and the not-applicable ones. */
export function scaleWords(report: Report): { scale: string; nvt: string } {
  const n = (v: number) => decimalText(String(v), report.lang);
  return {
    scale: report.options
      .filter((o) => o.score !== null)
      .map((o) => `${o.label} ${n(o.score ?? 0)}`)
      .join(', '),
    nvt: report.options
      .filter((o) => o.score === null)
      .map((o) => o.label)
      .join(', '),
  };
}
