import type { GroupStats, OrganisationResult, Report, ReportField } from '../../report/report-model.js';

/** Read-only views on a Report for the page of one organisation. */

export interface OpenPoint {
  id: string;
  title: string;
  themeId: string;
  /** Status label, or null when not filled in. */
  status: string | null;
  /** The planned date (the first field with `rol: planning`), ISO; null without. */
  planned: string | null;
  /** The label of the priority (`rol: prioriteit`); null without. */
  priority: string | null;
  /** The other answers shown on the page, one per `pageFields(report)`. */
  values: Array<string | null>;
  overdue: boolean;
}

/** The answer fields the page per organisation shows next to the status: all but the status, the long explanations and the exchange answer. */
export function pageFields(report: Report): ReportField[] {
  return report.fields.filter((f) => f.role !== 'status' && !f.explanation && !f.exchange);
}

/** The organisation by name or code (case ignored), or undefined. */
export function findOrganisation(report: Report, given: string): OrganisationResult | undefined {
  const g = given.trim().toLowerCase();
  return (
    report.organisations.find((o) => o.code.toLowerCase() === g) ?? report.organisations.find((o) => o.name.toLowerCase() === g)
  );
}

/** The file name of an organisation's page: code and name, safe on every file system. */
export function organisationFileName(org: Pick<OrganisationResult, 'code' | 'name'>): string {
  const slug = org.name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${org.code}${slug ? `-${slug}` : ''}.html`;
}

/** Median per theme (and 'overall') of the organisation's RIEC and size class; null when hidden or absent. */
export function comparisonMedians(
  report: Report,
  org: OrganisationResult,
): { riec: Record<string, number | null>; size: Record<string, number | null> } {
  const pick = (groups: Record<string, GroupStats> | undefined, key: string | null) =>
    key !== null && groups && Object.hasOwn(groups, key) ? (groups[key]?.median ?? null) : null;
  const riecKey = org.riec ?? '–';
  const riec: Record<string, number | null> = { overall: pick(report.overallByRiec, riecKey) };
  const size: Record<string, number | null> = { overall: pick(report.overallBySize, org.sizeClass) };
  for (const t of report.themeStats) {
    riec[t.id] = pick(t.byRiec, riecKey);
    size[t.id] = pick(t.bySize, org.sizeClass);
  }
  return { riec, size };
}

/**
 * Principles not at the best answer (and not n.v.t.): passed planned dates first, then by
 * priority (as ordered in the norm), then by planned date and number.
 */
export function openPoints(report: Report, org: OrganisationResult, today: string): OpenPoint[] {
  const best = report.options.find((o) => o.score !== null);
  const nvt = new Set(report.options.filter((o) => o.score === null).map((o) => o.code));
  const statusId = report.fields.find((f) => f.role === 'status')?.id ?? '';
  const plannedId = report.fields.find((f) => f.role === 'planning')?.id;
  const priorityId = report.fields.find((f) => f.role === 'prioriteit')?.id;
  const shown = pageFields(report);
  const rows = new Map(report.answers.filter((a) => a.code === org.code).map((a) => [a.principle.split(' ')[0] ?? '', a]));
  const points = report.principles
    .filter((p) => {
      const status = org.statuses[p.id] ?? null;
      return status === null || (status !== best?.code && !nvt.has(status));
    })
    .map((p): OpenPoint => {
      const row = rows.get(p.id);
      const value = (id: string | undefined) => (id === undefined ? null : (row?.values[id] ?? null));
      const planned = value(plannedId);
      return {
        id: p.id,
        title: p.title,
        themeId: p.themeId,
        status: value(statusId),
        planned,
        priority: value(priorityId),
        values: shown.map((f) => value(f.id)),
        overdue: planned !== null && planned < today,
      };
    });
  // The norm lists the priority options most urgent first; an unknown label after them, none last.
  const rank = (p: OpenPoint) => {
    if (p.priority === null) return Number.MAX_SAFE_INTEGER;
    const i = report.priorities.indexOf(p.priority);
    return i >= 0 ? i : report.priorities.length;
  };
  return points.sort(
    (a, b) =>
      Number(b.overdue) - Number(a.overdue) ||
      rank(a) - rank(b) ||
      (a.planned ?? '9999').localeCompare(b.planned ?? '9999') ||
      a.id.localeCompare(b.id, 'nl', { numeric: true }),
  );
}
