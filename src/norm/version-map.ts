import type { Norm, Principle } from './norm-schema.js';

/**
 * How a principle of a newer norm version relates to an older one, from the mildest to the most
 * demanding change. Only the first two let answers be carried without a new look.
 */
export const LINK_KINDS = ['ongewijzigd', 'redactioneel', 'inhoudelijk', 'samengevoegd', 'nieuw'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

export interface PrincipleLink {
  /** Id in the newer version. */
  id: string;
  /** Ids in the older version that it continues (empty: new). */
  was: string[];
  kind: LinkKind;
}

/** From one version of a norm to a later one: every newer principle with its sources, and what was dropped. */
export interface VersionMap {
  normId: string;
  from: string;
  to: string;
  links: PrincipleLink[];
  /** Ids of the older version that no newer principle continues, with the reason given in the norm. */
  removed: Array<{ id: string; reden?: string; reden_en?: string }>;
  /** Older ids continued by more than one newer principle. */
  splits: Array<{ id: string; into: string[] }>;
  /** Newer ids that continue more than one older principle. */
  merges: Array<{ id: string; from: string[] }>;
}

/** Can the answers of the older principle be taken over as they are? */
export function carriesAnswers(link: PrincipleLink): boolean {
  return link.was.length === 1 && (link.kind === 'ongewijzigd' || link.kind === 'redactioneel');
}

export function principlesOf(norm: Norm): Principle[] {
  return norm.themas.flatMap((t) => t.uitgangspunten);
}

/** The ids a principle continues: as written in `was`, else its own id if the previous version had it. */
export function wasOf(principle: Principle, previousIds: ReadonlySet<string>): string[] {
  return principle.was ?? (previousIds.has(principle.id) ? [principle.id] : []);
}

/** One step: `norm` against the version it names as `vorige_versie` (given as `previous`). */
export function versionStep(norm: Norm, previous: Norm): VersionMap {
  const before = new Map(principlesOf(previous).map((p) => [p.id, p]));
  const ids = new Set(before.keys());
  const links = principlesOf(norm).map((p): PrincipleLink => {
    const was = wasOf(p, ids).filter((id) => ids.has(id));
    const old = was.length === 1 ? before.get(was[0] ?? '') : undefined;
    const sameText = old !== undefined && old.titel === p.titel && old.tekst === p.tekst;
    const kind: LinkKind = was.length === 0 ? 'nieuw' : was.length > 1 ? 'samengevoegd' : (p.wijziging ?? (sameText ? 'ongewijzigd' : 'inhoudelijk'));
    return { id: p.id, was, kind };
  });
  return summarise(norm.id, previous.versie, norm.versie, links, [...ids], norm.vervallen ?? []);
}

/**
 * The map from an older version to `norm`, following `vorige_versie` through the archive one step
 * at a time; undefined when the chain does not reach that version.
 */
export function versionMapFrom(norm: Norm, fromVersion: string, archive: readonly Norm[]): VersionMap | undefined {
  const find = (version: string | undefined) => archive.find((n) => n.id === norm.id && n.versie === version);
  const steps: VersionMap[] = [];
  let current = norm;
  for (let hop = 0; hop < 50 && current.versie !== fromVersion; hop++) {
    const previous = find(current.vorige_versie);
    if (!previous) return undefined;
    steps.unshift(versionStep(current, previous));
    current = previous;
  }
  if (current.versie !== fromVersion) return undefined;
  if (steps.length === 0) return identityMap(norm);
  const oldestIds = principlesOf(current).map((p) => p.id);
  return steps.reduce((acc, step) => compose(acc, step, oldestIds));
}

/** A version to itself: every principle unchanged (next year's update of the same template). */
export function identityMap(norm: Norm): VersionMap {
  const links = principlesOf(norm).map((p): PrincipleLink => ({ id: p.id, was: [p.id], kind: 'ongewijzigd' }));
  return { normId: norm.id, from: norm.versie, to: norm.versie, links, removed: [], splits: [], merges: [] };
}

function compose(first: VersionMap, second: VersionMap, originalIds: string[]): VersionMap {
  const byId = new Map(first.links.map((l) => [l.id, l]));
  const rank = (k: LinkKind) => LINK_KINDS.indexOf(k);
  const links = second.links.map((link): PrincipleLink => {
    const sources = link.was.map((id) => byId.get(id)).filter((l): l is PrincipleLink => l !== undefined);
    const was = [...new Set(sources.flatMap((s) => s.was))];
    if (was.length === 0) return { id: link.id, was, kind: 'nieuw' };
    if (was.length > 1) return { id: link.id, was, kind: 'samengevoegd' };
    const worst = [link.kind, ...sources.map((s) => s.kind)].reduce((a, b) => (rank(b) > rank(a) ? b : a));
    return { id: link.id, was, kind: worst === 'nieuw' || worst === 'samengevoegd' ? 'inhoudelijk' : worst };
  });
  // A reason given in a later step names an id of the step in between; the first step's reasons fit best.
  return summarise(second.normId, first.from, second.to, links, originalIds, [...second.removed, ...first.removed]);
}

function summarise(normId: string, from: string, to: string, links: PrincipleLink[], oldIds: string[], declared: VersionMap['removed']): VersionMap {
  const continued = new Set(links.flatMap((l) => l.was));
  const reasons = new Map(declared.map((r) => [r.id, r] as const));
  const removed = oldIds.filter((id) => !continued.has(id)).map((id) => reasons.get(id) ?? { id });
  const splits = oldIds
    .map((id) => ({ id, into: links.filter((l) => l.was.includes(id)).map((l) => l.id) }))
    .filter((s) => s.into.length > 1);
  const merges = links.filter((l) => l.was.length > 1).map((l) => ({ id: l.id, from: l.was }));
  return { normId, from, to, links, removed, splits, merges };
}
