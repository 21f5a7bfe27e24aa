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
  const at = (path: Array<string | number>, code: Parameters<typeof makeFinding>[0], args: Record<string, string | number> = {}) =>
    findings.push(makeFinding(code, { ...args, path: path.join('.') }, { context: describeNormPath(path, norm) }));
  const principlePaths = norm.themas.flatMap((t, ti) => t.uitgangspunten.map((p, pi) => ({ p, path: ['themas', ti, 'uitgangspunten', pi] as Array<string | number> })));

  if (norm.vorige_versie === undefined) {
    for (const { p, path } of principlePaths) {
      if (p.was !== undefined) at([...path, 'was'], 'NORM_VERSION_LINK_WITHOUT_PREVIOUS', { id: p.id, key: 'was' });
      else if (p.wijziging !== undefined) at([...path, 'wijziging'], 'NORM_VERSION_LINK_WITHOUT_PREVIOUS', { id: p.id, key: 'wijziging' });
    }
    if (norm.vervallen !== undefined) at(['vervallen'], 'NORM_VERSION_LINK_WITHOUT_PREVIOUS', { id: '', key: 'vervallen' });
    return findings;
  }
  if (compareVersions(norm.vorige_versie, norm.versie) >= 0) {
    at(['vorige_versie'], 'NORM_PREVIOUS_NOT_OLDER', { previous: norm.vorige_versie, version: norm.versie });
    return findings;
  }
  const previous = archive.find((n) => n.id === norm.id && n.versie === norm.vorige_versie);
  if (!previous) {
    const present = archive.filter((n) => n.id === norm.id).map((n) => n.versie).sort(compareVersions);
    at(['vorige_versie'], 'NORM_PREVIOUS_MISSING', { previous: norm.vorige_versie, found: present.join(', ') });
    return findings;
  }

  const oldIds = new Set(principlesOf(previous).map((p) => p.id));
  const continuedBy = new Map<string, string>();
  for (const { p, path } of principlePaths) {
    (p.was ?? []).forEach((id, i) => {
      if (!oldIds.has(id)) at([...path, 'was', i], 'NORM_WAS_UNKNOWN', { id: p.id, was: id, previous: previous.versie });
    });
    for (const id of wasOf(p, oldIds)) if (oldIds.has(id) && !continuedBy.has(id)) continuedBy.set(id, p.id);
  }
  const removed = new Set<string>();
  (norm.vervallen ?? []).forEach((r, i) => {
    if (!oldIds.has(r.id)) at(['vervallen', i, 'id'], 'NORM_WAS_UNKNOWN', { id: '', was: r.id, previous: previous.versie });
    else if (continuedBy.has(r.id)) at(['vervallen', i, 'id'], 'NORM_REMOVED_CONTINUED', { was: r.id, by: continuedBy.get(r.id) ?? '' });
    removed.add(r.id);
  });
  for (const id of oldIds) {
    if (!continuedBy.has(id) && !removed.has(id)) at(norm.vervallen ? ['vervallen'] : ['vorige_versie'], 'NORM_OLD_UNACCOUNTED', { was: id, previous: previous.versie });
  }
  return findings;
}
