// Bundles the CLI into dist/bundle/ (npm run build:js runs it after transpile.js): a few files to
// load at start-up instead of some three hundred modules, which is most of a cold command's time.
// The library (dist/index.js and its types) is the module-by-module output of transpile.js; only
// bin/weerbaar.js uses the bundle.
//
// Two steps. esbuild bundles the TypeScript and the dependencies (CommonJS ones, such as exceljs
// and jszip, get a `require` from createRequire) into ES modules split by where they are used: a
// chunk for every set of commands sharing some code, some sixty files, of which `validate` loaded
// 35. Each file costs the module loader about half a millisecond of CPU before its code runs, so
// rollup then groups esbuild's chunks along the paths that must start fast, without changing any
// chunk's code:
//   weerbaar.js       what every command loads (commander, the texts, the options)
//   shared            what the validation worker needs and start-up or `template` needs too
//   validate-core     the validation itself (the worker's code)
//   common            what `validate` and `template` both load when they run
//   validate, template  each command's own code
// Everything else (exceljs, zod, YAML, the other commands) stays in chunks of its own, loaded only
// by the command that needs it. `validate` of one file now loads five files, `template` four.
import { build } from 'esbuild';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'dist', 'bundle');
rmSync(outdir, { recursive: true, force: true });
const stage = mkdtempSync(path.join(os.tmpdir(), 'weerbaar-bundle-'));

/** The source files whose static imports make up each path that must start fast. */
const PATHS = {
  start: 'src/cli/main.ts',
  worker: 'src/io/validate-worker.ts',
  validate: 'src/cli/commands/validate.ts',
  template: 'src/cli/commands/template.ts',
};

try {
  const { metafile } = await build({
    absWorkingDir: root,
    // The worker keeps its name: src/io/validate-files.ts starts it as ./validate-worker.js, and
    // every chunk sits in the same folder, two levels below the package root as dist/io/ is.
    entryPoints: { weerbaar: PATHS.start, 'validate-worker': PATHS.worker },
    outdir: stage,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20.19',
    chunkNames: 'chunk-[hash]',
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    // Written next to each chunk as chunk-….js.LEGAL.txt; gathered again per output file below.
    legalComments: 'external',
    metafile: true,
    logLevel: 'warning',
  });

  /** The staged file that esbuild made for a source file (an entry, or a command loaded with import()). */
  const staged = Object.fromEntries(
    Object.entries(PATHS).map(([name, source]) => {
      const out = Object.keys(metafile.outputs).find((o) => metafile.outputs[o]?.entryPoint === source);
      if (!out) throw new Error(`esbuild made no chunk for ${source}`);
      return [name, path.resolve(root, out)];
    }),
  );

  const builtin = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
  const warnings = [];
  const bundle = await rollup({
    input: { weerbaar: staged.start, 'validate-worker': staged.worker },
    external: (id) => builtin.has(id),
    // esbuild's output is already tree-shaken; rollup only regroups it, keeping every statement.
    treeshake: false,
    // weerbaar.js may export more than main (what it shares with the chunks loaded after it).
    preserveEntrySignatures: 'allow-extension',
    onwarn: (w) => warnings.push(w),
  });
  let paths;
  await bundle.write({
    dir: outdir,
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunk-[hash].js',
    // A chunk loaded by another does not also import that one's imports: keeps start-up from
    // loading what only a later chunk needs.
    hoistTransitiveImports: false,
    manualChunks(id, { getModuleInfo }) {
      paths ??= Object.fromEntries(
        Object.entries(staged).map(([name, start]) => {
          const seen = new Set();
          const todo = [start];
          while (todo.length > 0) {
            const m = todo.pop();
            if (seen.has(m)) continue;
            seen.add(m);
            for (const i of getModuleInfo(m)?.importedIds ?? []) if (!builtin.has(i)) todo.push(i);
          }
          return [name, seen];
        }),
      );
      const { start, worker, validate, template } = paths;
      if (id === staged.worker) return undefined;
      if (worker.has(id)) return start.has(id) || template.has(id) ? 'shared' : 'validate-core';
      if (start.has(id)) return 'weerbaar';
      if (validate.has(id) && template.has(id)) return 'common';
      if (validate.has(id)) return 'validate';
      if (template.has(id)) return 'template';
      return undefined;
    },
    plugins: [
      {
        name: 'legal-comments',
        // The licence texts esbuild set aside, gathered per output file, which points at them as before.
        generateBundle(_options, files) {
          for (const file of Object.values(files)) {
            if (file.type !== 'chunk') continue;
            const texts = file.moduleIds
              .map((id) => `${id}.LEGAL.txt`)
              .filter((legal) => existsSync(legal))
              .map((legal) => readFileSync(legal, 'utf8').trim());
            if (texts.length === 0) continue;
            this.emitFile({ type: 'asset', fileName: `${file.fileName}.LEGAL.txt`, source: `${texts.join('\n\n')}\n` });
            file.code += `/*! For license information please see ${file.fileName}.LEGAL.txt */\n`;
          }
        },
      },
    ],
  });
  await bundle.close();
  // Known and harmless: import cycles inside esbuild's chunks, and a dependency of exceljs that calls eval.
  const unexpected = warnings.filter((w) => w.code !== 'CIRCULAR_DEPENDENCY' && w.code !== 'EVAL');
  if (unexpected.length > 0) throw new Error(`rollup: ${unexpected.map((w) => `${w.code}: ${w.message}`).join('\n')}`);
} finally {
  rmSync(stage, { recursive: true, force: true });
}
