import type { Lang } from '../base/lang.js';
import type { Norm } from '../norm/norm-schema.js';
import type { Registry } from '../norm/registry-schema.js';
import type { VersionMap } from '../norm/version-map.js';
import type { PreviousReport } from './build-history.js';

/** What buildReport needs besides the returns: the norm, the registry and the choices of the RIEC. */
export interface BuildReportOptions {
  norm: Norm;
  registry: Registry;
  fingerprint: string;
  lang: Lang;
  tool: { name: string; version: string };
  generatedAt: string;
  /** A RIEC name as in the registry (already matched by the caller), or null for all. */
  riec: string | null;
  /** A meetmoment option code, or null to take the most common one. */
  meetmoment: string | null;
  anonymise: boolean;
  /** Secret for stable pseudonyms; `saltGiven` false adds a note that they are not stable. */
  salt: string;
  saltGiven: boolean;
  aggregateOnly: boolean;
  minGroup: number;
  /** Earlier rapportage.json files, in any order (ordered here by meetmoment). */
  previous: readonly PreviousReport[];
  /** Per norm version of an earlier report that is not this norm's: how its principles map to this one (a version not in the archive is absent). */
  previousMaps?: Readonly<Record<string, VersionMap>>;
}
