// Bundles the CLI into dist/bundle/ (npm run build:js runs it after transpile.js): one file to load at start-up
// instead of some three hundred modules, which is most of a cold command's time. Commands stay
// separate chunks, loaded only when run, and the validation worker is its own entry. The library
// (dist/index.js and its types) is the module-by-module output; only bin/weerbaar.js uses the bundle.
// Dependencies are bundled too; CommonJS ones (exceljs, jszip) get a `require` from createRequire.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'dist', 'bundle');
rmSync(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  // The worker keeps its name: src/io/validate-files.ts starts it as ./validate-worker.js, and
  // every chunk sits in the same folder, two levels below the package root as dist/io/ is.
  entryPoints: { weerbaar: 'src/cli/main.ts', 'validate-worker': 'src/io/validate-worker.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  chunkNames: 'chunk-[hash]',
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  legalComments: 'linked',
  logLevel: 'warning',
});
