'use strict';
// The child of scripts/code-cache.js: compiles the CLI bundle without a cache, runs the commands it
// is given (a JSON list of argument lists; their output is discarded) and writes the code cache
// of what V8 compiled meanwhile, atomically; then checks that the loader takes it and V8 accepts it.
const { readFileSync, renameSync, writeFileSync } = require('node:fs');
const { cacheBytes, cacheFile, cachedDataFor, compileCli, readBundle } = require('../bin/start-cli.js');

const runs = JSON.parse(process.argv[2]);
const bundle = readBundle();
const { script, cli } = compileCli(bundle, undefined);
const quiet = { stdout: { write() {} }, stderr: { write() {} } };

(async () => {
  for (const args of runs) await cli.main(['node', 'weerbaar', ...args], process.env, quiet);
  const file = cacheFile();
  writeFileSync(`${file}.tmp`, cacheBytes(bundle, script.createCachedData()));
  renameSync(`${file}.tmp`, file);
  const data = cachedDataFor(bundle, readFileSync(file));
  if (!data || compileCli(bundle, data).script.cachedDataRejected) throw new Error(`${file}: V8 does not accept it`);
})();
