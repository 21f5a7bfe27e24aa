import path from 'node:path';
import { generatorName } from '../../io/tool-version.js';
import { exists, writeAtomic } from '../../io/write-atomic.js';
import type { Lang } from '../../base/lang.js';
import { defaultTemplateName } from '../../template/template-name.js';
import { currentTemplate } from '../../io/current-template.js';
import { EXIT, InputError } from '../cli-errors.js';
import { info } from '../emit.js';
import type { CommandContext } from '../command-context.js';
import { loadNormInputs } from '../load-inputs.js';

export interface TemplateOptions {
  norm?: string;
  registry?: string;
  output?: string;
  lang: Lang;
  force: boolean;
}

/** weerbaar template: norm → workbook, written atomically, never over an existing file without --force. */
export async function templateCommand(opts: TemplateOptions & { from?: string[] }, ctx: CommandContext): Promise<number> {
  if (opts.from?.length) return (await import('./template-from.js')).templateFromCommand({ ...opts, from: opts.from }, ctx);
  const { norm, registry, fingerprint, templates } = await loadNormInputs(opts, ctx);
  const name = defaultTemplateName(norm.id, norm.versie, opts.lang);
  const file = opts.output ?? name;
  if (!opts.force && (await exists(file))) throw new InputError(ctx.text.fileExists(file));
  // The built-in norm, unchanged since the build: the file in templates/ is what would be written.
  const bytes =
    currentTemplate(name, templates?.[opts.lang]) ??
    (await (
      await import('../../template/template-file.js')
    ).templateBytes({
      norm,
      registry,
      fingerprint,
      lang: opts.lang,
      generator: generatorName(),
    }));
  try {
    await writeAtomic(file, bytes);
  } catch (e) {
    throw new InputError(ctx.text.cannotWrite(file, (e as NodeJS.ErrnoException).code ?? String(e)));
  }
  const principles = norm.themas.reduce((s, t) => s + t.uitgangspunten.length, 0);
  info(ctx, ctx.text.templateWritten(path.normalize(file), principles));
  return EXIT.ok;
}
