import type { Norm } from './norm-schema.js';

/** An earlier version of a norm, as kept in archief/: enough to read, check and score its returns. */
export interface ArchivedNorm {
  file: string;
  norm: Norm;
  /** fingerprintNorm(norm). */
  fingerprint: string;
}

/** The archived version of this norm that a return names, if it is there. */
export function findArchived(archive: readonly ArchivedNorm[] | undefined, normId: string | undefined, version: string | undefined): ArchivedNorm | undefined {
  return archive?.find((a) => a.norm.id === normId && a.norm.versie === version);
}
