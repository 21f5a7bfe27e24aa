import type { CarryJob, CarryProblem } from '../../carry/plan-carries.js';
import type { Lang } from '../../base/lang.js';
import { CARRY_TEXT } from '../../i18n/carry-text.js';

/** What `weerbaar template --from` did, as data (the JSON output is this object). */
export interface CarryReport {
  schemaVersion: 1;
  tool: { name: string; version: string };
  norm: { id: string; version: string };
  files: Array<{
    source: string;
    output: string;
    organisation: { code: string; name: string } | null;
    from: CarryJob['plan']['from'];
    sourceErrors: number;
    olderFiles: string[];
    counts: Record<'overgenomen' | 'opnieuw-bekijken' | 'nieuw' | 'vervallen', number>;
    principles: Array<Pick<CarryJob['plan']['rows'][number], 'id' | 'was' | 'kind' | 'outcome' | 'reason' | 'lost'>>;
    removed: CarryJob['plan']['removed'];
  }>;
  problems: CarryProblem[];
}

export function buildCarryReport(
  jobs: Array<CarryJob & { output: string }>,
  problems: CarryProblem[],
  meta: Pick<CarryReport, 'tool' | 'norm'>,
): CarryReport {
  return {
    schemaVersion: 1,
    ...meta,
    files: jobs.map((j) => ({
      source: j.file,
      output: j.output,
      organisation: j.organisation,
      from: j.plan.from,
      sourceErrors: j.sourceErrors,
      olderFiles: j.olderFiles,
      counts: carryCounts(j),
      principles: j.plan.rows.map(({ id, was, kind, outcome, reason, lost }) => ({ id, was, kind, outcome, reason, lost })),
      removed: j.plan.removed,
    })),
    problems,
  };
}

function carryCounts(j: Pick<CarryJob, 'plan'>): CarryReport['files'][number]['counts'] {
  const n = (o: string) => j.plan.rows.filter((r) => r.outcome === o).length;
  return {
    overgenomen: n('overgenomen'),
    'opnieuw-bekijken': n('opnieuw-bekijken'),
    nieuw: n('nieuw'),
    vervallen: j.plan.removed.length,
  };
}

/**
 * The table: per written file, every principle that did not simply carry over unchanged (the
 * rest is counted), then the removed ones; problems last.
 */
export function renderCarryTable(
  report: CarryReport,
  lang: Lang,
  makeTable: (head: string[]) => { push: (...rows: string[][]) => number; toString: () => string },
): string {
  const t = CARRY_TEXT[lang];
  const out: string[] = [];
  for (const f of report.files) {
    out.push(`${f.source} → ${f.output}${f.organisation ? ` (${f.organisation.name})` : ''}`);
    const table = makeTable(t.header);
    let rows = 0;
    for (const p of f.principles) {
      const plain =
        p.kind === 'ongewijzigd' && p.outcome === 'overgenomen' && p.lost.length === 0 && p.was.length === 1 && p.was[0] === p.id;
      if (plain) continue;
      const why = p.reason ? ` (${t.reasons[p.reason]})` : '';
      table.push([p.id, p.was.join(', ') || '-', t.kinds[p.kind], `${t.outcome[p.outcome]}${why}`]);
      rows++;
    }
    for (const r of f.removed) {
      table.push(['-', r.id, t.kinds.vervallen, `${t.outcome.vervallen}${r.reden ? ` (${r.reden})` : ''}`]);
      rows++;
    }
    if (rows > 0) out.push(table.toString());
    for (const p of f.principles) if (p.lost.length) out.push(t.lostFields(p.id, p.lost.join(', ')));
    if (f.sourceErrors > 0) out.push(t.sourceErrors(f.source, f.sourceErrors));
    if (f.olderFiles.length) out.push(t.sameOrganisation(f.organisation?.name ?? f.source, f.olderFiles.join(', ')));
    if (!f.organisation) out.push(t.noOrganisation(f.source));
    const c = f.counts;
    out.push(t.written(f.output, c.overgenomen, c['opnieuw-bekijken'], c.nieuw, c.vervallen), '');
  }
  for (const p of report.problems)
    out.push(
      p.kind === 'no-chain' ? t.noChain(p.file, p.version, report.norm.version) : t.notFromReturn(p.file, p.codes.join(', ')),
    );
  return out.join('\n').trimEnd();
}
