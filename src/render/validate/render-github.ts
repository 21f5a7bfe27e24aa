import { findingMessage } from '../../i18n/format-finding.js';
import { VALIDATE_TEXT } from '../../i18n/validate-text.js';
import type { ValidateReport } from '../../validate/validate-report.js';
import { capFindings } from '../findings/cap-findings.js';
import type { RenderOptions } from '../render-options.js';
import { terminalText } from '../text/terminal-text.js';

/**
 * Escaping of workflow commands: data and properties differ (docs of GitHub's toolkit). Control
 * characters other than the encoded line breaks are made visible: the log is a terminal too.
 */
const data = (s: string) => terminalText(s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
const prop = (s: string) => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
const LEVEL = { error: 'error', warning: 'warning', info: 'notice' } as const;

/** GitHub Actions annotations: ::error file=…,title=…::message, one per finding (at most the cap per code, then one with the count left out). */
export function renderValidateGithub(report: ValidateReport, { lang, maxPerCode }: RenderOptions): string {
  const t = VALIDATE_TEXT[lang];
  const lines: string[] = [];
  for (const f of report.files) {
    const { shown, omitted } = capFindings(f.findings, maxPerCode);
    for (const x of shown) {
      const where = [
        x.location.cell ? `${x.location.sheet ?? ''}!${x.location.cell}` : '',
        x.location.principle ? `${t.principle} ${x.location.principle}` : '',
      ]
        .filter(Boolean)
        .join(' ');
      lines.push(
        `::${LEVEL[x.severity]} file=${prop(f.file)},title=${prop(`${x.code}${where ? ` ${where}` : ''}`)}::${data(findingMessage(x, lang))}`,
      );
    }
    for (const o of omitted)
      lines.push(`::${LEVEL[o.severity]} file=${prop(f.file)},title=${prop(o.code)}::${data(t.omitted(o.count, o.code))}`);
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}
