import type { FindingCode } from '../../findings/codes.js';
import type { Finding, Severity } from '../../findings/finding.js';
import { capFindings, MAX_FINDINGS_PER_CODE } from './cap-findings.js';

/** The findings of one code in one file, as one line of a human output. */
export interface FindingGroup {
  code: FindingCode;
  severity: Severity;
  /** The findings shown (at most the cap), in the order they were found. */
  findings: Finding[];
  /** All findings of this code, including those left out by the cap. */
  total: number;
}

/** Consecutive places: one cell, or a run of cells down one column (E4:E44, principles 1.1–6.6). */
export interface PlaceRun {
  sheet?: string;
  firstCell?: string;
  lastCell?: string;
  firstPrinciple?: string;
  lastPrinciple?: string;
  count: number;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors first; within a severity the order in which they were found (sheet, then row). */
function sortFindings(findings: readonly Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => RANK[a.f.severity] - RANK[b.f.severity] || a.i - b.i)
    .map(({ f }) => f);
}

/**
 * Groups one file's findings by code (and severity, which --strict may raise), errors first and
 * otherwise in the order they were found, after capping each code at `limit`. A group of one is a
 * single finding; the human outputs word larger groups as one line with the list of places.
 * Findings that point at no cell or principle stay one per line: there are no places to list.
 */
export function groupFindings(findings: readonly Finding[], limit = MAX_FINDINGS_PER_CODE): FindingGroup[] {
  const { shown, omitted } = capFindings(findings, limit);
  const groups = new Map<string, FindingGroup>();
  sortFindings(shown).forEach((f, i) => {
    // Findings without a place (COPIED_TOELICHTING per text) have nothing to list: each stays a line.
    const placed = f.location.cell !== undefined || f.location.principle !== undefined;
    const key = placed ? `${f.severity} ${f.code}` : `${f.severity} ${f.code} ${i}`;
    const g = groups.get(key) ?? { code: f.code, severity: f.severity, findings: [], total: 0 };
    g.findings.push(f);
    g.total++;
    groups.set(key, g);
  });
  for (const o of omitted) {
    const g = [...groups.values()].find((x) => x.code === o.code);
    if (g) g.total += o.count;
  }
  return [...groups.values()];
}

/**
 * The places of a group as runs. Findings on principles that follow each other in the norm's
 * order form one run (1.1–6.6, across the theme rows between them); without that order, or
 * without principles, cells that follow each other down one column do (B6:B8).
 */
export function placeRuns(findings: readonly Finding[], principleOrder: readonly string[] = []): PlaceRun[] {
  const rank = new Map(principleOrder.map((id, i) => [id, i]));
  const runs: PlaceRun[] = [];
  let last: { run: PlaceRun; column: string; row: number; rank: number | undefined } | undefined;
  for (const f of findings) {
    const { sheet, cell, principle } = f.location;
    const m = cell ? /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(cell) : null;
    const column = m?.[1] ?? '';
    const row = Number(m?.[2] ?? Number.NaN);
    const r = principle === undefined ? undefined : rank.get(principle);
    const sameSheet =
      last !== undefined && last.run.sheet === sheet && (last.run.lastCell === undefined) === (cell === undefined);
    const next =
      sameSheet &&
      last !== undefined &&
      (r !== undefined && last.rank !== undefined
        ? last.rank + 1 === r && last.column === column
        : m !== null && last.rank === undefined && r === undefined && last.column === column && last.row + 1 === row);
    if (last && next) {
      if (cell) last.run.lastCell = cell;
      if (principle) last.run.lastPrinciple = principle;
      last.run.count++;
      last.row = row;
      last.rank = r;
      continue;
    }
    const run: PlaceRun = {
      count: 1,
      ...(sheet ? { sheet } : {}),
      ...(cell ? { firstCell: cell, lastCell: cell } : {}),
      ...(principle ? { firstPrinciple: principle, lastPrinciple: principle } : {}),
    };
    runs.push(run);
    last = { run, column, row, rank: r };
  }
  return runs;
}
