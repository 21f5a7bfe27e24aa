import { formatFinding } from '../../i18n/format-finding.js';
import { VALIDATE_TEXT } from '../../i18n/validate-text.js';
import type { ValidateReport } from '../../validate/validate-report.js';
import { capFindings } from '../findings/cap-findings.js';
import type { RenderOptions } from '../render-options.js';
import { xmlAttribute as attr, xmlText } from '../text/xml-text.js';

/**
 * JUnit XML: one testcase per file, one failure per error (at most the cap per code, then one
 * failure with the count left out); warnings and info go to system-out. Well-formed whatever a
 * file name or cell holds.
 */
export function renderValidateJunit(report: ValidateReport, { lang, maxPerCode }: RenderOptions): string {
  const t = VALIDATE_TEXT[lang];
  const read = report.files.filter((f) => !f.skipped);
  const failures = read.filter((f) => !f.ok).length;
  const cases = report.files.map((f) => {
    const name = attr(f.file);
    if (f.skipped) return `    <testcase classname="weerbaar.validate" name="${name}"><skipped/></testcase>`;
    const { shown, omitted } = capFindings(f.findings, maxPerCode);
    const errors = shown.filter((x) => x.severity === 'error');
    const others = shown.filter((x) => x.severity !== 'error');
    const otherLines = [
      ...others.map((x) => `${x.severity} ${x.code}: ${formatFinding(x, lang)}`),
      ...omitted.filter((o) => o.severity !== 'error').map((o) => `${o.severity} ${o.code}: ${t.omitted(o.count, o.code)}`),
    ];
    const body = [
      ...errors.map((x) => `      <failure type="${x.code}" message="${attr(formatFinding(x, lang))}"/>`),
      ...omitted
        .filter((o) => o.severity === 'error')
        .map((o) => `      <failure type="${o.code}" message="${attr(t.omitted(o.count, o.code))}"/>`),
      ...(otherLines.length ? [`      <system-out>${xmlText(otherLines.join('\n'))}</system-out>`] : []),
    ];
    return body.length
      ? `    <testcase classname="weerbaar.validate" name="${name}">\n${body.join('\n')}\n    </testcase>`
      : `    <testcase classname="weerbaar.validate" name="${name}"/>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="weerbaar" tests="${report.files.length}" failures="${failures}">`,
    `  <testsuite name="weerbaar validate" tests="${report.files.length}" failures="${failures}" skipped="${report.files.length - read.length}">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
