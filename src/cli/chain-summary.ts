import { CARRY_TEXT } from '../i18n/carry-text.js';
import type { Lang } from '../base/lang.js';
import type { ArchivedNorm } from '../norm/archived-norm.js';
import type { Norm } from '../norm/norm-schema.js';
import { LINK_KINDS, versionStep } from '../norm/version-map.js';

/** Lines for `weerbaar norm check`: the archive, and what changed since the previous version. */
export function chainSummary(norm: Norm, archive: readonly ArchivedNorm[], lang: Lang): string[] {
  const t = CARRY_TEXT[lang];
  const own = archive.filter((a) => a.norm.id === norm.id);
  const lines: string[] = [];
  if (own.length) lines.push(t.archived(own.map((a) => a.norm.versie).join(', ')));
  const previous = own.find((a) => a.norm.versie === norm.vorige_versie);
  if (!previous) return lines;
  const step = versionStep(norm, previous.norm);
  lines.push(t.chainHeader(previous.norm.versie, previous.file));
  const counts = LINK_KINDS.map((k) => [k, step.links.filter((l) => l.kind === k).length] as const).filter(([, n]) => n > 0);
  lines.push(
    t.chainCounts([...counts.map(([k, n]) => `${n} ${t.kinds[k]}`), `${step.removed.length} ${t.kinds.vervallen}`].join(', ')),
  );
  const list = (label: string, items: string[]) => items.length && lines.push(`  ${label}: ${items.join('; ')}`);
  list(
    t.chainList.splits,
    step.splits.map((s) => `${s.id} → ${s.into.join(', ')}`),
  );
  list(
    t.chainList.merges,
    step.merges.map((m) => `${m.from.join(', ')} → ${m.id}`),
  );
  const split = new Set(step.splits.map((s) => s.id));
  list(
    t.chainList.renamed,
    step.links
      .filter((l) => l.was.length === 1 && l.was[0] !== l.id && !split.has(l.was[0] ?? ''))
      .map((l) => `${l.was[0] ?? ''} → ${l.id}`),
  );
  list(
    t.chainList.removed,
    step.removed.map((r) => r.id),
  );
  list(
    t.chainList.added,
    step.links.filter((l) => l.kind === 'nieuw').map((l) => l.id),
  );
  return lines;
}
