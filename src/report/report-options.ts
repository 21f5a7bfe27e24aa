import type { BuildIntakeOptions } from '../intake/build-intake.js';
import type { VersionMap } from '../norm/version-map.js';
import type { PreviousReport } from './build-history.js';

/**
 * What buildReport needs besides the returns: what the intake status takes (norm, registry, RIEC
 * and meetmoment; the report holds an intake status of its own), and the choices of the RIEC.
 */
export interface BuildReportOptions extends BuildIntakeOptions {
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
