import { labelOf } from '../norm/localise.js';
import { meetmomentOptions } from '../norm/meetmoment.js';
import { meetmomentYear, validInYear } from '../norm/registry-time.js';
import { absoluteRef, type CellSpec, type SheetSpec } from '../workbook/workbook-spec.js';
import { listName } from './field-validation.js';
import { META_KEYS, NAME_METADATA, TEMPLATE_FORMAT } from '../workbook/template-contract.js';
import type { SheetContext } from './template-input.js';

type Names = Array<{ name: string; ref: string }>;

/** The hidden Lijsten sheet: one column per dropdown, each behind a defined name (no inline lists). */
export function listsSheet(ctx: SheetContext): { sheet: SheetSpec; names: Names } {
  const { norm, registry, lang, text } = ctx;
  const lists: Array<{ id: string; values: string[] }> = [];
  for (const field of [...norm.velden, ...norm.voorblad]) {
    if (field.type === 'schaal') lists.push({ id: field.id, values: norm.schaal.map((o) => labelOf(o, lang)) });
    else if (field.type === 'keuze') lists.push({ id: field.id, values: (field.opties ?? []).map((o) => labelOf(o, lang)) });
    else if (field.type === 'organisatie')
      lists.push({ id: field.id, values: currentOrganisationNames(registry.organisaties, norm) });
  }
  const cells: CellSpec[] = [];
  const names: Names = [];
  lists.forEach((list, i) => {
    const col = i + 1;
    cells.push({ row: 1, col, value: list.id, style: { bold: true } });
    list.values.forEach((v, j) => cells.push({ row: j + 2, col, value: v }));
    names.push({ name: listName(list.id), ref: absoluteRef(text.sheets.lists, 2, col, list.values.length + 1, col) });
  });
  return {
    sheet: { name: text.sheets.lists, state: 'hidden', columns: lists.map(() => ({ width: 30 })), cells, protect: true },
    names,
  };
}

/**
 * Names of the organisations that may fill in this template, sorted as a Dutch reader expects:
 * those that exist during a year of one of the norm's meetmomenten (so Wijdemeren stays in the
 * list for 2026 although it merges on 1 January 2027), plus the werkorganisaties. Without years
 * in the meetmomenten: those without an end date.
 */
function currentOrganisationNames(orgs: SheetContext['registry']['organisaties'], norm: SheetContext['norm']): string[] {
  const years = meetmomentOptions(norm).flatMap((m) => {
    const y = meetmomentYear(m.code) ?? meetmomentYear(m.label);
    return y === undefined ? [] : [y];
  });
  return orgs
    .filter((o) => (years.length > 0 ? years.some((y) => validInYear(o, y)) : o.geldig_tot === null))
    .map((o) => o.naam)
    .sort((a, b) => a.localeCompare(b, 'nl'));
}

/** The template's identity: the key/value pairs of the metadata sheet and the custom properties. */
export function templateMetadata(ctx: SheetContext): Record<string, string> {
  return {
    [META_KEYS.format]: String(TEMPLATE_FORMAT),
    [META_KEYS.normId]: ctx.norm.id,
    [META_KEYS.normVersion]: ctx.norm.versie,
    [META_KEYS.fingerprint]: ctx.fingerprint,
    [META_KEYS.generator]: ctx.generator,
    [META_KEYS.lang]: ctx.lang,
  };
}

export function metadataSheet(ctx: SheetContext, meta: Record<string, string>): { sheet: SheetSpec; names: Names } {
  const entries = Object.entries(meta);
  const cells: CellSpec[] = entries.flatMap(([k, v], i) => [
    { row: i + 1, col: 1, value: k },
    { row: i + 1, col: 2, value: v },
  ]);
  const name = ctx.text.sheets.meta;
  return {
    sheet: { name, state: 'veryHidden', columns: [{ width: 24 }, { width: 70 }], cells, protect: true },
    names: [{ name: NAME_METADATA, ref: absoluteRef(name, 1, 1, entries.length, 2) }],
  };
}
