import type { Finding } from '../../findings/finding.js';
import { findingMessage, formatFinding } from '../../i18n/format-finding.js';
import type { Lang } from '../../base/lang.js';
import { MERGE_TEXT } from '../../i18n/merge-text.js';
import type { Norm } from '../../norm/norm-schema.js';
import type { MergeResult } from '../../submission/merge-submissions.js';

export { MERGE_FORMATS, type MergeFormat } from './formats.js';

/** What `weerbaar merge` did: the parts, the combination, and the check of the combined file. */
export interface MergeOutcome {
  parts: string[];
  output: string;
  written: boolean;
  merge: MergeResult;
  /** The findings of validating the written file (absent when nothing was written). */
  check?: Finding[];
}

/** Per part: the front-page fields and the themes and principles taken from it. */
export function contributions(outcome: MergeOutcome, norm: Norm): Array<{ file: string; front: string[]; themes: string[]; principles: string[] }> {
  return outcome.parts.map((file) => {
    const mine = outcome.merge.sources.filter((s) => s.agreeing.includes(file) || s.file === file);
    const principles = [...new Set(mine.filter((s) => s.id !== '').map((s) => s.id))];
    const themes = norm.themas.filter((t) => t.uitgangspunten.some((p) => principles.includes(p.id))).map((t) => t.id);
    return { file, front: [...new Set(mine.filter((s) => s.id === '').map((s) => s.field))], themes, principles };
  });
}

export function renderMergeTable(outcome: MergeOutcome, norm: Norm, lang: Lang, table: (head: string[]) => { push: (row: string[]) => void; toString: () => string }): string {
  const t = MERGE_TEXT[lang];
  const lines: string[] = [];
  const tab = table(t.head);
  for (const c of contributions(outcome, norm)) tab.push([c.file, c.front.join(', ') || '-', t.themes(c.themes.join(', '), c.principles.length)]);
  lines.push(tab.toString());
  for (const f of outcome.merge.findings) lines.push(formatFinding(f, lang));
  if (!outcome.written) {
    lines.push(t.notWritten);
    return `${lines.join('\n')}\n`;
  }
  lines.push(t.written(outcome.output, outcome.parts.length));
  const errors = (outcome.check ?? []).filter((f) => f.severity === 'error');
  for (const f of outcome.check ?? []) lines.push(`${outcome.output}: ${formatFinding(f, lang)}`);
  lines.push(errors.length === 0 ? t.complete : t.incomplete(errors.length));
  return `${lines.join('\n')}\n`;
}

export function renderMergeJson(outcome: MergeOutcome, norm: Norm, lang: Lang): string {
  const finding = (x: Finding) => ({ code: x.code, severity: x.severity, message: findingMessage(x, lang), principle: x.location.principle ?? null, args: x.args });
  return `${JSON.stringify(
    {
      parts: outcome.parts,
      output: outcome.written ? outcome.output : null,
      written: outcome.written,
      contributions: contributions(outcome, norm),
      sources: outcome.merge.sources,
      findings: outcome.merge.findings.map(finding),
      check: outcome.check ? { ok: !outcome.check.some((f) => f.severity === 'error'), findings: outcome.check.map(finding) } : null,
    },
    null,
    2,
  )}\n`;
}
