import type { TemplateIdentity } from './raw-submission.js';

/** A value as the tool uses it: an option code, a text, an ISO date or an organisation code. */
export type AnswerValue = string | null;

/** A return after interpretation: plain data, safe to send between threads and to write as JSON. */
export interface Submission {
  identity: TemplateIdentity;
  /** The organisation's registry code, when it was recognised. */
  organisation: string | null;
  front: Record<string, AnswerValue>;
  /** principle id → field id → value, for every principle row found. */
  answers: Record<string, Record<string, AnswerValue>>;
}
