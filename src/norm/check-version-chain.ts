import type { Finding } from '../findings/finding.js';
import { makeFinding } from '../findings/make-finding.js';
import { compareVersions } from './compare-versions.js';
import { describeNormPath } from './describe-norm-path.js';
import type { Norm } from './norm-schema.js';
import { principlesOf, wasOf } from './version-map.js';

/**
 * The link to the previous version (`vorige_versie`, `was`, `vervallen`): the previous version is
 * in the archive, every `was` id exists there, and every old id is continued or listed as removed.
 * The archive comes in as data (read by src/io). Findings carry a YAML `path` like checkNorm's.
 */
export function checkVersionChain(norm: Norm, archive: readonly Norm[]): Finding[] {
  const findings: Finding[] = [];
  const at = (path: Array<string | number>, build: (path: string) => Finding) =>
    findings.push({ ...build(path.join('.')), location: { context: describeNormPath(path, norm) } });
  const principlePaths = norm.themas.flatMap((t, ti) => t.uitgangspunten.map((p, pi) => ({ p, where: ['themas', ti, 'uitgangspunten', pi] as Array<string | number> })));

  if (norm.vorige_versie === undefined) {
    for (const { p, where } of principlePaths) {
      if (p.was !== undefined) at([...where, 'was'], (path) => makeFinding('NORM_VERSION_LINK_WITHOUT_PREVIOUS', { id: p.id, key: 'was', path }));
      else if (p.wijziging !== undefined) at([...where, 'wijziging'], (path) => makeFinding('NORM_VERSION_LINK_WITHOUT_PREVIOUS', { id: p.id, key: 'wijziging', path }));
    }
    if (norm.vervallen !== undefined) at(['vervallen'], (path) => makeFinding('NORM_VERSION_LINK_WITHOUT_PREVIOUS', { key: 'vervallen', path }));
    return findings;
  }
  if (compareVersions(norm.vorige_versie, norm.versie) >= 0) {
    at(['vorige_versie'], (path) => makeFinding('NORM_PREVIOUS_NOT_OLDER', { previous: norm.vorige_versie ?? '', version: norm.versie, path }));
    return findings;
  }
  const previous = archive.find((n) => n.id === norm.id && n.versie === norm.vorige_versie);
  if (!previous) {
    const present = archive.filter((n) => n.id === norm.id).map((n) => n.versie).sort(compareVersions);
    at(['vorige_versie'], (path) => makeFinding('NORM_PREVIOUS_MISSING', { previous: norm.vorige_versie ?? '', found: present.join(', '), path }));
    return findings;
  }

  const oldIds = new Set(principlesOf(previous).map((p) => p.id));
  const continuedBy = new Map<string, string>();
  for (const { p, where } of principlePaths) {
    (p.was ?? []).forEach((id, i) => {
      if (!oldIds.has(id)) at([...where, 'was', i], (path) => makeFinding('NORM_WAS_UNKNOWN', { id: p.id, was: id, previous: previous.versie, path }));
    });
    for (const id of wasOf(p, oldIds)) if (oldIds.has(id) && !continuedBy.has(id)) continuedBy.set(id, p.id);
  }
  const removed = new Set<string>();
  (norm.vervallen ?? []).forEach((r, i) => {
    if (!oldIds.has(r.id)) at(['vervallen', i, 'id'], (path) => makeFinding('NORM_WAS_UNKNOWN', { was: r.id, previous: previous.versie, path }));
    else if (continuedBy.has(r.id)) at(['vervallen', i, 'id'], (path) => makeFinding('NORM_REMOVED_CONTINUED', { was: r.id, by: continuedBy.get(r.id) ?? '', path }));
    removed.add(r.id);
  });
  for (const id of oldIds) {
    if (!continuedBy.has(id) && !removed.has(id)) at(norm.vervallen ? ['vervallen'] : ['vorige_versie'], (path) => makeFinding('NORM_OLD_UNACCOUNTED', { was: id, previous: previous.versie, path }));
  }
  return findings;
}
