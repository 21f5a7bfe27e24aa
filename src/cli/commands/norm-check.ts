import { formatFinding } from '../../i18n/format-finding.js';
import { readNormFile, readRegistryFile, registryFileFor } from '../../io/read-norm-files.js';
import { fingerprintNorm } from '../../norm/fingerprint-norm.js';
import { labelOf, themeName } from '../../norm/localise.js';
import { EXIT } from '../cli-errors.js';
import { chainSummary } from '../chain-summary.js';
import { makeTable } from '../make-table.js';
import type { CommandContext } from '../command-context.js';

/** weerbaar norm check [FILE]: validates the norm (and the registry) and prints a summary. */
export async function normCheckCommand(
  file: string | undefined,
  opts: { registry?: string },
  ctx: CommandContext,
): Promise<number> {
  const { io, text, lang } = ctx;
  const loaded = await readNormFile(file);
  // The registry of this norm (see registryFileFor); a norm of one's own without one is checked
  // alone, with the note that the other commands need a registry.
  const which = registryFileFor(file, loaded.norm, opts.registry);
  const registry = which.file === undefined ? undefined : await readRegistryFile(which.file);
  for (const f of [...loaded.findings, ...(registry?.findings ?? [])]) io.err(io.color.red(formatFinding(f, lang)));
  if (which.finding && loaded.norm) io.err(io.color.yellow(formatFinding({ ...which.finding, severity: 'warning' }, lang)));
  if (registry && !registry.registry) io.err(text.registryErrors(registry.file, registry.findings.length));
  const norm = loaded.norm;
  if (!norm) {
    io.err(io.color.red(text.normErrors(loaded.file, loaded.findings.length)));
    return EXIT.failed;
  }

  io.out(io.color.bold(text.normSummary(norm.id, norm.versie, norm.status)));
  const themes = makeTable(text.themesHeader, ['right', 'left', 'right', 'right']);
  for (const t of norm.themas) {
    themes.push([t.id, themeName(t, lang), t.uitgangspunten.length, t.uitgangspunten.reduce((s, p) => s + p.gewicht, 0)]);
  }
  io.out(themes.toString());
  const scale = makeTable(text.scaleHeader);
  for (const o of norm.schaal) scale.push([o.code, labelOf(o, lang), o.nvt ? text.notApplicable : String(o.score)]);
  io.out(scale.toString());
  const principles = norm.themas.reduce((s, t) => s + t.uitgangspunten.length, 0);
  io.out(text.totals(norm.themas.length, principles));
  for (const line of chainSummary(norm, loaded.archive, lang)) io.out(line);
  io.out(`sha256 ${fingerprintNorm(norm)}`);
  io.out(io.color.green(text.normOk(loaded.file)));
  return !registry || registry.registry ? EXIT.ok : EXIT.failed;
}
