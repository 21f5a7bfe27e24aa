import type { Finding } from '../findings/finding.js';
import { makeFinding } from '../findings/make-finding.js';
import { idOr } from './describe-norm-path.js';
import { parseYamlDocument, type YamlPath } from './parse-yaml-document.js';
import { RegistrySchema, type Registry } from './registry-schema.js';

export interface ParsedRegistry {
  registry?: Registry;
  findings: Finding[];
}

/** Parses and checks the registry of organisations. */
export function parseRegistry(text: string, file: string): ParsedRegistry {
  const parsed = parseYamlDocument(text, file, RegistrySchema, describeRegistryPath);
  if (!parsed.value) return { findings: parsed.findings };
  const registry = parsed.value;
  const findings: Finding[] = [];
  const codes = new Set(registry.organisaties.map((o) => o.code));
  const seen = new Set<string>();
  registry.organisaties.forEach((org, i) => {
    const at = (key: string) => ({ file, ...parsed.locate(['organisaties', i, key]), context: `organisatie ${org.code}` });
    if (seen.has(org.code)) findings.push(makeFinding('REGISTRY_DUPLICATE_CODE', { id: org.code }, at('code')));
    seen.add(org.code);
    if (org.opvolger !== undefined && !codes.has(org.opvolger)) {
      findings.push(makeFinding('REGISTRY_UNKNOWN_SUCCESSOR', { id: org.code, ref: org.opvolger }, at('opvolger')));
    }
    const isWork = org.soort === 'werkorganisatie';
    if (isWork !== (org.leden !== undefined)) {
      findings.push(makeFinding('REGISTRY_MEMBERS', { id: org.code, reason: isWork ? 'none' : 'not-werkorganisatie' }, at(isWork ? 'soort' : 'leden')));
    }
    for (const member of org.leden ?? []) {
      const m = registry.organisaties.find((o) => o.code === member);
      if (!m || m.soort !== 'gemeente') findings.push(makeFinding('REGISTRY_MEMBERS', { id: org.code, ref: member, reason: m ? 'not-gemeente' : 'unknown' }, at('leden')));
    }
    if (org.geldig_vanaf && org.geldig_tot && org.geldig_vanaf >= org.geldig_tot) {
      findings.push(makeFinding('REGISTRY_DATES', { id: org.code, from: org.geldig_vanaf, to: org.geldig_tot }, at('geldig_tot')));
    }
  });
  const classes = registry.grootteklassen?.klassen ?? [];
  classes.forEach((c, i) => {
    const last = i === classes.length - 1;
    const prev = classes[i - 1]?.tot ?? 0;
    const ascending = last ? c.tot === undefined : c.tot !== undefined && c.tot > prev;
    if (!ascending || classes.findIndex((x) => x.id === c.id) !== i) {
      findings.push(makeFinding('REGISTRY_SIZE_CLASSES', { id: c.id }, { file, ...parsed.locate(['grootteklassen', 'klassen', i]), context: `grootteklasse ${c.id}` }));
    }
  });
  return findings.length > 0 ? { findings } : { registry, findings };
}

function describeRegistryPath(path: YamlPath, data: unknown): string {
  const orgs = (data as { organisaties?: Array<{ code?: unknown }> }).organisaties;
  if (path[0] === 'organisaties' && typeof path[1] === 'number') {
    return `organisatie ${idOr(orgs?.[path[1]]?.code, path[1])}`;
  }
  return typeof path[0] === 'string' ? path[0] : '';
}
