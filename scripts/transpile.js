// Compiles src/ to dist/ module by module with esbuild (npm run build runs it first): the library
// (dist/index.js and the modules beside it) and what the other build scripts and the tests import.
// esbuild only strips the types, one file at a time, which takes about a second where tsc's emit
// took some ten; the types themselves are checked by `npm run typecheck` (tsc, which also rejects
// what a file-by-file compiler cannot do: `isolatedModules` is on) and written as declarations by
// `npm run build:types`. Source maps carry their sources, since src/ is not shipped.
import { build } from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const src = path.join(root, 'src');
const entryPoints = readdirSync(src, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
  .map((f) => path.join('src', f));

rmSync(path.join(root, 'dist'), { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints,
  outdir: 'dist',
  outbase: 'src',
  bundle: false,
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  sourcemap: true,
  sourcesContent: true,
  logLevel: 'warning',
});
