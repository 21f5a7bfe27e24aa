import path from 'node:path';
import { REPORT_NOTES } from '../i18n/report-notes.js';
import type { Organisation } from '../norm/registry-schema.js';
import type { BuildReportOptions } from './report-options.js';
import { pseudonym } from './pseudonymise.js';
import type { Change, OrganisationResult, Report, ThemeStats, Trend } from './report-model.js';
import { round1 } from '../score/score-submission.js';
import { successorOn } from '../norm/registry-time.js';

/**
 * Which principle of the previous report each current principle compares with: the same id within
 * one norm version; across versions the one old principle it continues (`was`), none for new and
 * merged principles. What cannot be compared is said in the note.
 */
function principleMatcher(
  previousVersion: string,
  o: Pick<BuildReportOptions, 'norm' | 'lang' | 'previousMaps'>,
): { previousIdOf: (id: string) => string | null; note?: string } {
  if (previousVersion === o.norm.versie) return { previousIdOf: (id) => id };
  const text = REPORT_NOTES[o.lang];
  const map = o.previousMaps?.[previousVersion];
  if (!map) return { previousIdOf: () => null, note: text.versionUnmapped(previousVersion, o.norm.versie) };
  const single = new Map(map.links.filter((l) => l.was.length === 1).map((l) => [l.id, l.was[0] ?? l.id]));
  const renamed = [...single].filter(([id, was]) => id !== was).map(([id, was]) => `${id} ← ${was}`);
  const leftOut = map.links
    .filter((l) => l.was.length !== 1)
    .map((l) => (l.was.length === 0 ? text.newPrinciple(l.id) : text.mergedPrinciple(l.id, l.was.join(', '))));
  return {
    previousIdOf: (id) => single.get(id) ?? null,
    note: text.versionMapped(
      map.from,
      map.to,
      renamed.join(', '),
      [...leftOut, ...map.removed.map((r) => text.removedPrinciple(r.id))].join('; '),
    ),
  };
}

function change(before: number | null, now: number | null): Change {
  return { before, now, delta: before === null || now === null ? null : round1(now - before) };
}

/**
 * Year over year against an earlier rapportage.json: per organisation and theme the change, per
 * principle the status changes. Organisations merged since are mapped to their successor through
 * the registry's `opvolger`; their previous scores are averaged. What could not be compared comes
 * back as notes for the report, in the order found.
 */
export function buildTrend(
  previous: { report: Report; file: string },
  organisations: OrganisationResult[],
  themeStats: Array<Pick<ThemeStats, 'id' | 'mean'>>,
  accepted: Array<{ org: Organisation }>,
  o: Pick<BuildReportOptions, 'norm' | 'registry' | 'anonymise' | 'salt' | 'aggregateOnly' | 'lang' | 'previousMaps'> & {
    year?: number | undefined;
  },
): { trend: Trend; notes: string[] } {
  const prev = previous.report;
  const matcher = principleMatcher(prev.norm.version, o);
  const { previousIdOf } = matcher;
  const notes: string[] = matcher.note === undefined ? [] : [matcher.note];
  // Codes of the previous report map to whoever carries their history in this report's year: Wijdemeren
  // stays Wijdemeren for 2026 and becomes Hilversum for 2027. Without a year, every link is followed.
  const day = o.year === undefined ? '9999-12-31' : `${o.year}-01-01`;
  const successor = (code: string): string => successorOn(code, o.registry, day);
  // A previous anonymised report can only be matched through the same pseudonyms (same salt).
  const prevKey = (code: string) => (prev.scope.anonymised ? code : successor(code));
  const currentKey = (org: Organisation) => (prev.scope.anonymised ? pseudonym(org.code, o.salt) : org.code);
  // An anonymised report must not name the organisations of the previous one either.
  const shown = (code: string) => (o.anonymise && !prev.scope.anonymised ? pseudonym(code, o.salt) : code);
  const shownName = (p: Report['organisations'][number]) =>
    o.anonymise && !prev.scope.anonymised ? pseudonym(p.code, o.salt) : p.name;
  const previousByKey = new Map<string, Report['organisations']>();
  for (const p of prev.organisations) previousByKey.set(prevKey(p.code), [...(previousByKey.get(prevKey(p.code)) ?? []), p]);

  const results = new Map(organisations.map((r) => [r.code, r]));
  const trendOrgs: Trend['organisations'] = [];
  const statusChanges: Trend['statusChanges'] = [];
  for (const { org } of accepted) {
    const before = previousByKey.get(currentKey(org));
    const now = results.get(o.anonymise ? pseudonym(org.code, o.salt) : org.code);
    if (!before?.length || !now) continue;
    const mean = (values: Array<number | null>) => {
      const v = values.filter((x): x is number => x !== null);
      return v.length ? round1(v.reduce((a, b) => a + b, 0) / v.length) : null;
    };
    trendOrgs.push({
      code: now.code,
      name: now.name,
      previousCodes: before.map((b) => shown(b.code)),
      overall: change(mean(before.map((b) => b.overall.score)), now.overall.score),
      themes: now.themes
        .map((t) => change(mean(before.map((b) => b.themes.find((x) => x.id === t.id)?.score ?? null)), t.score))
        .map((c, i) => ({ id: now.themes[i]?.id ?? '', ...c })),
    });
    const single = before.length === 1 ? before[0] : undefined;
    if (!single) {
      notes.push(REPORT_NOTES[o.lang].mergedTrend(now.name, before.map(shownName).join(', ')));
      continue;
    }
    for (const [principle, status] of Object.entries(now.statuses)) {
      const previousId = previousIdOf(principle);
      if (previousId === null) continue;
      const was = single.statuses[previousId] ?? null;
      if (was !== status)
        statusChanges.push({
          code: now.code,
          name: now.name,
          principle,
          ...(previousId !== principle ? { previousPrinciple: previousId } : {}),
          before: was,
          now: status,
        });
    }
  }
  const trend: Trend = {
    previous: {
      generatedAt: prev.generatedAt,
      meetmoment: prev.scope.meetmoment,
      file: o.anonymise ? path.basename(previous.file) : previous.file,
    },
    organisations: o.aggregateOnly ? [] : trendOrgs,
    themes: themeStats.map((t) => ({ id: t.id, ...change(prev.themeStats.find((p) => p.id === t.id)?.mean ?? null, t.mean) })),
    statusChanges: o.aggregateOnly ? [] : statusChanges,
  };
  return { trend, notes };
}
