import type { Finding } from '../findings/finding.js';
import { makeFinding } from '../findings/make-finding.js';
import type { Norm } from '../norm/norm-schema.js';
import type { AnswerValue } from '../submission/submission.js';

/** Codes that only say "this is not filled in"; inside a wholly empty theme they say nothing new. */
const EMPTY_CODES = new Set(['STATUS_MISSING', 'REQUIRED_MISSING']);

/** The themes of which no principle has any answer, in the norm's order. */
function emptyThemes(answers: Record<string, Record<string, AnswerValue>>, norm: Norm): string[] {
  const filled = (id: string) => Object.values(answers[id] ?? {}).some((v) => v !== null && v !== undefined);
  return norm.themas.filter((t) => !t.uitgangspunten.some((p) => filled(p.id))).map((t) => t.id);
}

/**
 * A return in which whole themes are empty, while others are filled, is most likely one
 * department's part of the return: one PARTIAL_RETURN (an error: on its own it is not complete)
 * replaces the STATUS_MISSING and REQUIRED_MISSING of every principle of those themes. A return
 * that is empty throughout is not a part and keeps its findings per principle.
 */
export function checkPartial(findings: Finding[], answers: Record<string, Record<string, AnswerValue>>, norm: Norm): Finding[] {
  const empty = emptyThemes(answers, norm);
  if (empty.length === 0 || empty.length === norm.themas.length) return findings;
  const inEmpty = new Set(norm.themas.filter((t) => empty.includes(t.id)).flatMap((t) => t.uitgangspunten.map((p) => p.id)));
  const kept = findings.filter(
    (f) => !(EMPTY_CODES.has(f.code) && f.location.principle !== undefined && inEmpty.has(f.location.principle)),
  );
  const filled = norm.themas.filter((t) => !empty.includes(t.id)).map((t) => t.id);
  return [
    makeFinding('PARTIAL_RETURN', {
      themes: empty.join(', '),
      filled: filled.join(', '),
      count: empty.length,
      total: norm.themas.length,
    }),
    ...kept,
  ];
}
