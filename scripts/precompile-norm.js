// Writes dist/builtin-norm.json (npm run build:js runs it last): the built-in norm, its archive
// and its registry as parsed and checked now, so that a command on the built-in norm need not parse
// YAML and check the schema on every run; see src/io/builtin-cache.ts for when it is used. It also
// records which files in templates/ are byte for byte what `weerbaar template` writes, so that the
// command may copy them. When the built-in norm has findings, no cache is written: every run then
// reads the YAML and reports them.
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { builtinSourcesHash, CACHE_FORMAT, cacheFile, sha256 } from '../dist/io/builtin-cache.js';
import { PACKAGE_ROOT, TEMPLATES_DIR } from '../dist/io/builtin-paths.js';
import { parseNormInputs } from '../dist/io/read-norm-files.js';
import { generatorName } from '../dist/io/tool-version.js';
import { writeAtomic } from '../dist/io/write-atomic.js';
import { templateBytes } from '../dist/template/template-file.js';
import { defaultTemplateName } from '../dist/template/template-name.js';

const target = cacheFile();
await rm(target, { force: true });
const sources = builtinSourcesHash();
const { inputs, findings } = await parseNormInputs({});
if (!inputs || findings.length > 0 || sources === undefined) {
  console.error(
    `dist/builtin-norm.json niet geschreven: de ingebouwde norm heeft bevindingen (${findings.map((f) => f.code).join(', ')}).`,
  );
  process.exit(0);
}
const templates = {};
for (const lang of ['nl', 'en']) {
  const file = path.join(TEMPLATES_DIR, defaultTemplateName(inputs.norm.id, inputs.norm.versie, lang));
  const bytes = await templateBytes({ ...inputs, lang, generator: generatorName() });
  const onDisk = await readFile(file).catch(() => undefined);
  if (onDisk && Buffer.compare(Buffer.from(bytes), onDisk) === 0) templates[lang] = sha256(onDisk);
  else
    console.error(
      `${path.relative(PACKAGE_ROOT, file)} is niet actueel (npm run templates); weerbaar template maakt het sjabloon zelf.`,
    );
}
const archive = (inputs.archive ?? []).map((a) => ({ ...a, file: path.relative(PACKAGE_ROOT, path.resolve(a.file)) }));
const { norm, registry, fingerprint } = inputs;
const cache = { format: CACHE_FORMAT, sources, norm, registry, fingerprint, archive, templates };
const text = `${JSON.stringify(cache)}\n`;
// Only data that JSON keeps exactly (no undefined, Date or Map): else the cache would differ.
if (!isDeepStrictEqual(JSON.parse(text), cache)) {
  console.error('dist/builtin-norm.json niet geschreven: de gelezen norm blijft in JSON niet gelijk.');
  process.exit(0);
}
await writeAtomic(target, text);
