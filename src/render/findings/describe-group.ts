import type { Finding } from '../../findings/finding.js';
import type { Lang } from '../../base/lang.js';
import { findingMessage } from '../../i18n/format-finding.js';
import { GROUP_TEXT } from '../../i18n/group-text.js';
import { placeRuns, type FindingGroup, type PlaceRun } from './group-findings.js';

/** In a sentence, at most this many runs of places are listed ("1.1–1.7, 2.3, … en nog 12"). */
const MAX_RUNS_IN_MESSAGE = 12;
/** In a place column, at most this many runs of cells. */
const MAX_RUNS_IN_WHERE = 3;

/** A group as a human output shows it: where (sheet and cells) and one sentence. */
export interface DescribedGroup {
  /** "Implementatieoverzicht!E4:E44"; '' when the findings point at no cell or sheet. */
  sheet: string;
  cells: string;
  message: string;
}

/**
 * One line for a group of findings of one code: a single finding keeps its own message; a larger
 * group gets one sentence with the count and the list of places (principles where known, cells
 * otherwise), in the workbook's words. `principleOrder` (the norm's ids in order) lets a run of
 * principles continue across the theme rows between them.
 */
export function describeGroup(group: FindingGroup, lang: Lang, principleOrder: readonly string[] = []): DescribedGroup {
  const runs = placeRuns(group.findings, principleOrder);
  const first = group.findings[0];
  const sheet = first?.location.sheet ?? '';
  const cells = listRuns(
    runs.filter((r) => r.sheet === first?.location.sheet),
    MAX_RUNS_IN_WHERE,
    cellRun,
    lang,
    0,
  );
  if (!first) return { sheet, cells, message: '' };
  if (group.total === 1) return { sheet, cells, message: findingMessage(first, lang) };
  const places = listRuns(runs, MAX_RUNS_IN_MESSAGE, placeRun, lang, group.total - group.findings.length);
  return { sheet, cells, message: groupSentence(group, places, lang) };
}

function groupSentence(group: FindingGroup, places: string, lang: Lang): string {
  const t = GROUP_TEXT[lang];
  // Every finding of a group has the group's code, so the line for that code fits them.
  const line = t.lines[group.code] as ((n: number, places: string, findings: readonly Finding[]) => string) | undefined;
  if (line) return line(group.total, places, group.findings);
  return t.other(group.total, places, group.findings[0] ? findingMessage(group.findings[0], lang) : '');
}

/** Runs as text, shortened after `max` runs with "and N more" (N counting places left out as well). */
function listRuns(runs: readonly PlaceRun[], max: number, show: (r: PlaceRun) => string, lang: Lang, notShown: number): string {
  const listed = runs.slice(0, max).map(show).filter(Boolean);
  const more = runs.slice(max).reduce((n, r) => n + r.count, 0) + notShown;
  return more > 0 ? `${listed.join(', ')} ${GROUP_TEXT[lang].morePlaces(more)}` : listed.join(', ');
}

/** A principle range where the run has principle numbers, the cell range otherwise. */
function placeRun(r: PlaceRun): string {
  if (r.firstPrinciple) {
    if (r.count === 1 || r.firstPrinciple === r.lastPrinciple) return r.firstPrinciple;
    return r.count === 2 ? `${r.firstPrinciple}, ${r.lastPrinciple}` : `${r.firstPrinciple}–${r.lastPrinciple}`;
  }
  return cellRun(r);
}

function cellRun(r: PlaceRun): string {
  if (!r.firstCell) return '';
  return r.count === 1 || r.firstCell === r.lastCell ? r.firstCell : `${r.firstCell}:${r.lastCell}`;
}
