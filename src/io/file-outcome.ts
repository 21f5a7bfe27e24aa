import type { Finding } from '../findings/finding.js';
import type { Submission } from '../submission/submission.js';

/** What reading one file gave: its findings, the interpreted return, and facts about the file. */
export interface FileOutcome {
  file: string;
  findings: Finding[];
  submission?: Submission;
  sha256?: string;
  size?: number;
  mtimeMs?: number;
  /** Recognised as our own output and not read as a return. */
  skipped?: 'output';
  /** The feedback copy, when one was asked for and made (validate --feedback). */
  feedback?: FeedbackMade;
}

/** A feedback copy made for one file (the bytes still to be written). */
export interface FeedbackMade {
  bytes: Uint8Array;
  dropped: { macros: boolean; externalLinks: boolean };
}
