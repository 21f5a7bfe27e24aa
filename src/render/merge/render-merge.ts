import type { Finding } from '../../findings/finding.js';
import { findingMessage, formatFinding } from '../../i18n/format-finding.js';
import type { Lang } from '../../base/lang.js';
import { MERGE_TEXT } from '../../i18n/merge-text.js';
import type { Norm } from '../../norm/norm-schema.js';
import type { FindingCode } from '../../findings/codes.js';
import type { FindingArgs, Severity } from '../../findings/finding.js';
import type { MergeResult, MergeSource } from '../../submission/merge-submissions.js';

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
function contributions(
  outcome: MergeOutcome,
  norm: Norm,
): Array<{ file: string; front: string[]; themes: string[]; principles: string[] }> {
  return outcome.parts.map((file) => {
    const mine = outcome.merge.sources.filter((s) => s.agreeing.includes(file) || s.file === file);
    const principles = [...new Set(mine.filter((s) => s.id !== '').map((s) => s.id))];
    const themes = norm.themas.filter((t) => t.uitgangspunten.some((p) => principles.includes(p.id))).map((t) => t.id);
    return { file, front: [...new Set(mine.filter((s) => s.id === '').map((s) => s.field))], themes, principles };
  });
}

export function renderMergeTable(
  outcome: MergeOutcome,
  norm: Norm,
  lang: Lang,
  table: (head: string[]) => { push: (row: string[]) => void; toString: () => string },
): string {
  const t = MERGE_TEXT[lang];
  const lines: string[] = [];
  const tab = table(t.head);
  for (const c of contributions(outcome, norm))
    tab.push([c.file, c.front.join(', ') || '-', t.themes(c.themes.join(', '), c.principles.length)]);
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

/** A finding in the merge JSON. @public a named definition in docs/merge.schema.json */
export interface MergeJsonFinding {
  code: FindingCode;
  severity: Severity;
  message: string;
  principle: string | null;
  args: FindingArgs;
}

/**
 * The JSON document of `weerbaar merge --format json`; docs/merge.schema.json is generated from this type.
 * @public named by scripts/generate-output-schemas.js
 */
export interface MergeJson {
  schemaVersion: 1;
  tool: { name: string; version: string };
  norm: { id: string; version: string };
  parts: string[];
  /** The file written, or null when nothing was written. */
  output: string | null;
  written: boolean;
  /** Per part: the front-page fields, themes and principles taken from it. */
  contributions: Array<{ file: string; front: string[]; themes: string[]; principles: string[] }>;
  /** Where every filled field came from. */
  sources: MergeSource[];
  /** Conflicts, choices by --voorkeur, parts that do not belong together. */
  findings: MergeJsonFinding[];
  /** The check of the written file, as `weerbaar validate` would report it; null when nothing was written. */
  check: { ok: boolean; findings: MergeJsonFinding[] } | null;
}

export function renderMergeJson(outcome: MergeOutcome, norm: Norm, lang: Lang, tool: { name: string; version: string }): string {
  const finding = (x: Finding): MergeJsonFinding => ({
    code: x.code,
    severity: x.severity,
    message: findingMessage(x, lang),
    principle: x.location.principle ?? null,
    args: x.args,
  });
  const doc: MergeJson = {
    schemaVersion: 1,
    tool,
    norm: { id: norm.id, version: norm.versie },
    parts: outcome.parts,
    output: outcome.written ? outcome.output : null,
    written: outcome.written,
    contributions: contributions(outcome, norm),
    sources: outcome.merge.sources,
    findings: outcome.merge.findings.map(finding),
    check: outcome.check
      ? { ok: !outcome.check.some((f) => f.severity === 'error'), findings: outcome.check.map(finding) }
      : null,
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
