'use strict';
// Loads the CLI bundle (dist/bundle/weerbaar.cjs) for bin/weerbaar.js, the benchmarks and the
// tests. CommonJS (see bin/package.json): an ES module entry costs the process a few milliseconds
// more, and Node 20 caches compiled code only for scripts.
//
// On Node 20 the bundle is compiled with the V8 code cache that the build made for this V8 and
// architecture (scripts/code-cache.js): V8 then neither parses the bundle nor compiles the
// functions that a command runs, which was most of the time a short command took. Without a
// matching cache (another Node version, or V8 rejects it) the bundle is compiled as any script,
// with the same result, only slower. Node 22 and later have their own compile cache.
const fs = require('node:fs');
const Module = require('node:module');
const path = require('node:path');
const vm = require('node:vm');

const BUNDLE = path.join(__dirname, '..', 'dist', 'bundle', 'weerbaar.cjs');

/** The code cache's file for this V8 and architecture. */
const cacheFile = () => `${BUNDLE}.${process.arch}-v8-${process.versions.v8}.cache`;

/** Compiles and runs the bundle; gives its exports (main) and the compiled script. */
function compileCli(cachedData) {
  // The bundle is ASCII (scripts/bundle.js checks), so latin1 gives the same text, faster.
  const source = fs.readFileSync(BUNDLE, 'latin1');
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
  const script = new vm.Script(wrapped, { filename: BUNDLE, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, Module.createRequire(BUNDLE), module, BUNDLE, path.dirname(BUNDLE));
  return { script, cli: module.exports };
}

/** The CLI's exports, compiled with the code cache where there is one for this V8. */
function loadCli() {
  if (typeof Module.enableCompileCache === 'function') {
    Module.enableCompileCache();
    return require(BUNDLE);
  }
  let cachedData;
  try {
    cachedData = fs.readFileSync(cacheFile());
  } catch {
    // No cache for this V8: compile from source.
  }
  return compileCli(cachedData).cli;
}

module.exports = { loadCli, compileCli, cacheFile };
