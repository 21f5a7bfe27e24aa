import type { Finding } from '../findings/finding.js';
import { makeFinding } from '../findings/make-finding.js';
import type { Organisation, Registry } from '../norm/registry-schema.js';
import { membersOf, werkorganisatiesOf } from '../norm/registry-time.js';

/** Letters and digits only, accents dropped, words separated by one space, padded for whole-word search. */
function words(s: string): string {
  const plain = s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  return ` ${plain} `;
}

/** namesOf per organisation: a batch checks every file against the same registry. */
const NAMES = new WeakMap<Organisation, string[]>();

/** The ways a file name can name an organisation: its name without a "(NH.)" qualifier, its code, and for a werkorganisatie its acronym (BUCH). */
function namesOf(org: Organisation): string[] {
  const known = NAMES.get(org);
  if (known) return known;
  const names = [words(org.naam.replace(/\s*\([^)]*\)\s*$/, '')), words(org.code)];
  if (org.soort === 'werkorganisatie') for (const acronym of org.naam.match(/\b[A-Z]{3,}\b/g) ?? []) names.push(words(acronym));
  const found = names.filter((n) => n.trim() !== '');
  NAMES.set(org, found);
  return found;
}

/**
 * Warns when a file's name names another organisation of the registry than the workbook does:
 * a municipality that copied its neighbour's file and left the organisation unchanged would
 * otherwise replace the neighbour's return and itself go missing. A werkorganisatie and its
 * members name each other legitimately.
 */
export function checkFileName(fileName: string, organisation: string | null | undefined, registry: Registry): Finding[] {
  if (!organisation) return [];
  const own = registry.organisaties.find((o) => o.code === organisation);
  if (!own) return [];
  const base = words(fileName.replace(/\.[^.]*$/, ''));
  const named = registry.organisaties.filter((o) => namesOf(o).some((n) => base.includes(n)));
  // "Hollands Kroon" also contains no other name, but "Bergen" inside "Bergen op Zoom" would: keep only the longest matches.
  const longest = named.filter(
    (o) => !named.some((other) => other !== o && namesOf(other).some((n) => namesOf(o).some((m) => n !== m && n.includes(m)))),
  );
  if (longest.length === 0) return [];
  const related = new Set([own, ...membersOf(own, registry), ...werkorganisatiesOf(own.code, registry)].map((o) => o.code));
  for (const w of werkorganisatiesOf(own.code, registry)) for (const m of membersOf(w, registry)) related.add(m.code);
  if (longest.some((o) => related.has(o.code))) return [];
  return [
    makeFinding('ORG_FILENAME_MISMATCH', {
      file: fileName,
      named: longest.map((o) => o.naam).join(', '),
      organisation: own.naam,
    }),
  ];
}
