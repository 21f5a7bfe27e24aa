import type { Finding, Severity } from '../findings/finding.js';
import type { Lang } from '../base/lang.js';
import { FEEDBACK_TEXT } from '../i18n/feedback-text.js';
import type { Norm } from '../norm/norm-schema.js';
import { DEFAULT_LIMITS, inspectContainer, type ContainerLimits } from '../workbook/inspect-container.js';
import { restyleCells } from '../workbook/restyle-cells.js';
import { StyleBook } from '../workbook/style-book.js';
import { partText, readPackage, setPartText, writePackage, type XlsxPackage } from '../workbook/xlsx-package.js';
import { feedbackRows } from './feedback-rows.js';
import { feedbackSheetXml, type FeedbackSheetStyles } from './feedback-sheet.js';
import { markStyles, type MarkStyle } from './mark-style.js';
import { addSheet, dropExternalLinks, dropMacros, setPrintTitles, showSheet } from './package-edits.js';

export interface FeedbackInput {
  /** The returned workbook, as validated. Never changed. */
  bytes: Uint8Array;
  /** Its findings, as the validation report shows them. */
  findings: readonly Finding[];
  norm: Norm;
  /** The language of the sentences. */
  lang: Lang;
  /** The language of the workbook's own labels (from its metadata). */
  workbookLang: Lang;
  /** The file's name, for the sheet's title. */
  fileName: string;
  limits?: ContainerLimits;
}

export interface FeedbackCopy {
  bytes: Uint8Array;
  dropped: { macros: boolean; externalLinks: boolean };
}

/** Fixed zip entry dates: the same input and findings give the same copy. */
const ENTRY_DATE = new Date(Date.UTC(2025, 0, 1));

/**
 * The feedback copy of a return: the original's own parts with the cells of findings marked by a
 * style no status uses (a thick border and hatching in a colour apart from the norm's scale,
 * over the cell's own fill), and a Bevindingen sheet that lists every finding with a link to its
 * cell. Works on the XML of the package, so sheet protection, validations, names, formulas and
 * conditional formats stay exactly as they were; macros and links to other files are left out.
 * Throws when the package cannot be edited: the caller turns that into a finding.
 */
export async function buildFeedbackCopy(input: FeedbackInput): Promise<FeedbackCopy> {
  const limits = input.limits ?? DEFAULT_LIMITS;
  const inspection = inspectContainer(input.bytes, limits);
  if (!inspection.ok) throw new Error(`not a readable workbook (${inspection.finding.code})`);
  const parts = readPackage(input.bytes, limits.maxUncompressedBytes);
  const text = FEEDBACK_TEXT[input.lang];
  const dropped = { macros: dropMacros(parts), externalLinks: dropExternalLinks(parts) };

  const stylesXml = partText(parts, 'xl/styles.xml');
  if (stylesXml === undefined) throw new Error('the workbook has no styles part');
  const book = new StyleBook(stylesXml);
  const marks = markStyles(input.norm.schaal.flatMap((o) => (o.kleur ? [o.kleur] : [])));
  markCells(parts, book, marks, input.findings, inspection.info.sheets);

  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of input.findings) counts[f.severity]++;
  const present = (['error', 'warning', 'info'] as const).filter((s) => counts[s] > 0 || s !== 'info');
  const styles = sheetStyles(book, marks);
  const { xml, headerRow } = feedbackSheetXml(
    {
      title: text.title(input.fileName),
      summary: text.summary(counts),
      legend: present.map((severity) => ({ severity, text: text.legend[severity] })),
      notes: [
        text.legendNote,
        ...(dropped.macros ? [text.dropped.macros] : []),
        ...(dropped.externalLinks ? [text.dropped.externalLinks] : []),
      ],
      header: [
        text.header.severity,
        text.header.principle,
        text.header.field,
        text.header.cell,
        text.header.message,
        text.header.code,
      ],
      severityWords: text.severity,
      rows: feedbackRows(input.findings, input.norm, input.lang, input.workbookLang),
    },
    styles,
  );
  setPartText(parts, 'xl/styles.xml', book.toXml());
  const index = addSheet(parts, text.sheet, xml);
  showSheet(parts, index);
  setPrintTitles(parts, text.sheet, index, headerRow);
  return { bytes: await writePackage(parts, ENTRY_DATE), dropped };
}

/** Gives every cell with a finding the mark of its worst finding, over the cell's own style. */
function markCells(
  parts: XlsxPackage,
  book: StyleBook,
  marks: Record<Severity, MarkStyle>,
  findings: readonly Finding[],
  sheets: ReadonlyArray<{ name: string; part: string }>,
): void {
  const rank: Record<Severity, number> = { error: 3, warning: 2, info: 1 };
  const worst = new Map<string, Map<string, Severity>>();
  for (const f of findings) {
    const { sheet, cell } = f.location;
    if (!sheet || !cell || !/^[A-Z]{1,3}\d{1,7}$/.test(cell)) continue;
    const cells = worst.get(sheet) ?? new Map<string, Severity>();
    const before = cells.get(cell);
    if (!before || rank[f.severity] > rank[before]) cells.set(cell, f.severity);
    worst.set(sheet, cells);
  }
  const borders = new Map<Severity, number>();
  const border = (s: Severity) => {
    let id = borders.get(s);
    if (id === undefined) {
      const m = marks[s];
      const side = (tag: string) => `<${tag} style="${m.border}"><color rgb="FF${m.colour}"/></${tag}>`;
      id = book.addBorder(`${side('left')}${side('right')}${side('top')}${side('bottom')}<diagonal/>`);
      borders.set(s, id);
    }
    return id;
  };
  const derived = new Map<string, number>();
  const markedStyle = (current: number, s: Severity): number => {
    const key = `${current}:${s}`;
    const known = derived.get(key);
    if (known !== undefined) return known;
    const m = marks[s];
    const attrs: Record<string, string | number> = { borderId: border(s), applyBorder: 1 };
    if (m.pattern !== 'none') {
      const background = backgroundOf(book.fill(Number(book.xfAttribute(current, 'fillId') ?? 0)));
      attrs.fillId = book.addFill(
        `<patternFill patternType="${m.pattern}"><fgColor rgb="FF${m.colour}"/>${background}</patternFill>`,
      );
      attrs.applyFill = 1;
    }
    const index = book.deriveXf(current, attrs);
    derived.set(key, index);
    return index;
  };
  for (const [sheet, cells] of worst) {
    const part = sheets.find((s) => s.name === sheet)?.part;
    const xml = part && partText(parts, part);
    if (!part || xml === undefined) continue;
    const restyle = new Map([...cells].map(([cell, s]) => [cell, (current: number) => markedStyle(current, s)]));
    setPartText(parts, part, restyleCells(xml, restyle));
  }
}

/** The cell's own colour as the background of the hatching, so that it stays visible. */
function backgroundOf(fillXml: string): string {
  const solid = /patternType="solid"/.test(fillXml) ? /<(?:\w+:)?fgColor\b([^>]*?)\/?>/.exec(fillXml) : null;
  return solid ? `<bgColor${solid[1] ?? ''}/>` : '<bgColor rgb="FFFFFFFF"/>';
}

function sheetStyles(book: StyleBook, marks: Record<Severity, MarkStyle>): FeedbackSheetStyles {
  const font = (extra: string, size = 10) => book.addFont(`${extra}<sz val="${size}"/><name val="Calibri"/><family val="2"/>`);
  const plain = font('');
  const bold = font('<b/>');
  const grey = (size: number) => font('<color rgb="FF595959"/>', size);
  const thin = book.addBorder(
    ['left', 'right', 'top', 'bottom'].map((t) => `<${t} style="thin"><color rgb="FFBFBFBF"/></${t}>`).join('') + '<diagonal/>',
  );
  const solid = (rgb: string) =>
    book.addFill(`<patternFill patternType="solid"><fgColor rgb="FF${rgb}"/><bgColor indexed="64"/></patternFill>`);
  const top = '<alignment vertical="top" wrapText="1"/>';
  const xf = (fontId: number, fillId: number, borderId: number, alignment = top) =>
    book.addXf(
      { numFmtId: 0, fontId, fillId, borderId, xfId: 0, applyFont: 1, applyFill: 1, applyBorder: 1, applyAlignment: 1 },
      alignment,
    );
  const markFill = (s: Severity) => {
    const m = marks[s];
    return m.pattern === 'none'
      ? 0
      : book.addFill(
          `<patternFill patternType="${m.pattern}"><fgColor rgb="FF${m.colour}"/><bgColor rgb="FFFFFFFF"/></patternFill>`,
        );
  };
  const markBorder = (s: Severity) => {
    const m = marks[s];
    return book.addBorder(
      ['left', 'right', 'top', 'bottom'].map((t) => `<${t} style="${m.border}"><color rgb="FF${m.colour}"/></${t}>`).join('') +
        '<diagonal/>',
    );
  };
  const severityFont = (s: Severity) => font(`<b/><color rgb="FF${marks[s].colour}"/>`);
  return {
    title: xf(font('<b/>', 14), 0, 0, '<alignment vertical="center"/>'),
    text: xf(plain, 0, 0),
    note: xf(grey(10), 0, 0),
    header: xf(font('<b/><color rgb="FFFFFFFF"/>'), solid('1F4E79'), thin, '<alignment vertical="center" wrapText="1"/>'),
    cell: xf(plain, 0, thin),
    link: xf(font('<u/><color rgb="FF0563C1"/>'), 0, thin),
    code: xf(grey(8), 0, thin),
    severity: {
      error: xf(severityFont('error'), 0, thin),
      warning: xf(severityFont('warning'), 0, thin),
      info: xf(bold, 0, thin),
    },
    legend: {
      error: xf(bold, markFill('error'), markBorder('error'), '<alignment vertical="center" horizontal="center"/>'),
      warning: xf(bold, markFill('warning'), markBorder('warning'), '<alignment vertical="center" horizontal="center"/>'),
      info: xf(bold, markFill('info'), markBorder('info'), '<alignment vertical="center" horizontal="center"/>'),
    },
  };
}
