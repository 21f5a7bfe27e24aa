// Bundles the CLI into dist/bundle/ (npm run build:js runs it after transpile.js). The library
// (dist/index.js and its types) is the module-by-module output; only bin/ uses the bundle.
//
// - weerbaar.cjs: the CLI in one CommonJS file, which bin/start-cli.js compiles with the V8 code
//   cache that scripts/code-cache.js makes at build time (Node 20 has no compile cache for ES
//   modules). Compiling and linking some forty modules was most of a cold command's time. Commands
//   stay lazy: esbuild turns each `import()` into code that runs a module only when first asked for.
// - vendor-*.cjs: the three large dependencies that the commands load only when needed (exceljs
//   with its own dependencies, zod, yaml). Kept out of weerbaar.cjs so that a command that does not
//   use them does not read them; they keep no state that our code shares.
// - validate-worker.js: the validation worker, one CommonJS file too (dist/bundle/package.json says
//   so: src/io/validate-files.ts starts it by that name, as the library starts dist/io/'s). Loading
//   one script cost a worker less than some twenty ES module chunks.
import { build } from 'esbuild';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'dist', 'bundle');
rmSync(outdir, { recursive: true, force: true });

const VENDORS = ['exceljs', 'zod', 'yaml'];
const common = {
  absWorkingDir: root,
  outdir,
  bundle: true,
  platform: 'node',
  target: 'node20.19',
  legalComments: 'linked',
  logLevel: 'warning',
};

// The CLI and the worker require the vendor files instead of carrying their own copies.
const vendorsPlugin = {
  name: 'vendors',
  setup(b) {
    const filter = new RegExp(`^(${VENDORS.join('|')})$`);
    b.onResolve({ filter }, (args) => ({ path: `./vendor-${args.path}.cjs`, external: true }));
  },
};
// Both CommonJS bundles. ASCII only and without comments and indentation, so that reading them at
// start-up is cheap; names are kept, for profiles and stack traces.
const script = {
  ...common,
  format: 'cjs',
  charset: 'ascii',
  minifyWhitespace: true,
  minifySyntax: true,
  // Every import() becomes a require: code compiled by vm.Script with a code cache has no way to
  // import an ES module, and the bundles need none.
  supported: { 'dynamic-import': false },
  // src/io/builtin-paths.ts and validate-files.ts locate files from import.meta.url; these files
  // sit in dist/bundle/, two levels below the package root as dist/io/ is.
  define: { 'import.meta.url': '__weerbaar_url' },
  banner: { js: "var __weerbaar_url = require('node:url').pathToFileURL(__filename).href;" },
};

const cli = build({
  ...script,
  entryPoints: { weerbaar: 'src/cli/main.ts' },
  outExtension: { '.js': '.cjs' },
  plugins: [
    vendorsPlugin,
    {
      // commander loads node:child_process (and with it net, dgram, readline, …) when it loads,
      // for subcommands that are programs of their own, which weerbaar has none of: it gets the
      // module when it first uses it instead.
      name: 'lazy-child-process',
      setup(b) {
        const commander = `${path.sep}node_modules${path.sep}commander${path.sep}`;
        b.onResolve({ filter: /^node:child_process$/ }, (args) =>
          args.importer.includes(commander) ? { path: 'child_process', namespace: 'lazy' } : undefined,
        );
        b.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
          contents: "module.exports = new Proxy({}, { get: (_, key) => require('node:child_process')[key] });",
          loader: 'js',
        }));
      },
    },
  ],
});

const vendors = build({
  ...common,
  entryPoints: Object.fromEntries(VENDORS.map((name) => [`vendor-${name}`, name])),
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
});

// The worker keeps its name: src/io/validate-files.ts starts it as ./validate-worker.js.
const worker = build({ ...script, entryPoints: { 'validate-worker': 'src/io/validate-worker.ts' }, plugins: [vendorsPlugin] });

await Promise.all([cli, vendors, worker]);
writeFileSync(path.join(outdir, 'package.json'), `${JSON.stringify({ type: 'commonjs' }, null, 2)}\n`);

// What bin/start-cli.js relies on: no import() left, and ASCII only (it reads the file as latin1).
const source = readFileSync(path.join(outdir, 'weerbaar.cjs'), 'latin1');
if (/\bimport\(/.test(source) || /[\u0080-\uffff]/.test(source)) {
  console.error('dist/bundle/weerbaar.cjs bevat nog een import() of een teken buiten ASCII.');
  process.exit(1);
}
