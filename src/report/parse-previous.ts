import type { Report } from './report-model.js';

/**
 * Accepts an earlier rapportage.json as input for the year-over-year comparison, after checking
 * that it is one (a foreign JSON file gives undefined, never an exception deeper down).
 */
export function parsePreviousReport(text: string): Report | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  const r = data as Partial<Report> | null;
  const ok =
    r !== null &&
    typeof r === 'object' &&
    r.schemaVersion === 1 &&
    Array.isArray(r.organisations) &&
    Array.isArray(r.themeStats) &&
    typeof r.scope === 'object' &&
    r.organisations.every((o) => typeof o?.code === 'string' && Array.isArray(o.themes) && typeof o.statuses === 'object');
  return ok ? (r as Report) : undefined;
}
