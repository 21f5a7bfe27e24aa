import type { ContainerInfo } from '../workbook/inspect-container.js';
import type { RawWorkbook } from '../workbook/raw-workbook.js';
import { clampRange, parseRef } from '../workbook/cell-address.js';
import { CUSTOM_PROPERTY_PREFIX, META_KEYS, NAME_METADATA } from '../workbook/template-contract.js';
import type { TemplateIdentity } from './raw-submission.js';

/**
 * Reads the template's identity from the metadata range, falling back on the custom document
 * properties (which survive a LibreOffice save but not every writer). Undefined: not our template.
 */
export function readIdentity(info: ContainerInfo, wb: RawWorkbook): TemplateIdentity | undefined {
  const values = new Map<string, string>();
  const ref = info.definedNames.find((d) => d.name === NAME_METADATA)?.ref;
  const parsed = ref ? parseRef(ref) : undefined;
  const range = parsed && wb.hasSheet(parsed.sheet) ? clampRange(parsed, wb.lastRow(parsed.sheet)) : undefined;
  if (range && wb.hasSheet(range.sheet)) {
    for (let row = range.top; row <= range.bottom; row++) {
      const key = wb.cell(range.sheet, row, range.left)?.value;
      const value = wb.cell(range.sheet, row, range.left + 1)?.value;
      if (typeof key === 'string' && (typeof value === 'string' || typeof value === 'number')) values.set(key, String(value));
    }
  }
  if (values.size === 0) {
    for (const [k, v] of Object.entries(info.customProperties)) {
      if (k.startsWith(CUSTOM_PROPERTY_PREFIX)) values.set(k.slice(CUSTOM_PROPERTY_PREFIX.length), v);
    }
  }
  if (!values.has(META_KEYS.normId)) return undefined;
  const opt = (k: string) => values.get(k);
  return {
    format: opt(META_KEYS.format),
    normId: opt(META_KEYS.normId),
    normVersion: opt(META_KEYS.normVersion),
    fingerprint: opt(META_KEYS.fingerprint),
    generator: opt(META_KEYS.generator),
    lang: opt(META_KEYS.lang) === 'en' ? 'en' : 'nl',
  };
}
