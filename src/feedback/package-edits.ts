import { attributes } from '../workbook/xml-scan.js';
import { partText, setPartText, type XlsxPackage } from '../workbook/xlsx-package.js';
import { escapeXml } from '../workbook/xml-escape.js';

/** Edits of a package's workbook, relationships and content types, on the XML as written. */

const WORKBOOK = 'xl/workbook.xml';
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';
const CONTENT_TYPES = '[Content_Types].xml';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const WORKSHEET_TYPE = `${REL_NS}/worksheet`;
const MAIN_XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml';

const text = (parts: XlsxPackage, name: string): string => {
  const t = partText(parts, name);
  if (t === undefined) throw new Error(`the workbook has no ${name}`);
  return t;
};

/** Removes relationships whose type ends with one of these names; returns their targets. */
function removeRelationships(parts: XlsxPackage, relsPart: string, types: readonly string[]): string[] {
  const rels = partText(parts, relsPart);
  if (rels === undefined) return [];
  const removed: string[] = [];
  const kept = rels.replace(/<(?:\w+:)?Relationship\b[^>]*?\/?>(?:<\/(?:\w+:)?Relationship>)?/g, (whole) => {
    const a = attributes(whole);
    if (!types.some((t) => (a.Type ?? '').endsWith(`/${t}`))) return whole;
    removed.push(a.Target ?? '');
    return '';
  });
  setPartText(parts, relsPart, kept);
  return removed;
}

function removeContentTypes(parts: XlsxPackage, drop: (attrs: Record<string, string>) => boolean): void {
  const types = text(parts, CONTENT_TYPES);
  setPartText(
    parts,
    CONTENT_TYPES,
    types.replace(/<(?:\w+:)?(?:Override|Default)\b[^>]*?\/?>(?:<\/(?:\w+:)?(?:Override|Default)>)?/g, (whole) =>
      drop(attributes(whole)) ? '' : whole,
    ),
  );
}

/** Leaves out a VBA project (an .xlsm's macros): the copy is a plain .xlsx. True when there was one. */
export function dropMacros(parts: XlsxPackage): boolean {
  const vba = [...parts.keys()].filter((n) =>
    /^xl\/(?:vbaProject[^/]*\.bin|vbaData\.xml|_rels\/vbaProject[^/]*\.bin\.rels)$/i.test(n),
  );
  const types = text(parts, CONTENT_TYPES);
  const macroEnabled = /macroEnabled\.main\+xml/i.test(types);
  if (vba.length === 0 && !macroEnabled) return false;
  for (const n of vba) parts.delete(n);
  removeRelationships(parts, WORKBOOK_RELS, ['vbaProject', 'wordVbaData']);
  removeContentTypes(parts, (a) => /vbaProject|vbaData/i.test(`${a.PartName ?? ''} ${a.ContentType ?? ''}`));
  setPartText(
    parts,
    CONTENT_TYPES,
    text(parts, CONTENT_TYPES).replace(/application\/vnd\.ms-excel\.(?:sheet|template)\.macroEnabled\.main\+xml/gi, MAIN_XLSX),
  );
  return true;
}

/**
 * Leaves out links to other workbooks: their parts, the workbook's list of them, names that use
 * them, and formulas that use them (the cell keeps its last value). True when there were any.
 */
export function dropExternalLinks(parts: XlsxPackage): boolean {
  const links = [...parts.keys()].filter((n) => n.startsWith('xl/externalLinks/'));
  let workbook = text(parts, WORKBOOK);
  const listed = /<(?:\w+:)?externalReferences\b/.test(workbook);
  if (links.length === 0 && !listed) return false;
  for (const n of links) parts.delete(n);
  removeRelationships(parts, WORKBOOK_RELS, ['externalLink']);
  removeContentTypes(parts, (a) => (a.PartName ?? '').startsWith('/xl/externalLinks/'));
  workbook = workbook.replace(/<(?:\w+:)?externalReferences\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?externalReferences>)/, '');
  workbook = workbook.replace(/<(?:\w+:)?definedName\b[^>]*>[^<]*\[\d+\][^<]*<\/(?:\w+:)?definedName>/g, '');
  setPartText(parts, WORKBOOK, workbook);
  let formulasRemoved = false;
  for (const name of [...parts.keys()].filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n))) {
    const xml = text(parts, name);
    const masters = new Set<string>();
    let edited = xml.replace(/<(?:\w+:)?f\b([^>]*)>([^<]*)<\/(?:\w+:)?f>/g, (whole, attrs: string, formula: string) => {
      if (!/\[\d+\]/.test(formula)) return whole;
      const si = /\ssi="(\d+)"/.exec(attrs)?.[1];
      if (si !== undefined && /\st="shared"/.test(attrs)) masters.add(si);
      return '';
    });
    if (masters.size > 0) {
      edited = edited.replace(/<(?:\w+:)?f\b([^>]*?)\/>/g, (whole, attrs: string) =>
        /\st="shared"/.test(attrs) && masters.has(/\ssi="(\d+)"/.exec(attrs)?.[1] ?? '') ? '' : whole,
      );
    }
    if (edited !== xml) {
      formulasRemoved = true;
      setPartText(parts, name, edited);
    }
  }
  // The calculation chain lists cells with formulas; Excel rebuilds it when it is missing.
  if (formulasRemoved && parts.has('xl/calcChain.xml')) {
    parts.delete('xl/calcChain.xml');
    removeRelationships(parts, WORKBOOK_RELS, ['calcChain']);
    removeContentTypes(parts, (a) => a.PartName === '/xl/calcChain.xml');
  }
  return true;
}

interface SheetEntry {
  name: string;
  element: string;
  part: string | undefined;
}

function sheetEntries(parts: XlsxPackage): SheetEntry[] {
  const rels = partText(parts, WORKBOOK_RELS) ?? '';
  const targets = new Map(
    [...rels.matchAll(/<(?:\w+:)?Relationship\b[^>]*?\/?>/g)]
      .map((m) => attributes(m[0]))
      .map((a) => [a.Id ?? '', a.Target ?? '']),
  );
  return [...text(parts, WORKBOOK).matchAll(/<(?:\w+:)?sheet\b[^>]*?\/?>/g)].map((m) => {
    const a = attributes(m[0]);
    const rid = Object.entries(a).find(([k]) => k.endsWith(':id'))?.[1] ?? '';
    const target = targets.get(rid);
    return {
      name: a.name ?? '',
      element: m[0],
      part: target === undefined ? undefined : target.startsWith('/') ? target.slice(1) : `xl/${target}`,
    };
  });
}

/**
 * Puts a sheet with this name and XML in the workbook: a new last sheet, or in place of a sheet of
 * that name (an earlier feedback copy sent back). Returns its 0-based position.
 */
export function addSheet(parts: XlsxPackage, name: string, xml: string): number {
  const sheets = sheetEntries(parts);
  const existing = sheets.findIndex((s) => s.name === name);
  const found = sheets[existing];
  if (found?.part) {
    setPartText(parts, found.part, xml);
    parts.delete(found.part.replace(/([^/]+)$/, '_rels/$1.rels'));
    const visible = found.element.replace(/\sstate="[^"]*"/, '');
    setPartText(parts, WORKBOOK, text(parts, WORKBOOK).replace(found.element, visible));
    return existing;
  }
  let n = sheets.length + 1;
  while (parts.has(`xl/worksheets/sheet${n}.xml`)) n++;
  const part = `xl/worksheets/sheet${n}.xml`;
  setPartText(parts, part, xml);

  const rels = text(parts, WORKBOOK_RELS);
  let k = 1;
  while (rels.includes(`Id="rIdWeerbaar${k}"`)) k++;
  const rid = `rIdWeerbaar${k}`;
  setPartText(
    parts,
    WORKBOOK_RELS,
    rels.replace(
      /<\/((?:\w+:)?Relationships)>/,
      `<Relationship Id="${rid}" Type="${WORKSHEET_TYPE}" Target="worksheets/sheet${n}.xml"/></$1>`,
    ),
  );
  const types = text(parts, CONTENT_TYPES);
  setPartText(
    parts,
    CONTENT_TYPES,
    types.replace(
      /<\/((?:\w+:)?Types)>/,
      `<Override PartName="/${part}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></$1>`,
    ),
  );

  let workbook = text(parts, WORKBOOK);
  const ids = [...workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*?\ssheetId="(\d+)"/g)].map((m) => Number(m[1]));
  const sheetId = Math.max(0, ...ids) + 1;
  const prefix = /<(\w+:)?sheets\b/.exec(workbook)?.[1] ?? '';
  // The relationships namespace is declared on the element itself: writers declare it on the
  // root or on each sheet element, and only a declaration in scope counts.
  const element = `<${prefix}sheet xmlns:r="${REL_NS}" name="${escapeXml(name)}" sheetId="${sheetId}" r:id="${rid}"/>`;
  workbook = workbook.replace(/<\/((?:\w+:)?sheets)>/, `${element}</$1>`);
  setPartText(parts, WORKBOOK, workbook);
  return sheets.length;
}

/** Opens the workbook on sheet `index`, with no other sheet selected (selected together they would be grouped). */
export function showSheet(parts: XlsxPackage, index: number): void {
  let workbook = text(parts, WORKBOOK);
  const view = /<((?:\w+:)?workbookView)\b([^>]*?)(\/?)>/.exec(workbook);
  if (view) {
    const attrs = (view[2] ?? '').replace(/\sactiveTab="\d*"/, '');
    workbook = workbook.replace(view[0], `<${view[1] ?? 'workbookView'}${attrs} activeTab="${index}"${view[3] ?? ''}>`);
  } else {
    const prefix = /<(\w+:)?sheets\b/.exec(workbook)?.[1] ?? '';
    workbook = workbook.replace(
      /<((?:\w+:)?sheets)\b/,
      `<${prefix}bookViews><${prefix}workbookView activeTab="${index}"/></${prefix}bookViews><$1`,
    );
  }
  setPartText(parts, WORKBOOK, workbook);
  sheetEntries(parts).forEach((s, i) => {
    if (i === index || !s.part) return;
    const xml = partText(parts, s.part);
    if (xml !== undefined && /\stabSelected="(?:1|true)"/.test(xml))
      setPartText(parts, s.part, xml.replace(/\stabSelected="(?:1|true)"/g, ''));
  });
}

/** Repeats row `row` of sheet `index` at the top of every printed page. */
export function setPrintTitles(parts: XlsxPackage, name: string, index: number, row: number): void {
  let workbook = text(parts, WORKBOOK);
  const prefix = /<(\w+:)?sheets\b/.exec(workbook)?.[1] ?? '';
  workbook = workbook.replace(
    new RegExp(
      `<(?:\\w+:)?definedName\\b(?=[^>]*name="_xlnm\\.Print_Titles")(?=[^>]*localSheetId="${index}")[^>]*>[^<]*</(?:\\w+:)?definedName>`,
    ),
    '',
  );
  const element = `<${prefix}definedName name="_xlnm.Print_Titles" localSheetId="${index}">'${escapeXml(name.replace(/'/g, "''"))}'!$${row}:$${row}</${prefix}definedName>`;
  if (/<(?:\w+:)?definedNames\s*\/>/.test(workbook))
    workbook = workbook.replace(/<((?:\w+:)?definedNames)\s*\/>/, `<$1>${element}</$1>`);
  else if (/<\/(?:\w+:)?definedNames>/.test(workbook))
    workbook = workbook.replace(/<\/((?:\w+:)?definedNames)>/, `${element}</$1>`);
  else workbook = workbook.replace(/<\/((?:\w+:)?sheets)>/, `</$1><${prefix}definedNames>${element}</${prefix}definedNames>`);
  setPartText(parts, WORKBOOK, workbook);
}
