import { formatFinding } from '../../i18n/format-finding.js';
import type { ValidateReport } from '../../validate/validate-report.js';
import type { RenderOptions } from '../render-options.js';

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** JUnit XML: one testcase per file, one failure per error; warnings go to system-out. */
export function renderValidateJunit(report: ValidateReport, { lang }: RenderOptions): string {
  const read = report.files.filter((f) => !f.skipped);
  const failures = read.filter((f) => !f.ok).length;
  const cases = report.files.map((f) => {
    const name = xml(f.file);
    if (f.skipped) return `    <testcase classname="weerbaar.validate" name="${name}"><skipped/></testcase>`;
    const errors = f.findings.filter((x) => x.severity === 'error');
    const others = f.findings.filter((x) => x.severity !== 'error');
    const body = [
      ...errors.map((x) => `      <failure type="${x.code}" message="${xml(formatFinding(x, lang))}"/>`),
      ...(others.length ? [`      <system-out>${xml(others.map((x) => `${x.severity} ${x.code}: ${formatFinding(x, lang)}`).join('\n'))}</system-out>`] : []),
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
