// Regenerates the checked-in templates in templates/ from the built-in norm and registry, in
// Dutch and in English. It runs the `weerbaar template` command itself (from dist/), so the files
// are exactly what a user gets, generator string included.
// Run with `npm run templates` (which builds first); test/template/ checks they are current.
import path from 'node:path';
import { templateCommand } from '../dist/cli/commands/template.js';
import { defaultTemplateName } from '../dist/template/template-name.js';
import { makeOutput } from '../dist/cli/output.js';
import { CLI_TEXT } from '../dist/i18n/cli-text.js';
import { TEMPLATES_DIR } from '../dist/io/builtin-paths.js';
import { readNormFile } from '../dist/io/read-norm-files.js';

// The built-in norm's id and version name the files; the command checks the norm itself.
const { norm } = await readNormFile();
if (!norm) {
  console.error('De ingebouwde norm heeft fouten; zie: node bin/weerbaar.js norm check');
  process.exit(1);
}

const io = makeOutput();
for (const lang of ['nl', 'en']) {
  const output = path.join(TEMPLATES_DIR, defaultTemplateName(norm.id, norm.versie, lang));
  try {
    const code = await templateCommand({ output, lang, force: true }, { lang, text: CLI_TEXT[lang], io });
    if (code !== 0) process.exit(code);
  } catch (e) {
    // The command's typed errors (a bad norm, an unwritable file) carry a readable message.
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  }
}
