import type { FindingCode } from '../findings/codes.js';
import type { FindingLocation, FindingOf } from '../findings/finding.js';
import type { Lang } from '../base/lang.js';
import type { Catalogue } from './catalogue.js';
import { messagesEn } from './messages-en.js';
import { messagesNl } from './messages-nl.js';

const CATALOGUES: Record<Lang, Catalogue> = { nl: messagesNl, en: messagesEn };

/** The sentence for a finding, without its location. */
export function findingMessage<C extends FindingCode>(finding: FindingOf<C>, lang: Lang): string {
  // Generic over the code, so that the catalogue line and the arguments are known to match.
  const line: Catalogue[C] = CATALOGUES[lang][finding.code];
  return line(finding.args);
}

/** "file:line:col context" or "file Sheet!A1 (uitgangspunt 3.2)": where a finding points. */
function formatLocation(loc: FindingLocation): string {
  let where = loc.file ?? '';
  if (loc.line !== undefined) where += `:${loc.line}${loc.column !== undefined ? `:${loc.column}` : ''}`;
  if (loc.cell) where += `${where ? ' ' : ''}${loc.sheet ? `${loc.sheet}!` : ''}${loc.cell}`;
  else if (loc.sheet) where += `${where ? ' ' : ''}${loc.sheet}`;
  if (loc.context) where += `${where ? ' ' : ''}${loc.context}`;
  return where;
}

/** One line: location, then the message, as in `norm/x.yaml:14:7 thema 3, uitgangspunt 3.2: …`. */
export function formatFinding<C extends FindingCode>(finding: FindingOf<C>, lang: Lang): string {
  const where = formatLocation(finding.location);
  return where ? `${where}: ${findingMessage(finding, lang)}` : findingMessage(finding, lang);
}
