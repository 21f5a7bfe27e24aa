import Table from 'cli-table3';
import { INTAKE_TEXT, type IntakeState } from '../../i18n/intake-text.js';
import type { IntakeReport } from '../../intake/build-intake.js';
import type { RenderOptions } from '../render-options.js';

/**
 * Human output: one table, organisations first, then the files that need a word; reasons are
 * wrapped to the terminal width (the CSV and the JSON hold them in full).
 */
export function renderIntakeTable(report: IntakeReport, { lang, color, width = 120 }: RenderOptions): string {
  const t = INTAKE_TEXT[lang];
  const paint: Record<IntakeState, (s: string) => string> = {
    accepted: color.green,
    rejected: color.red,
    'not-received': color.yellow,
    'not-a-spreadsheet': color.red,
    superseded: color.dim,
    merged: color.dim,
    skipped: color.dim,
    excluded: color.dim,
  };
  const stateWidth = Math.max(...Object.values(t.state).map((s) => s.length)) + 2;
  const orgWidth = 24;
  // File names are what the coordinator looks for in the folder: wide enough not to be cut, up to a limit.
  const longest = Math.max(0, ...report.rows.map((r) => (r.file ? baseName(r.file).length : 0)));
  const fileWidth = Math.max(12, Math.min(longest + 2, Math.floor((width - stateWidth - orgWidth) / 2)));
  const reasonWidth = Math.max(20, width - stateWidth - orgWidth - fileWidth - 5);
  const table = new Table({
    head: [t.header.state, t.header.organisation, t.header.file, t.header.reasons],
    style: { head: [], border: [], compact: true },
    colWidths: [stateWidth, orgWidth, fileWidth, reasonWidth],
    wordWrap: true,
  });
  for (const r of report.rows) {
    const org = r.organisation ? r.organisation.name : r.kind === 'file' ? t.unknownOrganisation : '';
    table.push([
      paint[r.state](t.state[r.state]),
      org,
      r.file ? baseName(r.file) : '',
      r.reasons.slice(0, 2).join(' ') + (r.reasons.length > 2 ? ` (${t.more(r.reasons.length - 2)})` : ''),
    ]);
  }
  const head = `${t.title}${report.meetmoment ? `: ${report.meetmoment}` : ''}${report.riec ? ` (${report.riec})` : ''}`;
  return [
    color.bold(head),
    table.toString(),
    '',
    color.bold(t.summary(report.counts, report.fileCounts, report.organisations)),
  ].join('\n');
}

function baseName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}
