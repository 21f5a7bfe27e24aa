import type { Norm } from '../norm/norm-schema.js';
import { findMeetmoment, meetmomentOptions } from '../norm/meetmoment.js';
import type { Organisation, Registry } from '../norm/registry-schema.js';
import { round1 } from '../score/score-submission.js';
import { previousMatcher } from './previous-match.js';
import type { GroupStats, History, OrganisationResult, Report, ThemeStats } from './report-model.js';

export interface PreviousReport {
  report: Report;
  file: string;
}

/**
 * The earlier reports in the order of their meetmoment (the norm's order of options; an unknown
 * meetmoment by the date the report was made), oldest first.
 */
export function orderPrevious(previous: readonly PreviousReport[], norm: Norm): PreviousReport[] {
  const options = meetmomentOptions(norm);
  const rank = (p: PreviousReport) => {
    const option = p.report.scope.meetmoment ? findMeetmoment(norm, p.report.scope.meetmoment) : undefined;
    return option ? options.indexOf(option) : Number.MAX_SAFE_INTEGER;
  };
  return [...previous].sort((a, b) => rank(a) - rank(b) || a.report.generatedAt.localeCompare(b.report.generatedAt));
}

const mean = (values: Array<number | null>): number | null => {
  const v = values.filter((x): x is number => x !== null);
  return v.length ? round1(v.reduce((a, b) => a + b, 0) / v.length) : null;
};

/**
 * Every earlier measurement and this one side by side: the regional median and mean per theme and
 * overall, and per organisation of this report its scores in each measurement.
 */
export function buildHistory(
  ordered: readonly PreviousReport[],
  now: {
    report: Pick<Report, 'generatedAt'> & { meetmoment: string | null };
    organisations: OrganisationResult[];
    themeStats: ThemeStats[];
    overallStats: GroupStats;
  },
  accepted: ReadonlyArray<{ org: Organisation; result: OrganisationResult }>,
  o: {
    registry: Registry;
    salt: string;
    anonymise: boolean;
    aggregateOnly: boolean;
    fileLabel: (file: string) => string;
    year?: number | undefined;
  },
): History {
  const themeIds = now.themeStats.map((t) => t.id);
  // Codes map to whoever carries their history in this report's year (as in the trend).
  const day = o.year === undefined ? '9999-12-31' : `${o.year}-01-01`;
  const matchers = ordered.map((p) => previousMatcher(p.report, o.registry, o.salt, day));
  return {
    measurements: [
      ...ordered.map((p) => ({
        meetmoment: p.report.scope.meetmoment,
        generatedAt: p.report.generatedAt,
        file: o.fileLabel(p.file),
      })),
      { meetmoment: now.report.meetmoment, generatedAt: now.report.generatedAt, file: null },
    ],
    overall: {
      medians: [...ordered.map((p) => p.report.overallStats.median), now.overallStats.median],
      means: [...ordered.map((p) => p.report.overallStats.mean), now.overallStats.mean],
    },
    themes: themeIds.map((id) => {
      const at = (r: Report | null) => (r ? r.themeStats.find((t) => t.id === id) : now.themeStats.find((t) => t.id === id));
      return {
        id,
        medians: [...ordered.map((p) => at(p.report)?.median ?? null), at(null)?.median ?? null],
        means: [...ordered.map((p) => at(p.report)?.mean ?? null), at(null)?.mean ?? null],
      };
    }),
    organisations: o.aggregateOnly
      ? []
      : accepted.map(({ org, result }) => {
          const before = matchers.map((match) => match(org));
          return {
            code: result.code,
            name: result.name,
            overall: [...before.map((rows) => mean(rows.map((r) => r.overall.score))), result.overall.score],
            themes: themeIds.map((id) => ({
              id,
              scores: [
                ...before.map((rows) => mean(rows.map((r) => r.themes.find((t) => t.id === id)?.score ?? null))),
                result.themes.find((t) => t.id === id)?.score ?? null,
              ],
            })),
          };
        }),
  };
}
