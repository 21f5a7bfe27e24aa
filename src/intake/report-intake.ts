import type { IntakeReport, IntakeRow } from './build-intake.js';

/**
 * The intake table as the regional report carries it: the same rows as `weerbaar intake`, without
 * the contact addresses and the sentences to send (the report travels further than intake.csv).
 */
export interface ReportIntake {
  organisations: number;
  complete: boolean;
  counts: IntakeReport['counts'];
  fileCounts: IntakeReport['fileCounts'];
  rows: Array<Omit<IntakeRow, 'email' | 'action'>>;
}

export function reportIntake(intake: IntakeReport): ReportIntake {
  return {
    organisations: intake.organisations,
    complete: intake.complete,
    counts: intake.counts,
    fileCounts: intake.fileCounts,
    rows: intake.rows.map(({ email: _email, action: _action, ...row }) => row),
  };
}
