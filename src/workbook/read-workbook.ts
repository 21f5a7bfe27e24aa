/**
 * The reference reader: a workbook's cells through exceljs. The default reader is xml-reader.ts;
 * test/validate/readers.test.ts holds the two to the same values. With write-workbook.ts the only
 * module that talks to exceljs.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { rawCell, type RawCell, type RawWorkbook } from './raw-workbook.js';

/**
 * The zip without the workbook's defined names. exceljs expands every name into a list of its
 * cells: a legal name to row 1,048,576 takes minutes, one to row 1e20 exhausts the heap. The names
 * are read from the XML (inspectContainer), never from exceljs, so it need not see them.
 */
async function withoutDefinedNames(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const workbook = await zip.file('xl/workbook.xml')?.async('string');
  if (workbook === undefined) return bytes;
  zip.file(
    'xl/workbook.xml',
    workbook.replace(/<(\w+:)?definedNames\b[\s\S]*?<\/(\w+:)?definedNames>|<(\w+:)?definedNames\s*\/>/g, ''),
  );
  return zip.generateAsync({ type: 'uint8array', compression: 'STORE' });
}

/** Loads .xlsx bytes with exceljs. Call only after inspectContainer has accepted the bytes. */
export async function readWorkbook(bytes: Uint8Array): Promise<RawWorkbook> {
  const wb = new ExcelJS.Workbook();
  // The exceljs Buffer type clashes with Node's; the bytes are a plain Node buffer underneath.
  await wb.xlsx.load(Buffer.from(await withoutDefinedNames(bytes)) as unknown as ExcelJS.Buffer);
  const sheets = new Map(wb.worksheets.map((ws) => [ws.name, ws]));
  return {
    hasSheet: (name) => sheets.has(name),
    lastRow: (sheet) => sheets.get(sheet)?.rowCount ?? 0,
    cell: (sheet, row, col) => {
      const ws = sheets.get(sheet);
      if (!ws) return undefined;
      const c = ws.findCell(row, col);
      return c ? normaliseCell(c.value, c.result) : { value: null };
    },
  };
}

/**
 * The one place where exceljs values become plain values: rich text and hyperlinks become text,
 * formulas give their cached result (read from cell.result too, since exceljs drops 0, false and
 * "" from value.result), and error values become { error }.
 */
export function normaliseCell(value: ExcelJS.CellValue, result?: ExcelJS.CellValue): RawCell {
  if (value === null || value === undefined) return { value: null };
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date)
    return { value };
  if ('richText' in value) return { value: value.richText.map((r) => r.text).join('') };
  if ('hyperlink' in value) return { value: typeof value.text === 'string' ? value.text : normaliseCell(value.text).value };
  if ('error' in value) return { value: { error: String(value.error) } };
  if ('formula' in value || 'sharedFormula' in value) {
    const formula = String(
      ('formula' in value ? value.formula : undefined) ?? (value as { sharedFormula?: string }).sharedFormula ?? '',
    );
    const cached = (value as { result?: ExcelJS.CellValue }).result ?? result;
    // A formula without a cached value is no answer, not even TRUE() or #N/A as LibreOffice writes
    // a typed value: the XML reader reads it the same way, and the check says there is a formula.
    if (cached === undefined || cached === null) return rawCell(null, formula);
    return rawCell(normaliseCell(cached).value, formula);
  }
  return { value: null };
}
