import { VALIDATE_TEXT } from '../../i18n/validate-text.js';
import type { ValidateReport } from '../../validate/validate-report.js';
import { describeGroup } from '../findings/describe-group.js';
import { groupFindings } from '../findings/group-findings.js';
import type { RenderOptions } from '../render-options.js';
import { markdownText as md } from '../text/markdown-text.js';

/**
 * A job summary: one table of files, then per rejected or warned file one line per kind of
 * finding (repeated findings of one code grouped with their places). Every text from a file is
 * escaped for Markdown and the HTML a job summary renders.
 */
export function renderValidateMarkdown(report: ValidateReport, { lang, maxPerCode, principleOrder }: RenderOptions): string {
  const t = VALIDATE_TEXT[lang];
  const out = [
    `## ${t.mdTitle}`,
    '',
    t.summary(report.summary),
    '',
    `| ${t.mdHeader.join(' | ')} |`,
    `|${t.mdHeader.map(() => '---').join('|')}|`,
  ];
  for (const f of report.files) {
    const result = f.skipped ? t.skipped : f.ok ? `✅ ${t.passed}` : `❌ ${t.failed}`;
    out.push(`| ${md(f.file)} | ${md(f.organisation?.name ?? '')} | ${result} | ${f.counts.error} | ${f.counts.warning} |`);
  }
  for (const f of report.files) {
    if (f.skipped || f.findings.length === 0) continue;
    out.push('', `### ${md(f.file)}`, '');
    for (const g of groupFindings(f.findings, maxPerCode)) {
      const d = describeGroup(g, lang, principleOrder);
      const where = d.cells ? `${d.sheet}!${d.cells}` : d.sheet;
      out.push(`- **${t.severity[g.severity]}** \`${g.code}\`${where ? ` (${md(where)})` : ''}: ${md(d.message)}`);
    }
  }
  return `${out.join('\n')}\n`;
}
