import Table from 'cli-table3';
import type { Finding } from '../../findings/finding.js';
import { findingMessage } from '../../i18n/format-finding.js';
import { VALIDATE_TEXT } from '../../i18n/validate-text.js';
import type { FileReport, ValidateReport } from '../../validate/validate-report.js';
import type { RenderOptions } from '../render-options.js';

/** Human output: a heading and a table of findings per file, then one summary line. */
export function renderValidateTable(report: ValidateReport, { lang, color, width = 120 }: RenderOptions): string {
  const t = VALIDATE_TEXT[lang];
  const paint = { error: color.red, warning: color.yellow, info: color.cyan };
  const out: string[] = [];
  for (const file of report.files) {
    out.push(heading(file, { lang, color }));
    if (file.skipped) continue;
    if (file.findings.length === 0) {
      out.push(`  ${t.noFindings}`);
      continue;
    }
    const table = new Table({
      head: t.header,
      style: { head: [], border: [], compact: true },
      colWidths: [14, 30, 7, Math.max(40, width - 14 - 30 - 7 - 5)],
      wordWrap: true,
    });
    for (const f of sortFindings(file.findings)) {
      table.push([paint[f.severity](t.severity[f.severity]), where(f), f.location.principle ?? '', findingMessage(f, lang)]);
    }
    out.push(table.toString());
  }
  out.push('');
  out.push(color.bold(t.summary(report.summary)));
  return out.join('\n');
}

function heading(file: FileReport, { lang, color }: RenderOptions): string {
  const t = VALIDATE_TEXT[lang];
  const org = file.organisation ? ` (${file.organisation.name})` : '';
  const why = file.findings[0];
  if (file.skipped) return color.dim(`- ${file.file}: ${why ? findingMessage(why, lang) : t.skipped}`);
  return file.ok ? color.green(`✔ ${file.file}${org}: ${t.passed}`) : color.red(`✖ ${file.file}${org}: ${t.failed}`);
}

function where(f: Finding): string {
  const { sheet, cell } = f.location;
  return cell ? `${sheet ? `${sheet}!\n` : ''}${cell}` : (sheet ?? '');
}

const RANK = { error: 0, warning: 1, info: 2 } as const;

/** Errors first; within a severity the order in which they were found (sheet, then row). */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return findings.map((f, i) => ({ f, i })).sort((a, b) => RANK[a.f.severity] - RANK[b.f.severity] || a.i - b.i).map(({ f }) => f);
}
