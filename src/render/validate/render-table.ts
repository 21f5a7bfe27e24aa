import Table from 'cli-table3';
import { findingMessage } from '../../i18n/format-finding.js';
import { VALIDATE_TEXT } from '../../i18n/validate-text.js';
import type { FileReport, ValidateReport } from '../../validate/validate-report.js';
import { describeGroup } from '../findings/describe-group.js';
import { groupFindings } from '../findings/group-findings.js';
import type { RenderOptions } from '../render-options.js';
import { terminalText } from '../text/terminal-text.js';

const INDENT = 2;
const GAP = 2;
/** The place column never takes more than this (wider on a wide terminal); a longer place breaks after the sheet's '!'. */
const MAX_PLACE = 24;
const MAX_PLACE_WIDE = 32;
const MIN_MESSAGE = 30;

/**
 * Human output: per file a heading and, without borders, one line per kind of finding (repeated
 * findings of one code grouped with their places), then one summary line. Fits the given width.
 */
export function renderValidateTable(
  report: ValidateReport,
  { lang, color, width = 120, maxPerCode, principleOrder }: RenderOptions,
): string {
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
    const rows = groupFindings(file.findings, maxPerCode).map((g) => {
      const d = describeGroup(g, lang, principleOrder);
      const place = terminalText(d.cells ? `${d.sheet}!${d.cells}` : d.sheet);
      return {
        severity: g.severity,
        place,
        sheet: terminalText(d.sheet),
        message: terminalText(d.message, { keepNewlines: true }),
      };
    });
    const severityWidth = Math.max(t.header[0].length, ...rows.map((r) => t.severity[r.severity].length));
    const placeWidth = Math.min(
      width >= 100 ? MAX_PLACE_WIDE : MAX_PLACE,
      Math.max(t.header[1].length, ...rows.map((r) => r.place.length)),
    );
    const messageWidth = Math.max(MIN_MESSAGE, width - INDENT - severityWidth - placeWidth - 2 * GAP);
    const table = new Table({
      head: t.header.map((h) => color.dim(h)),
      chars: BORDERLESS,
      style: { head: [], border: [], 'padding-left': 0, 'padding-right': 0, compact: true },
      colWidths: [severityWidth, placeWidth, messageWidth],
      wordWrap: true,
      wrapOnWordBoundary: true,
    });
    for (const r of rows) {
      const place =
        r.place.length > placeWidth && r.sheet && r.place.startsWith(`${r.sheet}!`)
          ? `${r.sheet}!\n${r.place.slice(r.sheet.length + 1)}`
          : r.place;
      table.push([paint[r.severity](t.severity[r.severity]), place, r.message]);
    }
    out.push(table.toString().replace(/[ ]+$/gm, ''));
  }
  out.push('');
  out.push(color.bold(t.summary(report.summary)));
  return out.join('\n');
}

const BORDERLESS = {
  top: '',
  'top-mid': '',
  'top-left': '',
  'top-right': '',
  bottom: '',
  'bottom-mid': '',
  'bottom-left': '',
  'bottom-right': '',
  left: ' '.repeat(INDENT),
  'left-mid': '',
  mid: '',
  'mid-mid': '',
  right: '',
  'right-mid': '',
  middle: ' '.repeat(GAP),
};

function heading(file: FileReport, { lang, color }: Pick<RenderOptions, 'lang' | 'color'>): string {
  const t = VALIDATE_TEXT[lang];
  const name = terminalText(file.file);
  const org = file.organisation ? ` (${terminalText(file.organisation.name)})` : '';
  const why = file.findings[0];
  if (file.skipped) return color.dim(`- ${name}: ${why ? terminalText(findingMessage(why, lang)) : t.skipped}`);
  return file.ok ? color.green(`✔ ${name}${org}: ${t.passed}`) : color.red(`✖ ${name}${org}: ${t.failed}`);
}
