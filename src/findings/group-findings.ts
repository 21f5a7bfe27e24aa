import type { Finding } from './finding.js';

/** One line of a human list of findings: a finding on its own, or several of one kind. */
export type FindingLine =
  { kind: 'single'; finding: Finding } | { kind: 'group'; code: Finding['code']; findings: Finding[]; principles: string[] };

/** Repeated findings of one kind are grouped from this many on. */
const GROUP_FROM = 3;

/**
 * Groups repeated findings of one file for human outputs (table, markdown, the feedback sheet):
 * findings with the same code, severity and field that each concern one principle become one
 * line listing the principles, from `minSize` alike on. Lines keep the order of their first
 * finding; machine formats (JSON, JUnit, GitHub) keep one entry per place and do not use this.
 */
export function groupFindings(findings: readonly Finding[], minSize = GROUP_FROM): FindingLine[] {
  const keyOf = (f: Finding): string | undefined => {
    const principle = principleOf(f);
    return principle === undefined ? undefined : `${f.code}\u0000${f.severity}\u0000${textArg(f, 'field') ?? ''}`;
  };
  const byKey = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = keyOf(f);
    if (key !== undefined) byKey.set(key, [...(byKey.get(key) ?? []), f]);
  }
  const lines: FindingLine[] = [];
  const done = new Set<string>();
  for (const f of findings) {
    const key = keyOf(f);
    const members = key === undefined ? undefined : byKey.get(key);
    if (key === undefined || !members || members.length < minSize) {
      lines.push({ kind: 'single', finding: f });
      continue;
    }
    if (done.has(key)) continue;
    done.add(key);
    lines.push({ kind: 'group', code: f.code, findings: members, principles: members.map((m) => principleOf(m) ?? '') });
  }
  return lines;
}

/** The principle a finding is about, from its location or its id argument. */
export function principleOf(f: Finding): string | undefined {
  const id = f.location.principle ?? textArg(f, 'id');
  return id === undefined || id === '' ? undefined : id;
}

/** A text argument of a finding by name, whatever its code (undefined when it has none). */
export function textArg(f: Finding, name: string): string | undefined {
  const v = (f.args as Record<string, unknown>)[name];
  return typeof v === 'string' ? v : undefined;
}

/**
 * Principle ids as short ranges in the order of the norm: with order 1.1 … 1.7, 2.1 … 6.6, the
 * ids of all principles give "1.1–6.6", and 1.1, 1.2, 1.3, 2.4 give "1.1–1.3, 2.4". Two in a row
 * are listed, not joined. Ids the order does not know come last, as they are.
 */
export function principleRanges(ids: readonly string[], order: readonly string[]): string {
  const position = new Map(order.map((id, i) => [id, i]));
  const known = [...new Set(ids.filter((id) => position.has(id)))].sort(
    (a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0),
  );
  const unknown = [...new Set(ids.filter((id) => !position.has(id)))];
  const parts: string[] = [];
  let start = 0;
  for (let i = 1; i <= known.length; i++) {
    const prev = position.get(known[i - 1] ?? '') ?? 0;
    const here = i < known.length ? position.get(known[i] ?? '') : undefined;
    if (here === prev + 1) continue;
    const run = known.slice(start, i);
    if (run.length >= 3) parts.push(`${run[0] ?? ''}–${run[run.length - 1] ?? ''}`);
    else parts.push(...run);
    start = i;
  }
  return [...parts, ...unknown].join(', ');
}
