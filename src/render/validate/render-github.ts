import { findingMessage } from '../../i18n/format-finding.js';
import { VALIDATE_TEXT } from '../../i18n/validate-text.js';
import type { ValidateReport } from '../../validate/validate-report.js';
import type { RenderOptions } from '../render-options.js';

/** Escaping of workflow commands: data and properties differ (docs of GitHub's toolkit). */
const data = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const prop = (s: string) => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** GitHub Actions annotations: ::error file=…,title=…::message, one per finding. */
export function renderValidateGithub(report: ValidateReport, { lang }: RenderOptions): string {
  const lines: string[] = [];
  for (const f of report.files) {
    for (const x of f.findings) {
      const level = x.severity === 'error' ? 'error' : x.severity === 'warning' ? 'warning' : 'notice';
      const where = [x.location.cell ? `${x.location.sheet ?? ''}!${x.location.cell}` : '', x.location.principle ? `${VALIDATE_TEXT[lang].principle} ${x.location.principle}` : ''].filter(Boolean).join(' ');
      lines.push(`::${level} file=${prop(f.file)},title=${prop(`${x.code}${where ? ` ${where}` : ''}`)}::${data(findingMessage(x, lang))}`);
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}
