import type { Severity } from '../findings/finding.js';
import { columnLetter } from '../workbook/cell-address.js';
import type { FeedbackRow } from './feedback-rows.js';
import { escapeXml } from '../workbook/xml-escape.js';

/** Style indices (cellXfs) the sheet uses, made by the caller in the workbook's styles. */
export interface FeedbackSheetStyles {
  title: number;
  text: number;
  note: number;
  header: number;
  cell: number;
  link: number;
  code: number;
  severity: Record<Severity, number>;
  legend: Record<Severity, number>;
}

export interface FeedbackSheetContent {
  title: string;
  summary: string;
  legend: Array<{ severity: Severity; text: string }>;
  notes: string[];
  header: string[];
  severityWords: Record<Severity, string>;
  rows: FeedbackRow[];
}

/** Column widths: severity, principle, field, cell, message, and the code narrow and last. */
const FEEDBACK_COLUMNS = [13, 16, 18, 34, 70, 19];
const MESSAGE_COL = 5;

/**
 * The XML of the Bevindingen sheet: a title, a legend of the marks, notes, then one row per
 * finding under a header that repeats on every printed page. Cells of column Cel link inside the
 * workbook to the cell of the finding. Printed on A4 landscape, fitted to one page width.
 */
export function feedbackSheetXml(content: FeedbackSheetContent, styles: FeedbackSheetStyles): { xml: string; headerRow: number } {
  const rows: string[] = [];
  const merges: string[] = [];
  const links: string[] = [];
  const last = columnLetter(FEEDBACK_COLUMNS.length);
  const wide = FEEDBACK_COLUMNS.reduce((a, b) => a + b, 0);
  let r = 0;
  // Rows of merged cells get a fixed height (no program fits merged cells); list rows get a
  // height for Excel that LibreOffice fits to the text again.
  const row = (cells: string, height: number, fixed = true) => {
    r++;
    rows.push(`<row r="${r}" ht="${height}"${fixed ? ' customHeight="1"' : ''}>${cells}</row>`);
  };
  const cell = (col: number, text: string, style: number) =>
    text === ''
      ? `<c r="${columnLetter(col)}${r + 1}" s="${style}"/>`
      : `<c r="${columnLetter(col)}${r + 1}" s="${style}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(text)}</t></is></c>`;

  row(cell(1, content.title, styles.title), 22);
  merges.push(`A${r}:${last}${r}`);
  row(cell(1, content.summary, styles.text), lineHeight(content.summary, wide));
  merges.push(`A${r}:${last}${r}`);
  for (const l of content.legend) {
    const rest = wide - (FEEDBACK_COLUMNS[0] ?? 10);
    // The sample cell stays empty, as a marked input cell is: text over hatching is hard to read.
    row(cell(1, '', styles.legend[l.severity]) + cell(2, l.text, styles.text), Math.max(18, lineHeight(l.text, rest)));
    merges.push(`B${r}:${last}${r}`);
  }
  for (const note of content.notes) {
    row(cell(1, note, styles.note), lineHeight(note, wide));
    merges.push(`A${r}:${last}${r}`);
  }
  row(content.header.map((h, i) => cell(i + 1, h, styles.header)).join(''), 18);
  const headerRow = r;
  for (const f of content.rows) {
    const at = r + 1;
    const cells = [
      cell(1, content.severityWords[f.severity], styles.severity[f.severity]),
      cell(2, f.principle, styles.cell),
      cell(3, f.field, styles.cell),
      cell(4, f.place, f.target ? styles.link : styles.cell),
      cell(MESSAGE_COL, f.message, styles.cell),
      cell(6, f.code, styles.code),
    ];
    if (f.target)
      links.push(
        `<hyperlink ref="D${at}" location="${escapeXml(internalRef(f.target.sheet, f.target.cell))}" display="${escapeXml(f.place)}"/>`,
      );
    const texts = [f.severity, f.principle, f.field, f.place, f.message];
    row(cells.join(''), Math.max(...texts.map((t, i) => lineHeight(t, FEEDBACK_COLUMNS[i] ?? 10))), false);
  }

  const cols = FEEDBACK_COLUMNS.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('');
  const xml =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    '<sheetPr><tabColor rgb="FFC00000"/><pageSetUpPr fitToPage="1"/></sheetPr>' +
    `<dimension ref="A1:${last}${r}"/>` +
    `<sheetViews><sheetView tabSelected="1" workbookViewId="0"><pane ySplit="${headerRow}" topLeftCell="A${headerRow + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="D${headerRow + 1}" sqref="D${headerRow + 1}"/></sheetView></sheetViews>` +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    `<cols>${cols}</cols>` +
    `<sheetData>${rows.join('')}</sheetData>` +
    `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>` +
    (links.length ? `<hyperlinks>${links.join('')}</hyperlinks>` : '') +
    '<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>' +
    '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>' +
    '<headerFooter><oddFooter>&amp;L&amp;A&amp;R&amp;P / &amp;N</oddFooter></headerFooter>' +
    '</worksheet>';
  return { xml, headerRow };
}

/** An internal link target: 'Sheet name'!E12, quotes doubled inside the name. */
function internalRef(sheet: string, cell: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell}`;
}

/** A row height (points) for wrapped Calibri 10 text in a column this wide (in characters). */
function lineHeight(text: string, width: number): number {
  const perLine = Math.max(8, Math.floor(width * 1.05));
  const lines = text.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(part.length / perLine)), 0);
  return Math.max(15, lines * 13 + 3);
}
