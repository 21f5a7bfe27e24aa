import ExcelJS from 'exceljs';
import { normaliseCell } from '../../src/workbook/read-workbook.js';
import { writeWorkbook } from '../../src/workbook/write-workbook.js';
import { isErrorValue } from '../../src/workbook/raw-workbook.js';
import { readNormFile, readRegistryFile } from '../../src/io/read-norm-files.js';
import { TOOL_NAME, toolVersion } from '../../src/io/tool-version.js';
import type { Lang } from '../../src/base/lang.js';
import { fingerprintNorm } from '../../src/norm/fingerprint-norm.js';
import type { Norm } from '../../src/norm/norm-schema.js';
import type { Registry } from '../../src/norm/registry-schema.js';
import { buildTemplate } from '../../src/template/build-template.js';
import { FIXTURE_NORM } from './run-cli.js';

export interface Builtins {
  norm: Norm;
  registry: Registry;
  fingerprint: string;
  generator: string;
}

/** The built-in norm (or another norm file) and the built-in registry, parsed; throws if they have findings (a separate test says which). */
export async function loadBuiltins(normFile?: string): Promise<Builtins> {
  const [n, r] = await Promise.all([readNormFile(normFile), readRegistryFile()]);
  if (!n.norm || !r.registry)
    throw new Error(`built-in norm or registry does not parse: ${JSON.stringify([...n.findings, ...r.findings])}`);
  return { norm: n.norm, registry: r.registry, fingerprint: fingerprintNorm(n.norm), generator: `${TOOL_NAME} ${toolVersion()}` };
}

/** The norm of the committed fixtures (FIXTURE_NORM) with the built-in registry. */
export const loadFixtureBuiltins = (): Promise<Builtins> => loadBuiltins(FIXTURE_NORM);

/** The template bytes, built exactly as `weerbaar template` builds them. */
export async function buildTemplateBytes(b: Builtins, lang: Lang): Promise<Uint8Array> {
  return writeWorkbook(
    buildTemplate({ norm: b.norm, registry: b.registry, lang, fingerprint: b.fingerprint, generator: b.generator }),
  );
}

/** Reads bytes back with exceljs itself, as an outside reader would. */
export async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb;
}

export interface NamedRange {
  sheet: ExcelJS.Worksheet;
  firstCol: number;
  lastCol: number;
  firstRow: number;
  lastRow: number;
}

/** Resolves a workbook-scope defined name with one rectangular range, e.g. `'Sheet x'!$A$3:$A$49`. */
export function resolveName(wb: ExcelJS.Workbook, name: string): NamedRange {
  const ranges = wb.definedNames.getRanges(name).ranges;
  if (ranges.length !== 1) throw new Error(`defined name ${name} has ${ranges.length} ranges`);
  const m = /^(?:'((?:[^']|'')+)'|([^!]+))!\$([A-Z]+)\$(\d+)(?::\$([A-Z]+)\$(\d+))?$/.exec(ranges[0] ?? '');
  if (!m) throw new Error(`cannot read the range of ${name}: ${ranges[0]}`);
  const sheetName = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? '');
  const sheet = wb.getWorksheet(sheetName);
  if (!sheet) throw new Error(`defined name ${name} points to a missing sheet ${sheetName}`);
  const firstCol = colNumber(m[3] ?? '');
  const firstRow = Number(m[4]);
  return {
    sheet,
    firstCol,
    firstRow,
    lastCol: m[5] ? colNumber(m[5]) : firstCol,
    lastRow: m[6] ? Number(m[6]) : firstRow,
  };
}

/** The values of a one-column named range, top to bottom (null for an empty cell). */
export function columnValues(wb: ExcelJS.Workbook, name: string): Array<ExcelJS.CellValue> {
  const r = resolveName(wb, name);
  const out: ExcelJS.CellValue[] = [];
  for (let row = r.firstRow; row <= r.lastRow; row++) out.push(r.sheet.getCell(row, r.firstCol).value);
  return out;
}

/** Plain text of a cell value as the readers see it: rich text joined, a link's text, a formula's cached result. */
export function cellText(value: ExcelJS.CellValue): string {
  const v = normaliseCell(value).value;
  if (v === null) return '';
  return isErrorValue(v) ? v.error : String(v);
}

/** Excel's default for a cell is locked; exceljs leaves `protection` undefined then. */
export const isLocked = (cell: ExcelJS.Cell): boolean => cell.protection?.locked !== false;

function colNumber(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

export function colLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
