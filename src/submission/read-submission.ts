import type { Finding } from '../findings/finding.js';
import { makeFinding } from '../findings/make-finding.js';
import { TEMPLATE_TEXT } from '../i18n/template-text.js';
import type { Norm } from '../norm/norm-schema.js';
import { COL_NR, COL_THEME } from '../template/overview-layout.js';
import { NAME_PRINCIPLE_ID, NAME_PRINCIPLE_TEXT } from '../workbook/template-contract.js';
import { cellAddress, clampRange, parseRef, type CellRange } from '../workbook/cell-address.js';
import { isSheetProtected, type ContainerInfo } from '../workbook/inspect-container.js';
import type { RawWorkbook } from '../workbook/raw-workbook.js';
import type { RawField, RawRow, RawSubmission, TemplateIdentity } from './raw-submission.js';

/**
 * workbook → submission: finds every input through the template's defined names (never through
 * positions) and reports what is missing or changed in the structure.
 */
export function readSubmission(
  info: ContainerInfo,
  wb: RawWorkbook,
  norm: Norm,
  identity: TemplateIdentity,
  read: (part: string) => string | undefined,
): { submission: RawSubmission; findings: Finding[] } {
  const findings: Finding[] = [];
  const sheetNames = TEMPLATE_TEXT[identity.lang].sheets;
  const present = new Set(info.sheets.map((s) => s.name));
  const refs = new Map<string, string>();
  for (const d of info.definedNames) if (!refs.has(d.name)) refs.set(d.name, d.ref);

  /** Sheets that a name points to but that are gone: reported once as SHEET_MISSING. */
  const missingSheets = new Set<string>();
  const resolve = (name: string): CellRange | undefined => {
    const ref = refs.get(name);
    const range = ref === undefined ? undefined : parseRef(ref);
    if (range && wb.hasSheet(range.sheet)) return range;
    if (range) missingSheets.add(range.sheet);
    else findings.push(makeFinding('NAME_MISSING', { name }));
    return undefined;
  };

  const frontRanges = new Map(norm.voorblad.map((f) => [f.id, resolve(f.id)]));
  const idRange = resolve(NAME_PRINCIPLE_ID);
  const textRange = resolve(NAME_PRINCIPLE_TEXT);
  const fieldRanges = new Map(norm.velden.map((f) => [f.id, resolve(f.id)]));

  checkSheets(findings, present, missingSheets, sheetNames, [...frontRanges.values()], [idRange, ...fieldRanges.values()]);

  const field = (range: CellRange | undefined, row: number): RawField | undefined => {
    if (!range || row < range.top || row > range.bottom) return undefined;
    const cell = wb.cell(range.sheet, row, range.left);
    const value = cell?.value ?? null;
    const at = { sheet: range.sheet, cell: cellAddress(row, range.left) };
    return cell?.formula ? { value, formula: cell.formula, at } : { value, at };
  };

  const front: Record<string, RawField> = {};
  for (const [id, range] of frontRanges) {
    const f = range && field(range, range.top);
    if (f) front[id] = f;
  }

  const rows: RawRow[] = [];
  // Read once per row below: an array, not a map to iterate each time.
  const fieldList = [...fieldRanges];
  if (idRange) {
    // Rows past the sheet's last cell are empty: a legal name reaching row 1,048,576 stops there.
    const { bottom } = clampRange(idRange, wb.lastRow(idRange.sheet));
    for (let row = idRange.top; row <= bottom; row++) {
      const idCell = wb.cell(idRange.sheet, row, idRange.left)?.value;
      const fields: Record<string, RawField> = {};
      for (const [id, range] of fieldList) {
        const f = field(range, row);
        if (f) fields[id] = f;
      }
      const principle = principleId(idCell);
      const text = field(textRange, row);
      // The Thema column has no name of its own; it sits between Nr. and Uitgangspunt (template contract).
      const themeCol = idRange.left + COL_THEME - COL_NR;
      const themeCell = wb.cell(idRange.sheet, row, themeCol);
      const theme: RawField = { value: themeCell?.value ?? null, at: { sheet: idRange.sheet, cell: cellAddress(row, themeCol) } };
      rows.push({
        principle,
        at: { sheet: idRange.sheet, cell: cellAddress(row, idRange.left) },
        fields,
        ...(text ? { text } : {}),
        theme,
      });
    }
  }

  for (const s of info.sheets) {
    const holdsInputs = [...frontRanges.values(), idRange].some((r) => r?.sheet === s.name);
    if (holdsInputs && !isSheetProtected(read(s.part) ?? ''))
      findings.push(makeFinding('PROTECTION_REMOVED', {}, { sheet: s.name }));
  }
  return { submission: { identity, front, rows }, findings };
}

/** A principle id as text; LibreOffice or a user may have turned "1.1" into the number 1.1. */
function principleId(v: unknown): string {
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number') return String(v);
  return '';
}

function checkSheets(
  findings: Finding[],
  present: Set<string>,
  missingSheets: Set<string>,
  names: (typeof TEMPLATE_TEXT)['nl']['sheets'],
  frontRanges: Array<CellRange | undefined>,
  overviewRanges: Array<CellRange | undefined>,
): void {
  const actual = (ranges: Array<CellRange | undefined>) => ranges.find((r) => r !== undefined)?.sheet;
  const dataSheets: Array<[string, string | undefined]> = [
    [names.front, actual(frontRanges)],
    [names.overview, actual(overviewRanges)],
  ];
  for (const [expected, found] of dataSheets) {
    if (present.has(expected)) continue;
    if (found && found !== expected)
      findings.push(makeFinding('SHEET_RENAMED', { sheet: expected, actual: found }, { sheet: found }));
    else findings.push(makeFinding('SHEET_MISSING', { sheet: expected }));
  }
  for (const expected of [names.intro, names.summary]) {
    if (!present.has(expected)) findings.push({ ...makeFinding('SHEET_MISSING', { sheet: expected }), severity: 'warning' });
  }
  for (const sheet of missingSheets) {
    if (!findings.some((f) => f.code === 'SHEET_MISSING' && f.args.sheet === sheet))
      findings.push(makeFinding('SHEET_MISSING', { sheet }));
  }
}
