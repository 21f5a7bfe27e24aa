'use strict';
// Loads the CLI bundle (dist/bundle/weerbaar.cjs) for bin/weerbaar.js, the benchmarks and the
// tests. CommonJS (see bin/package.json): an ES module entry costs the process a few milliseconds
// more, and Node 20 caches compiled code only for scripts.
//
// On Node 20 the bundle is compiled with the V8 code cache that the build made for this V8 and
// architecture (scripts/code-cache.js): V8 then neither parses the bundle nor compiles the
// functions that a command runs, which was most of the time a short command took. Without a
// matching cache (another Node version, a bundle changed since, or V8 rejects it) the bundle is
// compiled as any script, with the same result, only slower. Node 22 and later have their own
// compile cache.
const fs = require('node:fs');
const Module = require('node:module');
const path = require('node:path');
const vm = require('node:vm');
const { crc32 } = require('node:zlib');

const BUNDLE = path.join(__dirname, '..', 'dist', 'bundle', 'weerbaar.cjs');

/** The code cache's file for this V8 and architecture. */
const cacheFile = () => `${BUNDLE}.${process.arch}-v8-${process.versions.v8}.cache`;

/** The bundle's bytes. */
const readBundle = () => fs.readFileSync(BUNDLE);

/**
 * The cache file's contents: the CRC-32 of the bundle it was made from, then V8's data. V8 checks
 * only that the source has the length it had, so the checksum makes sure the cache is of these
 * very bytes: compiled code of another bundle would run instead of the code in the file.
 */
function cacheBytes(bundle, data) {
  const head = Buffer.alloc(4);
  head.writeUInt32LE(crc32(bundle));
  return Buffer.concat([head, data]);
}

/** V8's data from the cache file, when it was made from this bundle; else undefined. */
function cachedDataFor(bundle, cache) {
  return cache && cache.length > 4 && cache.readUInt32LE(0) === crc32(bundle) ? cache.subarray(4) : undefined;
}

/** Compiles and runs the bundle; gives its exports (main) and the compiled script. */
function compileCli(bundle, cachedData) {
  // The bundle is ASCII (scripts/bundle.js checks), so latin1 gives the same text, faster.
  const source = bundle.latin1Slice(0, bundle.length);
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
  const script = new vm.Script(wrapped, { filename: BUNDLE, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, Module.createRequire(BUNDLE), module, BUNDLE, path.dirname(BUNDLE));
  return { script, cli: module.exports };
}

/** The CLI's exports, compiled with the code cache where there is one for this V8 and bundle. */
function loadCli() {
  if (typeof Module.enableCompileCache === 'function') {
    Module.enableCompileCache();
    return require(BUNDLE);
  }
  const bundle = readBundle();
  let cache;
  try {
    cache = fs.readFileSync(cacheFile());
  } catch {
    // No cache for this V8: compile from source.
  }
  return compileCli(bundle, cachedDataFor(bundle, cache)).cli;
}

module.exports = { loadCli, compileCli, readBundle, cacheFile, cacheBytes, cachedDataFor };
