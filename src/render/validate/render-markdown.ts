import { findingMessage } from '../../i18n/format-finding.js';
import { VALIDATE_TEXT } from '../../i18n/validate-text.js';
import type { ValidateReport } from '../../validate/validate-report.js';
import type { RenderOptions } from '../render-options.js';
import { sortFindings } from './render-table.js';

/** A job summary: one table of files, then the findings per rejected or warned file. */
export function renderValidateMarkdown(report: ValidateReport, { lang }: RenderOptions): string {
  const t = VALIDATE_TEXT[lang];
  const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const out = [`## ${t.mdTitle}`, '', t.summary(report.summary), '', `| ${t.mdHeader.join(' | ')} |`, `|${t.mdHeader.map(() => '---').join('|')}|`];
  for (const f of report.files) {
    const result = f.skipped ? t.skipped : f.ok ? `✅ ${t.passed}` : `❌ ${t.failed}`;
    out.push(`| ${cell(f.file)} | ${cell(f.organisation?.name ?? '')} | ${result} | ${f.counts.error} | ${f.counts.warning} |`);
  }
  for (const f of report.files) {
    if (f.skipped || f.findings.length === 0) continue;
    out.push('', `### ${cell(f.file)}`, '');
    for (const x of sortFindings(f.findings)) {
      const where = [x.location.cell ? `${x.location.sheet ?? ''}!${x.location.cell}` : '', x.location.principle ?? ''].filter(Boolean).join(', ');
      out.push(`- **${t.severity[x.severity]}** \`${x.code}\`${where ? ` (${cell(where)})` : ''}: ${cell(findingMessage(x, lang))}`);
    }
  }
  return `${out.join('\n')}\n`;
}
